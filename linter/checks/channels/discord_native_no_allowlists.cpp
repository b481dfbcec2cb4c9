// channels.discord.commands.native.no_allowlists: one family of the channel
// pass (checks/channels/audit.cpp).
#include "checks/channels/audit.h"

namespace clawlint::checks {
namespace {

class DiscordNativeNoAllowlists final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "channels.discord.commands.native.no_allowlists",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Discord native commands have no allowlists",
      .remediation =
          "List guild users (guilds.<id>.users) for native commands.",
      .docs = R"md(## What it does
Flags explicitly enabled Discord native commands with guilds configured but neither guild users nor an owner list.
Runs on the normalized channel config (schema defaults, seeded default
account), for the channels 2026.4.29 audits from config alone: discord,
feishu, imessage, irc, nextcloud-talk, signal, synology-chat, telegram, zalo.
2026.9.6 audits no channel here (its channel plugins are external), so it
reports nothing then.

## Why is this bad?
Command access falls back to broad access-group rules.

## Example
```json5
{ channels: { discord: { token: "…", commands: { native: true }, guilds: { "123": {} } } } }
```

## Use instead
```json5
{ channels: { discord: { token: "…", commands: { native: true }, guilds: { "123": { users: ["111"] } } } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    channels::ReportFamily(c, kMeta.id, out);
  }
};

}  // namespace

CLAWLINT_REGISTER_CHECK(DiscordNativeNoAllowlists)

}  // namespace clawlint::checks
