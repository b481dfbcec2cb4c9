#include "checks/check.h"
#include "checks/helpers.h"
#include "fix/edits.h"

namespace clawlint::checks {
namespace {

class HooksRequestSessionKeyEnabled final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "hooks.request_session_key_enabled",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "External hook payloads may override sessionKey",
      .remediation =
          "Set hooks.allowRequestSessionKey=false (recommended) or constrain "
          "hooks.allowedSessionKeyPrefixes.",
      .docs = R"md(## What it does
With webhooks enabled, flags `hooks.allowRequestSessionKey: true`. Critical
when the gateway is reachable remotely, warn otherwise.

## Why is this bad?
A webhook payload can then name any session, and inject messages into
conversations it should never see.

## Example
```json5
{ hooks: { enabled: true, allowRequestSessionKey: true } }
```

## Use instead
```json5
{ hooks: { enabled: true, allowRequestSessionKey: false } }
```

## Fix safety
Unsafe: hook callers that pass their own session key get the default session instead.
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (!HooksEnabled(c)) return;
    const config::Value* allow = c.Find("hooks.allowRequestSessionKey");
    if (!allow || !allow->is_true()) return;
    Finding& finding = out.Report(
        *allow, "hooks.allowRequestSessionKey",
        "hooks.allowRequestSessionKey=true allows external /hooks/agent "
        "callers to choose the session key.",
        ExposureSeverity(c));
    if (auto edit = fix::ReplaceBool(c.sources(), *allow, false)) {
      finding.fix = fix::Fix::Unsafe(
          "Set hooks.allowRequestSessionKey to false", {std::move(*edit)});
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(HooksRequestSessionKeyEnabled)
}  // namespace clawlint::checks
