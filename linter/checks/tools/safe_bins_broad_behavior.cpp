#include "checks/check.h"
#include "checks/tools/safe_bins.h"

namespace clawlint::checks {
namespace {

class ToolsExecSafeBinsBroadBehavior final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "tools.exec.safe_bins_broad_behavior",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title =
          "safeBins includes binaries with broader semantics than low-risk "
          "stream filters",
      .remediation =
          "Remove these binaries from safeBins and prefer explicit allowlist "
          "entries or approval-gated execution.",
      .docs = R"md(## What it does
Flags `tools.exec.safeBins` (and each agent's own list) entries whose binary
is `jq`, `awk`, `gawk`, `mawk`, `nawk`, `sed` or `gsed`, whatever the
profiles. One finding, at the first offending safeBins list.

## Why is this bad?
These filters can read the environment, write files or run commands; they do
not fit the no-approval stdin-filter fast path.

## Example
```json5
{ tools: { exec: { safeBins: ["sed"] } } }
```

## Use instead
```json5
{ tools: { exec: { safeBins: ["cut", "sort"] } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    std::string detail;
    const tools::SafeBinScope* first = nullptr;
    const std::vector<tools::SafeBinScope> scopes = tools::SafeBinScopes(c);
    for (const tools::SafeBinScope& s : scopes) {
      for (const auto& b : s.broad) {
        if (!first) first = &s;
        detail += "\n- " + s.label + ".safeBins: " + b;
      }
    }
    if (!first) return;
    out.Report(*first->safe_bins, first->path,
               "Detected risky safeBins entries:" + detail);
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ToolsExecSafeBinsBroadBehavior)
}  // namespace clawlint::checks
