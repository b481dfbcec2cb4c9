// channels.<ch>.dm.open_invalid: one family of the channel pass
// (checks/channels/audit.cpp).
#include "checks/channels/audit.h"

namespace clawlint::checks {
namespace {

class ChannelsDmOpenInvalid final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "channels.<ch>.dm.open_invalid",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Open DM policy without a wildcard allowlist",
      .remediation =
          "With dmPolicy \"open\", add \"*\" to allowFrom, or switch to "
          "\"allowlist\".",
      .docs = R"md(## What it does
Flags `dmPolicy: "open"` whose `allowFrom` does not contain `"*"`.
Runs on the normalized channel config (schema defaults, seeded default
account), for the channels 2026.4.29 audits from config alone: discord,
feishu, imessage, irc, nextcloud-talk, signal, synology-chat, telegram, zalo.
2026.9.6 audits no channel here (its channel plugins are external), so it
reports nothing then.

## Why is this bad?
The configuration is inconsistent: the intent (an allowlist or open DMs) is unclear and the runtime rejects it.

## Example
```json5
{ channels: { irc: { …, dmPolicy: "open", allowFrom: ["alice!a@host"] } } }
```

## Use instead
```json5
{ channels: { irc: { …, dmPolicy: "allowlist", allowFrom: ["alice!a@host"] } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    channels::ReportFamily(c, kMeta.id, out);
  }
};

}  // namespace

CLAWLINT_REGISTER_CHECK(ChannelsDmOpenInvalid)

}  // namespace clawlint::checks
