// channels.telegram.allowFrom.invalid_entries: one family of the channel pass
// (checks/channels/audit.cpp).
#include "checks/channels/audit.h"

namespace clawlint::checks {
namespace {

class TelegramInvalidEntries final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "channels.telegram.allowFrom.invalid_entries",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Telegram allowlists contain non-numeric entries",
      .remediation = "Use numeric Telegram user ids (optionally prefixed tg:).",
      .docs = R"md(## What it does
Flags Telegram allowlist entries that are not numeric user ids (`@user`, names, negative chat ids). The finding points at the first offending entry.
Runs on the normalized channel config (schema defaults, seeded default
account), for the channels 2026.4.29 audits from config alone: discord,
feishu, imessage, irc, nextcloud-talk, signal, synology-chat, telegram, zalo.
2026.9.6 audits no channel here (its channel plugins are external), so it
reports nothing then.

## Why is this bad?
Telegram authorizes senders by numeric id; other entries never match (or match something else).

## Example
```json5
{ channels: { telegram: { botToken: "…", allowFrom: ["@alice"] } } }
```

## Use instead
```json5
{ channels: { telegram: { botToken: "…", allowFrom: ["123456789"] } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    channels::ReportFamily(c, kMeta.id, out);
  }
};

}  // namespace

CLAWLINT_REGISTER_CHECK(TelegramInvalidEntries)

}  // namespace clawlint::checks
