#include "checks/check.h"
#include "checks/tools/safe_bins.h"

namespace clawlint::checks {
namespace {

class ToolsExecSafeBinTrustedDirsRisky final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "tools.exec.safe_bin_trusted_dirs_risky",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "safeBinTrustedDirs includes risky mutable directories",
      .remediation =
          "Prefer root-owned immutable bins, keep default trust dirs (/bin, "
          "/usr/bin), and avoid trusting temporary/home/package-manager paths "
          "unless tightly controlled.",
      .docs = R"md(## What it does
Flags `tools.exec.safeBinTrustedDirs` entries (and each agent's own) that are
relative, under `/tmp`, `/var/tmp` or `/private/tmp`, a package-manager bin
directory (`/usr/local/bin`, `/opt/homebrew/bin`, `/opt/local/bin`,
`/home/linuxbrew/.linuxbrew/bin`), or home-scoped (`/home/…`, `/Users/…`,
anything containing `/.local/bin`). Paths are resolved and compared
lower-cased. One finding, at the first offending list.

## Why is this bad?
Binaries found there are trusted as safe bins; whoever can write to those
folders can plant one.

## Example
```json5
{ tools: { exec: { safeBinTrustedDirs: ["/tmp/bin"] } } }
```

## Use instead
```json5
{ tools: { exec: { safeBinTrustedDirs: ["/usr/bin"] } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const std::vector<tools::RiskyTrustedDir> hits = tools::RiskyTrustedDirs(c);
    if (hits.empty()) return;
    std::string detail = "Detected risky safeBinTrustedDirs entries:";
    for (size_t i = 0; i < hits.size() && i < 10; ++i) {
      detail += "\n- " + hits[i].path + ": " + hits[i].entry + " (" +
                hits[i].reason + ")";
    }
    if (hits.size() > 10) {
      detail += "\n- +" + std::to_string(hits.size() - 10) + " more entries.";
    }
    out.Report(*hits.front().value, hits.front().path, detail);
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ToolsExecSafeBinTrustedDirsRisky)
}  // namespace clawlint::checks
