#include "checks/check.h"
#include "checks/remediations.h"
#include "checks/security/channel_exposure.h"

namespace clawlint::checks {
namespace {

class ExposureOpenGroupsWithElevated final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "security.exposure.open_groups_with_elevated",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Open groupPolicy with elevated tools enabled",
      .remediation =
          "Set groupPolicy=\"allowlist\" and keep elevated allowlists "
          "extremely tight.",
      .docs = R"md(## What it does
Fires when some `channels.<key>.groupPolicy` or
`channels.<key>.accounts.<id>.groupPolicy` is `"open"` (2026.9.6: also an
`"open"` `dmPolicy`, or legacy `dm.policy` when `dmPolicy` is unset) and
`tools.elevated.enabled` is not `false`. Points at the first open policy.

## Why is this bad?
A prompt injection from anyone in an open room can reach elevated (host)
exec.

## Example
```json5
{ channels: { slack: { enabled: true, groupPolicy: "open" } } }
```

## Use instead
```json5
{ channels: { slack: { enabled: true, groupPolicy: "allowlist" } } }
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
    const config::Value* enabled = c.Find("tools.elevated.enabled");
    if (enabled && enabled->is_false()) return;
    std::string detail = "Found policy=\"open\" at:";
    for (const auto& h : open) detail += "\n- " + h.path;
    Finding& finding =
        out.Report(*open.front().value, open.front().path, detail);
    // The reference's --fix flips every open groupPolicy to "allowlist".
    if (auto fix = OpenGroupPoliciesToAllowlist(c))
      finding.fix = std::move(*fix);
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ExposureOpenGroupsWithElevated)
}  // namespace clawlint::checks
