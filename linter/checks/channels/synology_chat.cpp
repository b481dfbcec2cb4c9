// Channel pass rules of one channel family (checks-channels.md §2-§3).
#include "checks/channels/audit_internal.h"

namespace clawlint::checks::channels::detail {

// The webhook path an enabled synology-chat account listens on; "" when
// the account is disabled.
std::string Pass::SynologyPath(const Value& root, const std::string& id) const {
  Account other = MakeAccount("synology-chat", root, id);
  const Value* enabled = other.merged->Get("enabled");
  if (enabled && enabled->is_false()) return "";
  std::string_view path = Str(other.merged->Get("webhookPath"));
  return std::string(path.empty() ? "/webhook/synology" : path);
}

void Pass::Synology(const Value& root, const Account& a,
                    const std::vector<std::string>& account_ids) {
  const size_t count = account_ids.size();
  const std::string ch = "synology-chat";
  const Value& m = *a.merged;
  const std::string here = a.raw ? AccountPath(ch, a) : RootPath(ch);
  auto where = [&](std::string_view key) {
    return SetterPath(ch, root, a, key);
  };
  std::string_view policy = Str(m.Get("dmPolicy"));
  if (policy.empty()) policy = "allowlist";
  std::vector<Entry> ids;
  const Value* users = m.Get("allowedUserIds");
  if (users && users->is_string()) {
    std::string_view s = users->string;
    size_t start = 0;
    while (start <= s.size()) {
      size_t comma = s.find(',', start);
      if (comma == std::string_view::npos) comma = s.size();
      std::string t(config::JsTrim(s.substr(start, comma - start)));
      if (!t.empty()) ids.push_back({t, users, where("allowedUserIds")});
      start = comma + 1;
    }
  } else {
    ids = Entries(users, where("allowedUserIds"));
  }
  const Value* own_dan =
      a.raw ? a.raw->Get("dangerouslyAllowNameMatching") : nullptr;
  const Value* dan = own_dan && own_dan->is_bool()
                         ? own_dan
                         : root.Get("dangerouslyAllowNameMatching");
  const bool name_matching = dan && dan->is_true();
  DmChecks(ch, root, a, policy, ids);
  if (!NonEmpty(m.Get("token")))
    Warning(ch, Severity::kWarn, "Synology Chat token is not configured.",
            where("token"));
  if (!NonEmpty(m.Get("incomingUrl")))
    Warning(ch, Severity::kWarn, "Synology Chat incomingUrl is not configured.",
            where("incomingUrl"));
  const Value* insecure = m.Get("allowInsecureSsl");
  if (insecure && insecure->is_true())
    Warning(ch, Severity::kInfo,
            "Synology Chat SSL verification is disabled "
            "(allowInsecureSsl=true).",
            where("allowInsecureSsl"));
  if (name_matching)
    Warning(ch, Severity::kWarn,
            "Synology Chat matches users by mutable names "
            "(dangerouslyAllowNameMatching=true).",
            where("dangerouslyAllowNameMatching"));
  const Value* inherit = m.Get("dangerouslyAllowInheritedWebhookPath");
  if (inherit && inherit->is_true() && a.raw && a.id != "default" &&
      !a.raw->Get("webhookPath") && root.Get("webhookPath"))
    Warning(
        ch, Severity::kWarn,
        "Synology Chat account " + a.id + " inherits the shared webhookPath.",
        where("webhookPath"));
  const bool star = std::any_of(ids.begin(), ids.end(),
                                [](const Entry& e) { return e.text == "*"; });
  if (policy == "open" && ids.empty())
    Warning(ch, Severity::kCritical,
            "Synology Chat dmPolicy=\"open\" with no allowedUserIds: "
            "anyone can DM the bot.",
            where("dmPolicy"));
  if (policy == "open" && star)
    Warning(ch, Severity::kCritical,
            "Synology Chat dmPolicy=\"open\" with allowedUserIds \"*\": "
            "anyone can DM the bot.",
            where("allowedUserIds"));
  if (policy == "allowlist" && ids.empty())
    Warning(ch, Severity::kCritical,
            "Synology Chat dmPolicy=\"allowlist\" with empty "
            "allowedUserIds blocks everyone; use dmPolicy=\"open\" only "
            "deliberately.",
            where("allowedUserIds"));
  // Webhook routing: accounts sharing one path refuse to start.
  const std::string path = SynologyPath(root, a.id);
  std::string others;
  for (const std::string& id : account_ids) {
    if (id == a.id || SynologyPath(root, id) != path) continue;
    others += (others.empty() ? "" : ", ") + id;
  }
  if (!others.empty())
    Warning(ch, Severity::kWarn,
            "Synology Chat: account " + a.id + " conflicts on webhookPath " +
                path + " with " + others + "; the shared route is refused.",
            where("webhookPath"));
  if (name_matching) {
    std::string title = "Synology Chat replies match users by name";
    if (Scoped(a, count)) title += " (account: " + a.id + ")";
    PushAt(ch, "reply.dangerous_name_matching_enabled", Severity::kInfo,
           std::move(title),
           "dangerouslyAllowNameMatching=true resolves reply targets by "
           "mutable names.",
           where("dangerouslyAllowNameMatching"));
  }
  (void)here;
}

}  // namespace clawlint::checks::channels::detail
