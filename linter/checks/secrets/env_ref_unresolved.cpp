#include "checks/check.h"
#include "checks/helpers.h"
#include "checks/secrets/surface.h"

namespace clawlint::checks {
namespace {

class SecretsEnvRefUnresolved final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "secrets.env_ref_unresolved",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title =
          "Credential refers to an environment variable that is not "
          "provided",
      .remediation =
          "Provide the variable with --env / --env-file (or the "
          "config's env block), or fix the reference.",
      .docs = R"md(## What it does
Opt-in (`--check-env`): flags a credential-surface value that is an env
SecretRef (`{ source: "env", ... }`) or a whole `${VAR}` template whose
variable is neither given with `--env` / `--env-file` nor set by the config's
`env` block. This is the reference's `REF_UNRESOLVED` finding of
`openclaw secrets audit` for env references. File and exec SecretRefs need
the host and are not checked.

## Why is this bad?
OpenClaw cannot resolve the credential at startup: the channel, provider or
gateway auth that needs it is unavailable.

## Example
```json5
// clawlint --check-env --env-file deploy.env   (deploy.env lacks SLACK_BOT_TOKEN)
{ channels: { slack: { enabled: true, botToken: "${SLACK_BOT_TOKEN}" } } }
```

## Use instead
```json5
// deploy.env: SLACK_BOT_TOKEN=...
{ channels: { slack: { enabled: true, botToken: "${SLACK_BOT_TOKEN}" } } }
```
)md",
      .opt_in = true,
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    for (const secrets::CredentialValue& v : secrets::FindCredentialValues(c)) {
      const secrets::Classified k = secrets::Classify(v, c.profile());
      if (k.source != "env" || k.env_name.empty()) continue;
      if (!Trim(c.EnvValue(k.env_name)).empty()) continue;
      out.Report(*v.value, v.json_path,
                 v.written_path + " refers to the environment variable " +
                     k.env_name +
                     ", which is not provided (missing or "
                     "empty).");
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(SecretsEnvRefUnresolved)
}  // namespace clawlint::checks
