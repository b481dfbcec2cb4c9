// channels.<ch>.warning.<n>: one family of the channel pass
// (checks/channels/audit.cpp).
#include "checks/channels/audit.h"

namespace clawlint::checks {
namespace {

class ChannelsWarning final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "channels.<ch>.warning.<n>",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Channel security warning",
      .remediation = "",
      .docs = R"md(## What it does
Reports the channel plugins' own warnings: group policy `"open"` (critical), IRC without TLS (info), IRC NickServ registration (warn), Synology Chat token/URL/SSL/DM-list problems. `<n>` is the position of the finding in the whole channel pass, as the reference numbers it; the severity follows the 2026.4.29 text classifier.
Runs on the normalized channel config (schema defaults, seeded default
account), for the channels 2026.4.29 audits from config alone: discord,
feishu, imessage, irc, nextcloud-talk, signal, synology-chat, telegram, zalo.
2026.9.6 audits no channel here (its channel plugins are external), so it
reports nothing then.

## Why is this bad?
Open groups let any member of any group the bot is in trigger the agent.

## Example
```json5
{ channels: { zalo: { enabled: true, botToken: "…" } } }   // zalo groups default to open
```

## Use instead
```json5
{ channels: { zalo: { enabled: true, botToken: "…", groupPolicy: "allowlist", groupAllowFrom: ["1001"] } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    channels::ReportFamily(c, kMeta.id, out);
  }
};

}  // namespace

CLAWLINT_REGISTER_CHECK(ChannelsWarning)

}  // namespace clawlint::checks
