// channels.telegram.groups.allowFrom.missing: one family of the channel pass
// (checks/channels/audit.cpp).
#include "checks/channels/audit.h"

namespace clawlint::checks {
namespace {

class TelegramGroupsAllowFromMissing final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "channels.telegram.groups.allowFrom.missing",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Telegram group access has no sender allowlist",
      .remediation =
          "Set channels.telegram.groupAllowFrom (numeric ids) or per-group "
          "allowFrom.",
      .docs = R"md(## What it does
Flags Telegram group access (groupPolicy open, or allowlisted groups) without `groupAllowFrom` or per-group/topic `allowFrom`.
Runs on the normalized channel config (schema defaults, seeded default
account), for the channels 2026.4.29 audits from config alone: discord,
feishu, imessage, irc, nextcloud-talk, signal, synology-chat, telegram, zalo.
2026.9.6 audits no channel here (its channel plugins are external), so it
reports nothing then.

## Why is this bad?
Any member of an allowed group can drive the agent.

## Example
```json5
{ channels: { telegram: { botToken: "…", groups: { "-100123": {} } } } }
```

## Use instead
```json5
{ channels: { telegram: { botToken: "…", groups: { "-100123": {} }, groupAllowFrom: ["123456"] } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    channels::ReportFamily(c, kMeta.id, out);
  }
};

}  // namespace

CLAWLINT_REGISTER_CHECK(TelegramGroupsAllowFromMissing)

}  // namespace clawlint::checks
