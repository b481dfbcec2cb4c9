// channels.<ch>.dm.open: one family of the channel pass
// (checks/channels/audit.cpp).
#include "checks/channels/audit.h"

namespace clawlint::checks {
namespace {

class ChannelsDmOpen final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "channels.<ch>.dm.open",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Channel DMs are open to anyone",
      .remediation = "Set dmPolicy to \"pairing\" or \"allowlist\".",
      .docs = R"md(## What it does
Flags a channel account whose DM policy resolves to `"open"`.
Runs on the normalized channel config (schema defaults, seeded default
account), for the channels 2026.4.29 audits from config alone: discord,
feishu, imessage, irc, nextcloud-talk, signal, synology-chat, telegram, zalo.
2026.9.6 audits no channel here (its channel plugins are external), so it
reports nothing then.

## Why is this bad?
Anyone who can reach the bot can talk to your agent and its tools.

## Example
```json5
{ channels: { telegram: { enabled: true, botToken: "…", dmPolicy: "open", allowFrom: ["*"] } } }
```

## Use instead
```json5
{ channels: { telegram: { enabled: true, botToken: "…", dmPolicy: "pairing" } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    channels::ReportFamily(c, kMeta.id, out);
  }
};

}  // namespace

CLAWLINT_REGISTER_CHECK(ChannelsDmOpen)

}  // namespace clawlint::checks
