#include "checks/check.h"
#include "checks/remediations.h"
#include "checks/security/channel_exposure.h"
#include "checks/tools/tool_policy.h"

namespace clawlint::checks {
namespace {

class ExposureOpenGroupsWithRuntimeOrFs final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "security.exposure.open_groups_with_runtime_or_fs",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Open groupPolicy with runtime/filesystem tools exposed",
      .remediation =
          "For open groups, prefer tools.profile=\"messaging\" (or deny "
          "group:runtime/group:fs), set tools.fs.workspaceOnly=true, and use "
          "agents.defaults.sandbox.mode=\"all\" for exposed agents.",
      .docs = R"md(## What it does
Fires when some channel group policy is `"open"` (as for
`security.exposure.open_groups_with_elevated`) and some agent context
(`agents.defaults` and every agent entry) is risky: its sandbox mode is not
`"all"` and its tool policy (profile, `tools.allow`/`alsoAllow`/`deny`, the
agent's own lists; groups, globs and aliases expanded) admits `exec` or
`process`, or admits a file tool (`read`, `write`, `edit`, `apply_patch`)
without `tools.fs.workspaceOnly: true`. Critical when a risky context admits
runtime tools, else warn. Points at the first open policy.

## Why is this bad?
Prompt injection in an open room can run commands or touch files.

## Example
```json5
{ channels: { slack: { enabled: true, groupPolicy: "open" } } }
```

## Use instead
```json5
{ channels: { slack: { enabled: true, groupPolicy: "open" } },
  tools: { profile: "messaging" } }
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
    const tools::RiskyContexts risky = tools::CollectRiskyContexts(c);
    if (risky.labels.empty()) return;
    std::string detail = "Found policy=\"open\" at:";
    for (const auto& h : open) detail += "\n- " + h.path;
    detail += "\nRisky tool exposure contexts:";
    for (const auto& l : risky.labels) detail += "\n- " + l;
    Finding& finding =
        out.Report(*open.front().value, open.front().path, detail,
                   risky.runtime_risk ? Severity::kCritical : Severity::kWarn);
    // The reference's --fix flips every open groupPolicy to "allowlist".
    if (auto fix = OpenGroupPoliciesToAllowlist(c))
      finding.fix = std::move(*fix);
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ExposureOpenGroupsWithRuntimeOrFs)
}  // namespace clawlint::checks
