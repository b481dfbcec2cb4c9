#include "checks/check.h"
#include "checks/helpers.h"
#include "checks/tools/tool_policy.h"

namespace clawlint::checks {
namespace {

using config::Value;

class ToolsExecFsToolsDisabledButExecEnabled final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "tools.exec.fs_tools_disabled_but_exec_enabled",
      .severity = Severity::kWarn,
      .releases = k96,
      .title = "Filesystem tool policy does not make exec read-only",
      .remediation =
          "For read-only agents, deny exec and process too. If shell access "
          "is intentional, constrain the filesystem boundary with sandbox "
          "mode \"all\" and workspaceAccess \"ro\" or \"none\".",
      .docs = R"md(## What it does
2026.9.6 only. For the global tool scope and each agent entry: when the tool
policy (profile, allow/deny, and the sandbox tool policy under sandbox mode
`"all"`) denies all of `write`, `edit` and `apply_patch` but still admits
`exec`, and the filesystem is not constrained by the sandbox (mode `"all"`
with an exec host other than `gateway`/`node` and a `workspaceAccess` other
than `"rw"`). Points at the scope's `tools.deny` (or `tools.allow`).

## Why is this bad?
exec is a shell: it writes files wherever the host allows, so denying the
file tools does not make the agent read-only.

## Example
```json5
{ tools: { deny: ["write", "edit", "apply_patch"] } }
```

## Use instead
```json5
{ tools: { deny: ["write", "edit", "apply_patch", "exec", "process"] } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const tools::Release r = tools::ReleaseOf(c);
    const std::vector<AgentEntry> agents = AgentEntries(c);
    std::string detail;
    const Value* first = nullptr;
    std::string first_path;
    auto consider = [&](const AgentEntry* agent, const std::string& label,
                        const std::string& tools_path) {
      const AgentEntry* owner = agent ? FindAgent(agents, agent->id) : nullptr;
      const std::string mode = SandboxMode(c, owner);
      const Value* agent_tools = agent ? agent->value->Get("tools") : nullptr;
      const Value* host = Exec(agent_tools, "host");
      if (!host) host = Exec(c.Find("tools"), "host");
      const std::string exec_host =
          host ? (host->is_string() ? host->string : "?") : "auto";
      const std::string access = WorkspaceAccess(c, owner);
      if (mode == "all" && exec_host != "gateway" && exec_host != "node" &&
          access != "rw") {
        return;  // constrained
      }
      const auto policies = tools::ConfiguredToolPolicies(c, agent, mode);
      if (!tools::IsToolAllowed("exec", policies, r)) return;
      for (std::string_view t : {"write", "edit", "apply_patch"}) {
        if (tools::IsToolAllowed(t, policies, r)) return;
      }
      detail += "\n- " + label + ": exec.host=" + exec_host +
                ", sandbox=" + mode + ", workspaceAccess=" + access;
      if (first) return;
      for (std::string_view key : {".deny", ".allow", ".profile"}) {
        std::string p = tools_path + std::string(key);
        if (const Value* v = c.Find(p)) {
          first = v;
          first_path = p;
          return;
        }
      }
      first = &c.Nearest(tools_path);
      first_path = tools_path;
    };
    consider(nullptr, "tools", "tools");
    for (const AgentEntry& a : agents) {
      if (!a.has_string_id) continue;
      consider(&a, a.label + ".tools", a.path + ".tools");
    }
    if (!first) return;
    out.Report(*first, first_path,
               "Found scopes where write/edit/apply_patch are unavailable but "
               "exec remains available:" +
                   detail);
  }

 private:
  static const Value* Exec(const Value* tools, std::string_view key) {
    if (!tools || !tools->is_object()) return nullptr;
    const Value* exec = tools->Get("exec");
    const Value* v = exec && exec->is_object() ? exec->Get(key) : nullptr;
    return v && !v->is_null() ? v : nullptr;
  }

  static std::string WorkspaceAccess(const config::ConfigView& c,
                                     const AgentEntry* agent) {
    auto of = [](const Value* sandbox) -> const Value* {
      if (!sandbox || !sandbox->is_object()) return nullptr;
      const Value* v = sandbox->Get("workspaceAccess");
      return v && !v->is_null() ? v : nullptr;
    };
    const Value* v = agent ? of(agent->value->Get("sandbox")) : nullptr;
    if (!v) v = of(c.Find("agents.defaults.sandbox"));
    if (!v) return "none";
    return v->is_string() ? v->string : "?";
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ToolsExecFsToolsDisabledButExecEnabled)
}  // namespace clawlint::checks
