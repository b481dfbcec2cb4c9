// channels.synology-chat.reply.dangerous_name_matching_enabled: one family of
// the channel pass (checks/channels/audit.cpp).
#include "checks/channels/audit.h"

namespace clawlint::checks {
namespace {

class SynologyReplyNameMatching final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "channels.synology-chat.reply.dangerous_name_matching_enabled",
      .severity = Severity::kInfo,
      .releases = kBothReleases,
      .title = "Synology Chat replies match users by name",
      .remediation = "Remove dangerouslyAllowNameMatching.",
      .docs = R"md(## What it does
Notes a Synology Chat account with `dangerouslyAllowNameMatching: true`.
Runs on the normalized channel config (schema defaults, seeded default
account), for the channels 2026.4.29 audits from config alone: discord,
feishu, imessage, irc, nextcloud-talk, signal, synology-chat, telegram, zalo.
2026.9.6 audits no channel here (its channel plugins are external), so it
reports nothing then.

## Why is this bad?
Reply targets are resolved by mutable user names.

## Example
```json5
{ channels: { "synology-chat": { token: "…", dangerouslyAllowNameMatching: true } } }
```

## Use instead
```json5
{ channels: { "synology-chat": { token: "…" } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    channels::ReportFamily(c, kMeta.id, out);
  }
};

}  // namespace

CLAWLINT_REGISTER_CHECK(SynologyReplyNameMatching)

}  // namespace clawlint::checks
