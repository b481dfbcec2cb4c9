#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class ToolsExecHostSandboxNoSandboxDefaults final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "tools.exec.host_sandbox_no_sandbox_defaults",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Exec host is sandbox but sandbox mode is off",
      .remediation =
          "Enable sandbox mode (`agents.defaults.sandbox.mode=\"non-main\"` "
          "or `\"all\"`) or set tools.exec.host to \"gateway\" with "
          "approvals.",
      .docs = R"md(## What it does
Flags `tools.exec.host: "sandbox"` while the default sandbox mode
(`agents.defaults.sandbox.mode`, default `"off"`) is `"off"`.

## Why is this bad?
With no sandbox runtime, exec fails closed: the setting does not do what it
says, and the usual fix (switching the host) may silently widen exec.

## Example
```json5
{ tools: { exec: { host: "sandbox" } } }
```

## Use instead
```json5
{ tools: { exec: { host: "sandbox" } },
  agents: { defaults: { sandbox: { mode: "all" } } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const config::Value* host = c.Find("tools.exec.host");
    if (!host || !host->is_string() || host->string != "sandbox") return;
    if (SandboxMode(c, nullptr) != "off") return;
    out.Report(*host, "tools.exec.host",
               "tools.exec.host is explicitly set to sandbox while "
               "agents.defaults.sandbox.mode=off. In this mode, exec fails "
               "closed because no sandbox runtime is available.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ToolsExecHostSandboxNoSandboxDefaults)
}  // namespace clawlint::checks
