#include "checks/check.h"

namespace clawlint::checks {
namespace {

class TrustModelGroupScopeMain final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "security.trust_model.group_scope_main",
      .severity = Severity::kWarn,
      .releases = k96,
      .title = "Group rooms share the main session",
      .remediation =
          "Use session.groupScope=\"per-group\" globally and remove binding "
          "overrides, or reserve \"main\" for rooms whose members you trust.",
      .docs = R"md(## What it does
2026.9.6 only. Fires when `session.groupScope` is `"main"`: every group or
channel room then shares the agent's main session. (The reference also
lists route bindings whose `session.groupScope` is `"main"` and that some
group route can select; clawlint does not model route precedence and only
checks the global setting.)

## Why is this bad?
Every member of every room shares the main-session context, including what
the operator discussed privately.

## Example
```json5
{ session: { groupScope: "main" } }
```

## Use instead
```json5
{ session: { groupScope: "per-group" } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const config::Value* scope = c.Find("session.groupScope");
    if (!scope || !scope->is_string() || scope->string != "main") return;
    out.Report(*scope, "session.groupScope",
               "session.groupScope=\"main\" (global: all group/channel rooms "
               "unless a binding overrides it) merges room conversations "
               "into the agent main session.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(TrustModelGroupScopeMain)
}  // namespace clawlint::checks
