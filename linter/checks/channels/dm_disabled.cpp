// channels.<ch>.dm.disabled: one family of the channel pass
// (checks/channels/audit.cpp).
#include "checks/channels/audit.h"

namespace clawlint::checks {
namespace {

class ChannelsDmDisabled final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "channels.<ch>.dm.disabled",
      .severity = Severity::kInfo,
      .releases = kBothReleases,
      .title = "Channel DMs are disabled",
      .remediation = "",
      .docs = R"md(## What it does
Notes a channel account with `dmPolicy: "disabled"` (informational).
Runs on the normalized channel config (schema defaults, seeded default
account), for the channels 2026.4.29 audits from config alone: discord,
feishu, imessage, irc, nextcloud-talk, signal, synology-chat, telegram, zalo.
2026.9.6 audits no channel here (its channel plugins are external), so it
reports nothing then.

## Why is this bad?
It is not; inbound DMs are ignored, which may be surprising.

## Example
```json5
{ channels: { zalo: { …, dmPolicy: "disabled" } } }
```

## Use instead
```json5
Nothing to change if intended.
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    channels::ReportFamily(c, kMeta.id, out);
  }
};

}  // namespace

CLAWLINT_REGISTER_CHECK(ChannelsDmDisabled)

}  // namespace clawlint::checks
