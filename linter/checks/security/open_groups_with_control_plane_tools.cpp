#include "checks/check.h"
#include "checks/helpers.h"
#include "checks/remediations.h"
#include "checks/security/channel_exposure.h"
#include "checks/tools/tool_policy.h"

namespace clawlint::checks {
namespace {

class ExposureOpenGroupsWithControlPlaneTools final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "security.exposure.open_groups_with_control_plane_tools",
      .severity = Severity::kCritical,
      .releases = k96,
      .title = "Open group/DM policy with control-plane tools exposed",
      .remediation =
          "For open groups or DMs, deny control-plane tools (`automations`, "
          "`gateway`, `plugins`) and prefer tools.profile=\"messaging\". "
          "Tighten dmPolicy/groupPolicy to pairing or allowlist when "
          "possible.",
      .docs = R"md(## What it does
2026.9.6 only. Fires when some channel group or DM policy is `"open"` and
some agent context's tool policy admits a control-plane tool: `automations`
(alias `cron`), `gateway` or `plugins`. Every built-in profile admits
`gateway`, so only an explicit deny (or sandbox mode `"all"`, whose default
tool policy denies it) avoids it. Points at the first open policy.

## Why is this bad?
Prompt injection in an open conversation can update OpenClaw, change plugins
or schedule automation.

## Example
```json5
{ channels: { slack: { enabled: true, groupPolicy: "open" } },
  tools: { profile: "messaging" } }
```

## Use instead
```json5
{ channels: { slack: { enabled: true, groupPolicy: "open" } },
  tools: { profile: "messaging", deny: ["automations", "gateway", "plugins"] } }
```

## Fix safety
Safe: `openclaw security audit --fix` makes the same change, every
`groupPolicy: "open"` under `channels` (accounts included) becomes
`"allowlist"`; the finding goes away when an open group policy was its cause.
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const auto open = exposure::OpenInboundPolicies(c);
    if (open.empty()) return;
    const tools::Release r = tools::ReleaseOf(c);
    const std::vector<AgentEntry> agents = AgentEntries(c);
    std::string contexts;
    for (const tools::ToolContext& ctx : tools::ToolContexts(c, agents)) {
      const AgentEntry* owner =
          ctx.agent ? FindAgent(agents, ctx.agent->id) : nullptr;
      const auto policies =
          tools::ConfiguredToolPolicies(c, ctx.agent, SandboxMode(c, owner));
      std::string allowed;
      for (std::string_view t : {"automations", "gateway", "plugins"}) {
        if (tools::IsToolAllowed(t, policies, r)) {
          allowed += (allowed.empty() ? "" : ", ") + std::string(t);
        }
      }
      if (!allowed.empty()) {
        contexts += "\n- " + ctx.label + " (controlPlane=[" + allowed + "])";
      }
    }
    if (contexts.empty()) return;
    std::string detail = "Found inbound policy=\"open\" at:";
    for (const auto& h : open) detail += "\n- " + h.path;
    detail += "\nControl-plane tool exposure contexts:" + contexts;
    Finding& finding =
        out.Report(*open.front().value, open.front().path, detail);
    // The reference's --fix flips every open groupPolicy to "allowlist".
    if (auto fix = OpenGroupPoliciesToAllowlist(c))
      finding.fix = std::move(*fix);
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ExposureOpenGroupsWithControlPlaneTools)
}  // namespace clawlint::checks
