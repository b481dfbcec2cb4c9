#include <algorithm>

#include "checks/check.h"
#include "checks/helpers.h"
#include "checks/security/channel_exposure.h"
#include "checks/tools/tool_policy.h"

namespace clawlint::checks {
namespace {

using config::Value;

class TrustModelCrossAgentSessionAccessDefault final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "security.trust_model.cross_agent_session_access_default",
      .severity = Severity::kInfo,
      .releases = k96,
      .title = "Agents share Gateway-wide session access (default)",
      .remediation =
          "Set tools.sessions.visibility to \"agent\", \"tree\", or \"self\"; "
          "restrict tools.agentToAgent.allow to the intended requester and "
          "target ids; or set tools.agentToAgent.enabled: false.",
      .docs = R"md(## What it does
2026.9.6 only. With two or more configured agents, `tools.sessions.visibility`
resolving to `"all"` (the default), agent-to-agent enabled
(`tools.agentToAgent.enabled` not `false`) and no `tools.agentToAgent.allow`
list, fires when some agent can use a session tool (`sessions_list`,
`sessions_history`, `sessions_search`, `sessions_send`, `session_status`)
outside a clamped sandbox. Warn when trust-boundary signals exist (an agent
sandbox mode other than `"off"`, agent-level `tools.profile`/`allow`/`deny`,
or any multi-user signal of `security.trust_model.multi_user_heuristic`),
else info.

## Why is this bad?
Every agent can read every other agent's transcripts, including other
users'.

## Example
```json5
{ agents: { ownership: "explicit", entries: { a: {}, b: {} } } }
```

## Use instead
```json5
{ agents: { ownership: "explicit", entries: { a: {}, b: {} } },
  tools: { sessions: { visibility: "agent" } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const std::vector<AgentEntry> agents = AgentEntries(c);
    std::vector<std::string> ids;
    for (const AgentEntry& a : agents) {
      std::string id = NormalizeAgentId(a.id);
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    if (ids.size() < 2) return;
    const Value* vis = c.Find("tools.sessions.visibility");
    std::string visibility = "all";
    if (vis && vis->is_string()) {
      std::string v(Trim(vis->string));
      std::transform(v.begin(), v.end(), v.begin(),
                     [](unsigned char ch) { return std::tolower(ch); });
      if (v == "self" || v == "tree" || v == "agent") visibility = v;
    }
    if (visibility != "all") return;
    const Value* a2a_enabled = c.Find("tools.agentToAgent.enabled");
    if (a2a_enabled && a2a_enabled->is_false()) return;
    const Value* a2a_allow = c.Find("tools.agentToAgent.allow");
    if (a2a_allow && ((a2a_allow->is_array() && !a2a_allow->items.empty()) ||
                      (a2a_allow->is_string() && !a2a_allow->string.empty()))) {
      return;
    }
    const Value* clamp_v =
        c.Find("agents.defaults.sandbox.sessionToolsVisibility");
    const std::string clamp =
        clamp_v && clamp_v->is_string() ? clamp_v->string : "spawned";
    const tools::Release r = tools::ReleaseOf(c);
    bool reachers = false;
    size_t signals = 0;
    for (const std::string& id : ids) {
      const AgentEntry* agent = FindAgent(agents, id);
      const std::string mode = SandboxMode(c, agent);
      if (mode != "off") ++signals;
      const auto policies = tools::ConfiguredToolPolicies(c, agent, mode);
      bool allowed = false;
      for (std::string_view t :
           {"sessions_list", "sessions_history", "sessions_search",
            "sessions_send", "session_status"}) {
        allowed |= tools::IsToolAllowed(t, policies, r);
      }
      if ((mode != "all" || clamp == "all") && allowed) reachers = true;
      const Value* tools = agent ? agent->value->Get("tools") : nullptr;
      if (tools && tools->is_object()) {
        for (std::string_view key : {"profile", "allow", "deny"}) {
          if (tools->GetMember(key)) {
            ++signals;
            break;
          }
        }
      }
    }
    if (!reachers) return;
    signals += exposure::MultiUserSignals(c).size();
    const std::string path = "tools.sessions.visibility";
    std::string list;
    for (const auto& id : ids) list += (list.empty() ? "" : ", ") + id;
    out.Report(c.Nearest(path), path,
               "Agents: " + list +
                   "\ntools.sessions.visibility resolves to \"all\" and "
                   "tools.agentToAgent is enabled with no allow list.",
               signals > 0 ? Severity::kWarn : Severity::kInfo);
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(TrustModelCrossAgentSessionAccessDefault)
}  // namespace clawlint::checks
