// Channel pass rules of one channel family (checks-channels.md §2-§3).
#include "checks/channels/audit_internal.h"

namespace clawlint::checks::channels::detail {

// §2 telegram merge specials.
void Pass::TelegramMerge(const Value& root, Account& a) const {
  std::erase_if(a.merged->members,
                [](const MemberEntry& m) { return m.key == "defaultAccount"; });
  const Value* accounts = root.Get("accounts");
  const bool few =
      !accounts || !accounts->is_object() || accounts->members.size() <= 1;
  if (a.raw && !a.raw->Get("groups")) {
    if (!few) {
      std::erase_if(a.merged->members,
                    [](const MemberEntry& m) { return m.key == "groups"; });
    }
  }
  const Value* own = a.raw ? a.raw->Get("allowFrom") : nullptr;
  const Value* shared = root.Get("allowFrom");
  if (own && own->is_array() && shared && shared->is_array()) {
    bool root_specific = false, own_star = false;
    for (const auto& i : shared->items)
      root_specific |= config::JsTrim(ItemText(*i)) != "*";
    for (const auto& i : own->items)
      own_star |= config::JsTrim(ItemText(*i)) == "*";
    if (root_specific && own_star) {
      auto list = std::make_shared<Value>(*own);
      std::erase_if(list->items, [](const ValuePtr& i) {
        return config::JsTrim(ItemText(*i)) == "*";
      });
      ValuePtr chosen = list->items.empty() ? root.GetMember("allowFrom")->value
                                            : ValuePtr(list);
      for (MemberEntry& m : a.merged->members) {
        if (m.key == "allowFrom") m.value = chosen;
      }
    }
  }
}

void Pass::Telegram(const Value& root, const Account& a) {
  const std::string ch = "telegram";
  const Value& m = *a.merged;
  std::string_view policy = Str(m.Get("dmPolicy"));
  if (policy.empty()) policy = "pairing";
  const std::string base = DmBase(ch, root, a);
  DmChecks(ch, root, a, policy, Entries(m.Get("allowFrom"), ""));
  std::string_view gp = Str(m.Get("groupPolicy"));
  if (gp.empty()) gp = FallbackGroupPolicy(*FindChannel(ch), defaults_);
  const Value* groups = m.Get("groups");
  const bool groups_configured = NonEmptyObject(groups);
  if (gp == "open") {
    Warning(ch, Severity::kCritical,
            groups_configured
                ? "Telegram groups: channels.telegram.groupPolicy=\"open\" "
                  "lets any member of a configured group trigger; restrict "
                  "senders."
                : "Telegram groups: channels.telegram.groupPolicy=\"open\" "
                  "with no channels.telegram.groups allowlist; any group "
                  "can add the bot.",
            SetterPath(ch, root, a, "groupPolicy"));
  }
  // Plugin audit (§3.2).
  const std::string scope = a.raw ? AccountPath(ch, a) : RootPath(ch);
  std::vector<Entry> invalid;
  std::set<std::string> seen;
  auto scan = [&](const Value* list, const std::string& path) {
    for (Entry& e : Entries(list, path)) {
      if (ClassifyIdentity("telegram", e.text) != Identity::kMutable) continue;
      if (seen.insert(e.text).second) invalid.push_back(std::move(e));
    }
  };
  auto where = [&](std::string_view key) {
    return SetterPath(ch, root, a, key);
  };
  scan(m.Get("allowFrom"), where("allowFrom"));
  auto emit_invalid = [&] {
    if (invalid.empty()) return;
    std::string detail = "Non-numeric Telegram allowlist entries:";
    for (size_t i = 0; i < invalid.size() && i < 5; ++i)
      detail += " " + invalid[i].text;
    if (invalid.size() > 5)
      detail += " (+" + std::to_string(invalid.size() - 5) + " more)";
    PushAt(ch, "allowFrom.invalid_entries", Severity::kWarn,
           "Telegram allowlists contain non-numeric entries", detail,
           invalid[0].path, invalid[0].at);
  };
  const Value* text = c_.Find("commands.text");
  if (text && text->is_false()) return emit_invalid();
  if (!(gp == "open" || (gp == "allowlist" && groups_configured)))
    return emit_invalid();
  scan(m.Get("groupAllowFrom"), where("groupAllowFrom"));
  bool any_override = false;
  if (groups && groups->is_object()) {
    const std::string gpath = where("groups");
    for (const MemberEntry& g : groups->members) {
      if (!g.value->is_object()) continue;
      scan(g.value->Get("allowFrom"), gpath + "." + g.key + ".allowFrom");
      any_override |= !Entries(g.value->Get("allowFrom"), "").empty();
      const Value* topics = g.value->Get("topics");
      if (!topics || !topics->is_object()) continue;
      for (const MemberEntry& t : topics->members) {
        if (!t.value->is_object()) continue;
        scan(t.value->Get("allowFrom"),
             gpath + "." + g.key + ".topics." + t.key + ".allowFrom");
        any_override |= !Entries(t.value->Get("allowFrom"), "").empty();
      }
    }
  }
  emit_invalid();
  const std::vector<Entry> gaf = Entries(m.Get("groupAllowFrom"), "");
  const bool star = std::any_of(gaf.begin(), gaf.end(),
                                [](const Entry& e) { return e.text == "*"; });
  const std::string gaf_path = "channels.telegram.groupAllowFrom";
  if (star) {
    PushAt(ch, "groups.allowFrom.wildcard", Severity::kCritical,
           "Telegram group sender allowlist is a wildcard",
           "channels.telegram.groupAllowFrom contains \"*\": any member of "
           "an allowed group can run commands.",
           gaf_path);
  } else if (gaf.empty() && !any_override) {
    PushAt(ch, "groups.allowFrom.missing", Severity::kCritical,
           "Telegram group access has no sender allowlist",
           "Group access is enabled but channels.telegram.groupAllowFrom "
           "and per-group allowFrom are empty.",
           gaf_path);
  }
  (void)base;
  (void)scope;
}

}  // namespace clawlint::checks::channels::detail
