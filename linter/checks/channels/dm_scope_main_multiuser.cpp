// channels.<ch>.dm.scope_main_multiuser: one family of the channel pass
// (checks/channels/audit.cpp).
#include "checks/channels/audit.h"

namespace clawlint::checks {
namespace {

class ChannelsDmScopeMainMultiuser final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "channels.<ch>.dm.scope_main_multiuser",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Several DM senders share the main session",
      .remediation =
          "Set session.dmScope to \"per-channel-peer\" (or \"per-peer\").",
      .docs = R"md(## What it does
Flags a DM-enabled channel account that admits several senders (a `"*"` or more than one distinct normalized `allowFrom` entry) while `session.dmScope` is `"main"` (the default). 2026.4.29 only.
Runs on the normalized channel config (schema defaults, seeded default
account), for the channels 2026.4.29 audits from config alone: discord,
feishu, imessage, irc, nextcloud-talk, signal, synology-chat, telegram, zalo.
2026.9.6 audits no channel here (its channel plugins are external), so it
reports nothing then.

## Why is this bad?
All senders share one conversation context: one user can read what another told the agent.

## Example
```json5
{ channels: { discord: { …, dmPolicy: "allowlist", allowFrom: ["111", "222"] } } }
```

## Use instead
```json5
{ session: { dmScope: "per-channel-peer" }, channels: { discord: { … } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    channels::ReportFamily(c, kMeta.id, out);
  }
};

}  // namespace

CLAWLINT_REGISTER_CHECK(ChannelsDmScopeMainMultiuser)

}  // namespace clawlint::checks
