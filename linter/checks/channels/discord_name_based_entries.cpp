// channels.discord.allowFrom.name_based_entries: one family of the channel pass
// (checks/channels/audit.cpp).
#include "checks/channels/audit.h"

namespace clawlint::checks {
namespace {

class DiscordNameBasedEntries final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "channels.discord.allowFrom.name_based_entries",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Discord allowlists contain name or tag entries",
      .remediation =
          "Replace names with numeric Discord user ids (or user:<id>).",
      .docs = R"md(## What it does
Flags Discord allowlist entries (allowFrom, dm.allowFrom, guild and guild-channel users) that are names, tags (`name#1234`) or role mentions instead of numeric ids. Info when `dangerouslyAllowNameMatching` is on. The finding points at the first offending entry.
Runs on the normalized channel config (schema defaults, seeded default
account), for the channels 2026.4.29 audits from config alone: discord,
feishu, imessage, irc, nextcloud-talk, signal, synology-chat, telegram, zalo.
2026.9.6 audits no channel here (its channel plugins are external), so it
reports nothing then.

## Why is this bad?
Names and tags can be changed by their owner: someone else can take one over.

## Example
```json5
{ channels: { discord: { token: "…", allowFrom: ["alice#1234"] } } }
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

CLAWLINT_REGISTER_CHECK(DiscordNameBasedEntries)

}  // namespace clawlint::checks
