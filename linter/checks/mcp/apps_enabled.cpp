#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class McpAppsEnabled final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "mcp.apps.enabled",
      .severity = Severity::kWarn,
      .releases = k96,
      .title = "MCP Apps UI bridge enabled",
      .remediation =
          "Keep this enabled only for MCP servers you trust. Disable with "
          "`openclaw config set mcp.apps.enabled false --strict-json` when it "
          "is not needed.",
      .docs = R"md(## What it does
Flags `mcp.apps.enabled: true` (2026.9.6; 2026.4.29 has no `mcp.apps` and
rejects the key).

## Why is this bad?
MCP Apps let configured MCP servers render interactive HTML views. The views
are CSP-restricted and origin-isolated, but they can call the app-visible
tools of their MCP server for as long as the session runs, so every MCP server
becomes a UI the user may trust.

## Example
```json5
{ mcp: { apps: { enabled: true } } }
```

## Use instead
```json5
{ mcp: { apps: { enabled: false } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const config::Value* flag = c.Find("mcp.apps.enabled");
    if (!flag || !flag->is_true()) return;
    out.Report(*flag, "mcp.apps.enabled",
               "mcp.apps.enabled=true lets MCP servers show interactive views "
               "that can call their own app-visible tools.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(McpAppsEnabled)
}  // namespace clawlint::checks
