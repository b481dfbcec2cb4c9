// The 2026.4.29 channel audit pass (checks-channels.md §1–§3): for every
// audited channel (ascending id) and each of its accounts (default first),
// the per-account sequence of findings, numbered and de-duplicated as the
// reference does. The findings are dynamic (`channels.<ch>.dm.open`,
// `channels.<ch>.warning.<n>`): one Check per finding family (the files
// beside this one) reports the events of its family. The pass itself lives
// in audit_internal.h (iteration, accounts, DM checks) and one file per
// channel family (discord.cpp, telegram.cpp, group_policy.cpp, feishu.cpp,
// synology_chat.cpp).
#pragma once

#include <string>
#include <vector>

#include "checks/check.h"
#include "config/view.h"

namespace clawlint::checks::channels {

struct ChannelEvent {
  std::string family;    // the family check id, "channels.<ch>.dm.open"
  std::string check_id;  // the concrete id, "channels.discord.dm.open"
  Severity severity = Severity::kWarn;
  std::string title;
  std::string detail;
  const config::Value* at = nullptr;  // where it is written (or nearest)
  std::string path;                   // dotted config path of `at`
  uint32_t seq = 0;                   // 1-based order in the pass
};

struct ChannelPass {
  config::ValuePtr channels;         // the normalized tree `at` points into
  std::vector<ChannelEvent> events;  // de-duplicated, in pass order
};

/// Runs the pass for `c` (nothing in 9.6: its CLI audits no channel here).
ChannelPass RunChannelPass(const config::ConfigView& c);

/// Reports the events of `family` (used by every channel family check).
void ReportFamily(const config::ConfigView& c, std::string_view family,
                  Reporter& out);

/// The docs line listing the audited channels, for family docs.
inline constexpr std::string_view kAuditedChannels =
    "discord, feishu, imessage, irc, nextcloud-talk, signal, synology-chat, "
    "telegram, zalo";

}  // namespace clawlint::checks::channels
