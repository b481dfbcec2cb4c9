#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class HooksAllowedAgentIdsUnrestricted final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "hooks.allowed_agent_ids_unrestricted",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Hook agent routing allows any configured agent",
      .remediation =
          "Set hooks.allowedAgentIds to an explicit allowlist (for example, "
          "[\"hooks\", \"main\"]) or [] to deny explicit agent routing.",
      .docs = R"md(## What it does
With webhooks enabled, flags `hooks.allowedAgentIds` that is missing (not an
array) or contains `"*"`. An empty array counts as restricted. Critical when
the gateway is reachable remotely (non-loopback bind or Tailscale
serve/funnel), warn otherwise.

## Why is this bad?
A webhook request can then route to any agent, including ones with powerful
tools or private sessions.

## Example
```json5
{ hooks: { enabled: true, allowedAgentIds: ["*"] } }
```

## Use instead
```json5
{ hooks: { enabled: true, allowedAgentIds: ["inbox"] } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (!HooksEnabled(c)) return;
    const config::Value* ids = c.Find("hooks.allowedAgentIds");
    if (ids && ids->is_array() && !ContainsWildcard(*ids)) return;
    out.Report(c.Nearest("hooks.allowedAgentIds"), "hooks.allowedAgentIds",
               "hooks.allowedAgentIds is unset or includes '*'; hook requests "
               "may route to any agent.",
               ExposureSeverity(c));
  }

 private:
  static bool ContainsWildcard(const config::Value& ids) {
    for (const auto& item : ids.items) {
      if (item->is_string() && Trim(item->string) == "*") return true;
    }
    return false;
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(HooksAllowedAgentIdsUnrestricted)
}  // namespace clawlint::checks
