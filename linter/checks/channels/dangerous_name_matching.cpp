// channels.<ch>.allowFrom.dangerous_name_matching_enabled: one family of the
// channel pass (checks/channels/audit.cpp).
#include "checks/channels/audit.h"

namespace clawlint::checks {
namespace {

class ChannelsDangerousNameMatching final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "channels.<ch>.allowFrom.dangerous_name_matching_enabled",
      .severity = Severity::kInfo,
      .releases = kBothReleases,
      .title = "Name matching is enabled for allowlists",
      .remediation = "Remove dangerouslyAllowNameMatching and list stable ids.",
      .docs = R"md(## What it does
Notes an audited channel account with `dangerouslyAllowNameMatching: true` (inherited from the channel root by every account).
Runs on the normalized channel config (schema defaults, seeded default
account), for the channels 2026.4.29 audits from config alone: discord,
feishu, imessage, irc, nextcloud-talk, signal, synology-chat, telegram, zalo.
2026.9.6 audits no channel here (its channel plugins are external), so it
reports nothing then.

## Why is this bad?
Display names are mutable: anyone can rename themselves into your allowlist.

## Example
```json5
{ channels: { discord: { token: "…", dangerouslyAllowNameMatching: true } } }
```

## Use instead
```json5
{ channels: { discord: { token: "…", allowFrom: ["123456789012345678"] } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    channels::ReportFamily(c, kMeta.id, out);
  }
};

}  // namespace

CLAWLINT_REGISTER_CHECK(ChannelsDangerousNameMatching)

}  // namespace clawlint::checks
