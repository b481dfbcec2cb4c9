#include "checks/check.h"
#include "checks/tools/elevated.h"

namespace clawlint::checks {
namespace {

class ToolsElevatedAllowFromLarge final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "tools.elevated.allowFrom.<provider>.large",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Elevated exec allowlist is large",
      .remediation = "",
      .docs = R"md(## What it does
Reported as `tools.elevated.allowFrom.<provider>.large`, once per provider key
of `tools.elevated.allowFrom` whose list (entries stringified and trimmed,
blanks dropped, duplicates counted) has more than 25 entries and no `"*"`.
Skipped when `tools.elevated.enabled` is `false`.

## Why is this bad?
Every listed sender may run elevated (host) exec; a long list is hard to
review and likely includes people who do not need it.

## Example
```json5
{ tools: { elevated: { allowFrom: { discord: ["1", "2", /* … 26 ids */] } } } }
```

## Use instead
Keep only the few operators who need elevated mode.
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    for (const tools::ElevatedList& l : tools::ElevatedAllowFrom(c)) {
      if (l.has_wildcard || l.count <= 25) continue;
      Finding& f =
          out.Report(*l.value, "tools.elevated.allowFrom." + l.provider,
                     "tools.elevated.allowFrom." + l.provider + " has " +
                         std::to_string(l.count) +
                         " entries; consider tightening elevated "
                         "access.");
      f.check_id = "tools.elevated.allowFrom." + l.provider + ".large";
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ToolsElevatedAllowFromLarge)
}  // namespace clawlint::checks
