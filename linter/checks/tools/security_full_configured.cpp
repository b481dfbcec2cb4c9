#include "checks/check.h"
#include "checks/tools/exec_scopes.h"

namespace clawlint::checks {
namespace {

class ToolsExecSecurityFullConfigured final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "tools.exec.security_full_configured",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Exec security=full is configured",
      .remediation =
          "Prefer tools.exec.security=\"allowlist\" with ask prompts, and "
          "reserve \"full\" for tightly scoped break-glass agents only.",
      .docs = R"md(## What it does
Flags any effective exec scope (the default scope and every agent entry with
a string id; an agent inherits `tools.exec.security`, default `"deny"`) whose
security is `"full"`. 2026.9.6 derives the security from `tools.exec.mode`
when set (`full` → full). Critical when some channel policy
(`groupPolicy`/`dmPolicy`, at any depth under `channels`) is `"open"`, else
warn.

## Why is this bad?
`full` runs any command without an allowlist or prompt; reachable from an
open channel, anyone can drive host shell access through prompt injection.

## Example
```json5
{ tools: { exec: { security: "full" } } }
```

## Use instead
```json5
{ tools: { exec: { security: "allowlist", ask: "on-miss" } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    std::string ids;
    const tools::ExecScope* first = nullptr;
    const std::vector<tools::ExecScope> scopes = tools::ExecScopes(c);
    for (const tools::ExecScope& s : scopes) {
      if (s.security != "full") continue;
      if (!first) first = &s;
      ids += (ids.empty() ? "" : ", ") + s.id;
    }
    if (!first) return;
    const std::vector<tools::OpenSurface> open = tools::OpenExecSurfaces(c);
    std::string detail = "Full exec trust is enabled for: " + ids + ".";
    if (!open.empty()) {
      detail += " Open channel access was also detected at:";
      for (const auto& s : open) detail += "\n- " + s.path;
    }
    out.Report(*first->at, first->path, detail,
               open.empty() ? Severity::kWarn : Severity::kCritical);
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ToolsExecSecurityFullConfigured)
}  // namespace clawlint::checks
