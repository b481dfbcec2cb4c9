// channels.discord.commands.native.unrestricted: one family of the channel pass
// (checks/channels/audit.cpp).
#include "checks/channels/audit.h"

namespace clawlint::checks {
namespace {

class DiscordNativeUnrestricted final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "channels.discord.commands.native.unrestricted",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Discord native commands are unrestricted",
      .remediation = "Keep commands.useAccessGroups on, or list guild users.",
      .docs = R"md(## What it does
Flags explicitly enabled Discord native commands with `commands.useAccessGroups: false`, guilds configured and no guild user allowlist.
Runs on the normalized channel config (schema defaults, seeded default
account), for the channels 2026.4.29 audits from config alone: discord,
feishu, imessage, irc, nextcloud-talk, signal, synology-chat, telegram, zalo.
2026.9.6 audits no channel here (its channel plugins are external), so it
reports nothing then.

## Why is this bad?
Anyone in an allowed guild can run privileged slash commands.

## Example
```json5
{ commands: { native: true, useAccessGroups: false }, channels: { discord: { token: "…", guilds: { "123": {} } } } }
```

## Use instead
```json5
{ commands: { native: true }, channels: { discord: { token: "…", guilds: { "123": { users: ["111"] } } } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    channels::ReportFamily(c, kMeta.id, out);
  }
};

}  // namespace

CLAWLINT_REGISTER_CHECK(DiscordNativeUnrestricted)

}  // namespace clawlint::checks
