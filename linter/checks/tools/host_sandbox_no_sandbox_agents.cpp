#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class ToolsExecHostSandboxNoSandboxAgents final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "tools.exec.host_sandbox_no_sandbox_agents",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Agent exec host uses sandbox while sandbox mode is off",
      .remediation =
          "Enable sandbox mode for these agents (`sandbox.mode` on the agent "
          "entry) or set their tools.exec.host to \"gateway\".",
      .docs = R"md(## What it does
Flags agents (entries with a string `id`) whose own `tools.exec.host` is
`"sandbox"` while their sandbox mode (`sandbox.mode` of the agent, else
`agents.defaults.sandbox.mode`, else `"off"`) is `"off"`. One finding lists
the first five such agents; it points at the first one's `tools.exec.host`.

## Why is this bad?
Exec fails closed for those agents: no sandbox runtime is available.

## Example
```json5
{ agents: { list: [{ id: "ops", tools: { exec: { host: "sandbox" } } }] } }
```

## Use instead
```json5
{ agents: { list: [{ id: "ops", sandbox: { mode: "all" },
                     tools: { exec: { host: "sandbox" } } }] } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const std::vector<AgentEntry> agents = AgentEntries(c);
    std::vector<std::string> ids;
    const config::Value* first = nullptr;
    std::string first_path;
    for (const AgentEntry& a : agents) {
      if (!a.has_string_id) continue;
      const config::Value* tools = a.value->Get("tools");
      const config::Value* exec = tools ? tools->Get("exec") : nullptr;
      const config::Value* host = exec ? exec->Get("host") : nullptr;
      if (!host || !host->is_string() || host->string != "sandbox") continue;
      if (SandboxMode(c, FindAgent(agents, a.id)) != "off") continue;
      if (!first) {
        first = host;
        first_path = a.path + ".tools.exec.host";
      }
      if (ids.size() < 5) ids.push_back(a.id);
    }
    if (!first) return;
    std::string list;
    for (const std::string& id : ids) list += (list.empty() ? "" : ", ") + id;
    out.Report(*first, first_path,
               std::string(c.is_4_29() ? "agents.list" : "agents.entries") +
                   ".*.tools.exec.host is set to sandbox for: " + list +
                   ". With sandbox mode off, exec fails closed for those "
                   "agents.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ToolsExecHostSandboxNoSandboxAgents)
}  // namespace clawlint::checks
