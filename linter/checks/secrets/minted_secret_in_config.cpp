#include "checks/check.h"
#include "checks/helpers.h"
#include "checks/secrets/surface.h"

namespace clawlint::checks {
namespace {

class SecretsMintedSecretInConfig final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "secrets.minted_secret_in_config",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Secret that cannot be a SecretRef is committed in config",
      .remediation =
          "Keep the file holding it out of git, or write the value "
          "as a whole ${VAR} and set the variable outside the "
          "repository; rotate it.",
      .docs = R"md(## What it does
Flags a literal value at a secret OpenClaw mints or rotates itself and never
accepts as a SecretRef: `hooks.token`, `hooks.gmail.pushToken`,
`commands.ownerDisplaySecret`, Discord `threadBindings.webhookToken` (also
per account). A whole `${VAR}` template is fine (env substitution works on
every string). `openclaw secrets audit` does not report these paths, and
`openclaw security audit` only reports `hooks.token` (info).
`hooks.mappings[].sessionKey` is left out: it is a routing key.

## Why is this bad?
These are bearer secrets: whoever reads the repository can trigger webhooks,
impersonate the owner display or post through the thread webhook.

## Example
```json5
{ hooks: { enabled: true, token: "9f2c1e0b7a..." } }
```

## Use instead
```json5
{ hooks: { enabled: true, token: "${OPENCLAW_HOOKS_TOKEN}" } }
// or keep the config that holds it out of git (.gitignore)
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    for (const secrets::MintedValue& v : secrets::FindMintedValues(c)) {
      if (!v.value->is_string()) continue;
      std::string_view s = Trim(v.value->Authored());
      if (s.empty() || (s.starts_with("${") && s.ends_with("}"))) continue;
      const std::string env = secrets::SuggestedEnvName(v.path);
      Finding& f =
          out.Report(*v.value, v.path,
                     v.path + " holds " + std::string(v.what) +
                         " in plaintext (" + RedactedHint(v.value->Authored()) +
                         "); OpenClaw never reads it from a SecretRef.");
      f.suggested_env = env;
      f.remediation = "Write \"${" + env + "}\" and set " + env +
                      " outside the repository (or keep this config out of "
                      "git); rotate the secret.";
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(SecretsMintedSecretInConfig)
}  // namespace clawlint::checks
