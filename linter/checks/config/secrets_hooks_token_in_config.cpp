#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class SecretsHooksTokenInConfig final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "config.secrets.hooks_token_in_config",
      .severity = Severity::kInfo,
      .releases = kBothReleases,
      .title = "Hooks token is stored in config",
      .remediation = "",
      .docs = R"md(## What it does
With webhooks enabled, reports a non-blank `hooks.token` written in the
config (a whole `${VAR}` reference is fine). Info, as the reference's code
emits it (its docs say warn).

## Why is this bad?
The hooks token authenticates webhook senders; kept in a config file it is
shared with everyone who can read that file or its history.

## Example
```json5
{ hooks: { enabled: true, token: "a-long-random-hooks-token-value" } }
```

## Use instead
```json5
{ hooks: { enabled: true, token: "${OPENCLAW_HOOKS_TOKEN}" } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (!HooksEnabled(c)) return;
    const config::Value* v = c.Find("hooks.token");
    if (!v || !v->is_string()) return;
    std::string_view s = Trim(v->string);
    if (s.empty()) return;
    const bool unresolved = c.is_4_29()
                                ? s.starts_with("${") && s.ends_with("}")
                                : v->env_unresolved;
    if (unresolved) return;
    out.Report(*v, "hooks.token",
               "hooks.token is set in the config file; keep config snapshots "
               "out of shared places.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(SecretsHooksTokenInConfig)
}  // namespace clawlint::checks
