#include "checks/check.h"
#include "checks/remediations.h"
#include "checks/security/channel_exposure.h"

namespace clawlint::checks {
namespace {

class TrustModelMultiUserHeuristic final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "security.trust_model.multi_user_heuristic",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title =
          "Potential multi-user setup detected (personal-assistant model "
          "warning)",
      .remediation =
          "If users may be mutually untrusted, split trust boundaries "
          "(separate gateways + credentials, ideally separate OS "
          "users/hosts). If you intentionally run shared-user access, set "
          "agents.defaults.sandbox.mode=\"all\", keep "
          "tools.fs.workspaceOnly=true, deny runtime/fs/web tools unless "
          "required, and keep personal/private identities + credentials off "
          "that runtime.",
      .docs = R"md(## What it does
Looks at every `channels.<key>` section (including `channels.defaults`, with
the schema defaults applied) and every `accounts.<id>` object (2026.9.6:
merged over its channel root) for signs that several people can talk to the
gateway: `groupPolicy: "open"`; `groupPolicy: "allowlist"` with a non-empty
`groups`/`guilds`/`channels`/`rooms`; `dmPolicy: "open"`; `"*"` in
`allowFrom` or `groupAllowFrom`; `dm.policy: "open"` or `"*"` in
`dm.allowFrom`. Channel presence and `enabled` do not matter. Points at the
first signal.

## Why is this bad?
OpenClaw's security model is one trusted operator per gateway, not isolation
between mutually untrusted users.

## Example
```json5
{ channels: { slack: { enabled: true, channels: { C123: {} } } } }
```

## Use instead
Run one gateway per trust boundary, or harden the shared one (sandbox mode
`"all"`, `tools.fs.workspaceOnly: true`, no runtime tools).

## Fix safety
Safe: `openclaw security audit --fix` makes the same change, every
`groupPolicy: "open"` under `channels` (accounts included) becomes
`"allowlist"`; the finding goes away when an open group policy was its cause.
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const auto signals = exposure::MultiUserSignals(c);
    if (signals.empty()) return;
    std::string detail =
        "Heuristic signals indicate this gateway may be reachable by "
        "multiple users:";
    for (const auto& s : signals) detail += "\n- " + s.text;
    Finding& finding =
        out.Report(*signals.front().value, signals.front().path, detail);
    // The reference's --fix flips every open groupPolicy to "allowlist".
    if (auto fix = OpenGroupPoliciesToAllowlist(c))
      finding.fix = std::move(*fix);
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(TrustModelMultiUserHeuristic)
}  // namespace clawlint::checks
