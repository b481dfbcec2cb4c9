#include "checks/check.h"
#include "checks/remediations.h"
#include "checks/tools/exec_scopes.h"

namespace clawlint::checks {
namespace {

class ExposureOpenChannelsWithExec final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "security.exposure.open_channels_with_exec",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Open channels can reach exec-enabled agents",
      .remediation =
          "Tighten dmPolicy/groupPolicy to pairing or allowlist, or disable "
          "exec for agents reachable from shared/public channels.",
      .docs = R"md(## What it does
Fires when some `groupPolicy` or `dmPolicy` under `channels` (any depth,
including `channels.defaults`, accounts and guild/group sub-objects) is
`"open"` and some effective exec scope has a security other than `"deny"`.
Critical when a scope has security `"full"`, else warn. Points at the first
open policy (sorted by path).

## Why is this bad?
Anyone who can message an open channel can try to talk the agent into running
commands.

## Example
```json5
{ channels: { slack: { enabled: true, groupPolicy: "open" } },
  tools: { exec: { security: "allowlist" } } }
```

## Use instead
```json5
{ channels: { slack: { enabled: true, groupPolicy: "allowlist" } },
  tools: { exec: { security: "allowlist" } } }
```

## Fix safety
Safe: `openclaw security audit --fix` makes the same change, every
`groupPolicy: "open"` under `channels` (accounts included) becomes
`"allowlist"`; the finding goes away when an open group policy was its cause.
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const std::vector<tools::OpenSurface> open = tools::OpenExecSurfaces(c);
    if (open.empty()) return;
    bool full = false;
    std::string enabled;
    for (const tools::ExecScope& s : tools::ExecScopes(c)) {
      if (s.security == "deny") continue;
      full |= s.security == "full";
      enabled += "\n- " + s.id + ": security=" + s.security;
    }
    if (enabled.empty()) return;
    std::string detail = "Open DM/group access detected at:";
    for (const auto& s : open) detail += "\n- " + s.path;
    detail += "\nExec-enabled scopes:" + enabled;
    Finding& finding =
        out.Report(*open.front().value, open.front().path, detail,
                   full ? Severity::kCritical : Severity::kWarn);
    // The reference's --fix flips every open groupPolicy to "allowlist".
    if (auto fix = OpenGroupPoliciesToAllowlist(c))
      finding.fix = std::move(*fix);
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ExposureOpenChannelsWithExec)
}  // namespace clawlint::checks
