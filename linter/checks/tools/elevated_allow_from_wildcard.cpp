#include "checks/check.h"
#include "checks/tools/elevated.h"

namespace clawlint::checks {
namespace {

class ToolsElevatedAllowFromWildcard final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "tools.elevated.allowFrom.<provider>.wildcard",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Elevated exec allowlist contains wildcard",
      .remediation = "",
      .docs = R"md(## What it does
Reported as `tools.elevated.allowFrom.<provider>.wildcard`, once per provider
key of `tools.elevated.allowFrom` whose list (entries stringified and trimmed,
blanks dropped) contains `"*"`. Skipped when `tools.elevated.enabled` is
`false`.

## Why is this bad?
`"*"` approves everyone on that channel for elevated (host) exec.

## Example
```json5
{ tools: { elevated: { allowFrom: { telegram: ["*"] } } } }
```

## Use instead
```json5
{ tools: { elevated: { allowFrom: { telegram: ["123456789"] } } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    for (const tools::ElevatedList& l : tools::ElevatedAllowFrom(c)) {
      if (!l.has_wildcard) continue;
      Finding& f = out.Report(
          *l.value, "tools.elevated.allowFrom." + l.provider,
          "tools.elevated.allowFrom." + l.provider +
              " includes \"*\" which effectively approves everyone on that "
              "channel for elevated mode.");
      f.check_id = "tools.elevated.allowFrom." + l.provider + ".wildcard";
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ToolsElevatedAllowFromWildcard)
}  // namespace clawlint::checks
