#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class HooksDefaultSessionKeyUnset final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "hooks.default_session_key_unset",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "hooks.defaultSessionKey is not configured",
      .remediation =
          "Set hooks.defaultSessionKey (for example, \"hook:ingress\").",
      .docs = R"md(## What it does
With webhooks enabled, flags a missing or blank `hooks.defaultSessionKey`.

## Why is this bad?
Without a default, each hook run gets a fresh generated session, so agent
context from webhooks is scattered and harder to audit and contain.

## Example
```json5
{ hooks: { enabled: true } }
```

## Use instead
```json5
{ hooks: { enabled: true, defaultSessionKey: "hook:ingress" } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (!HooksEnabled(c)) return;
    if (!Trim(StringAt(c, "hooks.defaultSessionKey")).empty()) return;
    out.Report(c.Nearest("hooks.defaultSessionKey"), "hooks.defaultSessionKey",
               "hooks are enabled but hooks.defaultSessionKey is unset; hook "
               "agent runs get generated per-request session keys.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(HooksDefaultSessionKeyUnset)
}  // namespace clawlint::checks
