// channels.telegram.groups.allowFrom.wildcard: one family of the channel pass
// (checks/channels/audit.cpp).
#include "checks/channels/audit.h"

namespace clawlint::checks {
namespace {

class TelegramGroupsAllowFromWildcard final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "channels.telegram.groups.allowFrom.wildcard",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Telegram group sender allowlist is a wildcard",
      .remediation = "Replace \"*\" in groupAllowFrom with numeric ids.",
      .docs = R"md(## What it does
Flags `"*"` in `channels.telegram.groupAllowFrom` when group access is enabled.
Runs on the normalized channel config (schema defaults, seeded default
account), for the channels 2026.4.29 audits from config alone: discord,
feishu, imessage, irc, nextcloud-talk, signal, synology-chat, telegram, zalo.
2026.9.6 audits no channel here (its channel plugins are external), so it
reports nothing then.

## Why is this bad?
A wildcard admits every member of every allowed group.

## Example
```json5
{ channels: { telegram: { botToken: "…", groupPolicy: "open", groupAllowFrom: ["*"] } } }
```

## Use instead
```json5
{ channels: { telegram: { botToken: "…", groupPolicy: "allowlist", groupAllowFrom: ["123456"] } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    channels::ReportFamily(c, kMeta.id, out);
  }
};

}  // namespace

CLAWLINT_REGISTER_CHECK(TelegramGroupsAllowFromWildcard)

}  // namespace clawlint::checks
