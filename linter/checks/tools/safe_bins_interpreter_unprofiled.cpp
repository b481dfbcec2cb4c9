#include "checks/check.h"
#include "checks/tools/safe_bins.h"

namespace clawlint::checks {
namespace {

class ToolsExecSafeBinsInterpreterUnprofiled final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "tools.exec.safe_bins_interpreter_unprofiled",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title =
          "safeBins includes interpreter/runtime binaries without explicit "
          "profiles",
      .remediation =
          "Remove interpreter/runtime bins from safeBins (prefer allowlist "
          "entries) or define hardened tools.exec.safeBinProfiles.<bin> "
          "rules.",
      .docs = R"md(## What it does
Flags `tools.exec.safeBins` (and each agent's own `tools.exec.safeBins`)
entries that name an interpreter or runtime (`bash`, `sh`, `python3`,
`node`, `awk`, `sed`, `perl`, `pwsh`, … or `python3.12`-style versions; the
last path segment, lower-cased, without `.exe`/`.cmd`/`.bat`/`.com`) with no
matching `safeBinProfiles` key (global, plus the agent's own for agents).
One finding, at the first offending safeBins list.

## Why is this bad?
A safe bin runs without approval; an interpreter with a permissive argv
profile runs anything.

## Example
```json5
{ tools: { exec: { safeBins: ["jq", "python3"] } } }
```

## Use instead
```json5
{ tools: { exec: { safeBins: ["jq"] } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    std::string detail;
    const tools::SafeBinScope* first = nullptr;
    const std::vector<tools::SafeBinScope> scopes = tools::SafeBinScopes(c);
    for (const tools::SafeBinScope& s : scopes) {
      if (s.unprofiled_interpreters.empty()) continue;
      if (!first) first = &s;
      std::string bins;
      for (const auto& b : s.unprofiled_interpreters) {
        bins += (bins.empty() ? "" : ", ") + b;
      }
      detail += "\n- " + s.label + ".safeBins: " + bins;
    }
    if (!first) return;
    out.Report(*first->safe_bins, first->path,
               "Detected interpreter-like safeBins entries missing explicit "
               "profiles:" +
                   detail);
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ToolsExecSafeBinsInterpreterUnprofiled)
}  // namespace clawlint::checks
