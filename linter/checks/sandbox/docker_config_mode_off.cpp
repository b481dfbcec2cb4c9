#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class SandboxDockerConfigModeOff final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "sandbox.docker_config_mode_off",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Sandbox docker settings configured while sandbox mode is off",
      .remediation =
          "Enable sandbox mode (`agents.defaults.sandbox.mode=\"non-main\"` "
          "or `\"all\"`) where needed, or remove unused docker settings.",
      .docs = R"md(## What it does
Flags sandbox docker settings that cannot take effect because the sandbox is
off. One finding lists:

- `agents.defaults.sandbox.docker` when it has at least one key, the
  defaults' sandbox mode is unset or `"off"`, and no agent turns the sandbox
  on;
- each agent's own non-empty `sandbox.docker` whose effective mode
  (`agent.sandbox.mode ?? agents.defaults.sandbox.mode ?? "off"`) is off.

## Why is this bad?
The settings look like isolation (no network, read-only root, resource
limits) but nothing runs in a container: tools run on the host.

## Example
```json5
{ agents: { defaults: { sandbox: { docker: { network: "none" } } } } }
```

## Use instead
```json5
{ agents: { defaults: { sandbox: { mode: "all", docker: { network: "none" } } } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const std::vector<AgentEntry> agents = AgentEntries(c);
    struct Listed {
      std::string label, path;
      const config::Value* value;
    };
    std::vector<Listed> listed;
    const config::Value* defaults = c.Find("agents.defaults.sandbox.docker");
    const config::Value* default_mode = c.Find("agents.defaults.sandbox.mode");
    const bool defaults_off =
        !default_mode || default_mode->is_null() ||
        (default_mode->is_string() && default_mode->string == "off");
    bool any_agent_on = false;
    for (const AgentEntry& a : agents) {
      any_agent_on |= a.has_string_id && ModeOf(c, agents, a) != "off";
    }
    if (Configured(defaults) && defaults_off && !any_agent_on) {
      listed.push_back({"agents.defaults.sandbox.docker",
                        "agents.defaults.sandbox.docker", defaults});
    }
    for (const AgentEntry& a : agents) {
      if (!a.has_string_id) continue;
      const config::Value* sandbox = a.value->Get("sandbox");
      const config::Value* docker = sandbox ? sandbox->Get("docker") : nullptr;
      if (!Configured(docker) || ModeOf(c, agents, a) != "off") continue;
      listed.push_back(
          {a.label + ".sandbox.docker", a.path + ".sandbox.docker", docker});
    }
    if (listed.empty()) return;
    std::string detail =
        "These docker settings will not take effect until sandbox mode is "
        "enabled:";
    for (const Listed& l : listed) detail += "\n- " + l.label;
    out.Report(*listed[0].value, listed[0].path, detail);
  }

 private:
  // hasConfiguredDockerConfig: an object with at least one value.
  static bool Configured(const config::Value* docker) {
    if (!docker) return false;
    if (docker->is_object()) return !docker->members.empty();
    return docker->is_array() && !docker->items.empty();
  }

  // resolveSandboxConfigForAgent(cfg, entry.id).mode: the agent is looked up
  // by its normalized id, so a duplicate id resolves to the first entry.
  static std::string ModeOf(const config::ConfigView& c,
                            const std::vector<AgentEntry>& agents,
                            const AgentEntry& a) {
    return SandboxMode(c, a.id.empty() ? nullptr : FindAgent(agents, a.id));
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(SandboxDockerConfigModeOff)
}  // namespace clawlint::checks
