// channels.feishu.doc_owner_open_id: one family of the channel pass
// (checks/channels/audit.cpp).
#include "checks/channels/audit.h"

namespace clawlint::checks {
namespace {

class FeishuDocOwnerOpenId final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "channels.feishu.doc_owner_open_id",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Feishu doc tool can grant document access",
      .remediation = "Set channels.feishu.tools.doc=false unless needed.",
      .docs = R"md(## What it does
Flags a configured Feishu channel whose doc tool is not disabled.
Runs on the normalized channel config (schema defaults, seeded default
account), for the channels 2026.4.29 audits from config alone: discord,
feishu, imessage, irc, nextcloud-talk, signal, synology-chat, telegram, zalo.
2026.9.6 audits no channel here (its channel plugins are external), so it
reports nothing then.

## Why is this bad?
The model chooses the document owner: a prompt injection can share documents with an attacker.

## Example
```json5
{ channels: { feishu: { appId: "cli_…", appSecret: "…" } } }
```

## Use instead
```json5
{ channels: { feishu: { appId: "cli_…", appSecret: "…", tools: { doc: false } } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    channels::ReportFamily(c, kMeta.id, out);
  }
};

}  // namespace

CLAWLINT_REGISTER_CHECK(FeishuDocOwnerOpenId)

}  // namespace clawlint::checks
