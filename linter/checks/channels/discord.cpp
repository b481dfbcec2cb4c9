// Channel pass rules of one channel family (checks-channels.md §2-§3).
#include "checks/channels/audit_internal.h"

namespace clawlint::checks::channels::detail {

void Pass::Discord(const Value& root, const Account& a, size_t count) {
  const std::string ch = "discord";
  const Value& m = *a.merged;
  // DM policy: raw account object first, then the root.
  std::string_view policy;
  const Value* allow = nullptr;
  for (const Value* o : {a.raw, &root}) {
    if (!o) continue;
    const Value* dm = o->Get("dm");
    if (policy.empty()) {
      if (o->Get("dmPolicy")) {
        policy = Str(o->Get("dmPolicy"));
      } else if (dm && dm->is_object() && dm->Get("policy")) {
        policy = Str(dm->Get("policy"));
      }
    }
    if (!allow) {
      if (o->Get("allowFrom") && o->Get("allowFrom")->is_array()) {
        allow = o->Get("allowFrom");
      } else if (dm && dm->is_object() && dm->Get("allowFrom") &&
                 dm->Get("allowFrom")->is_array()) {
        allow = dm->Get("allowFrom");
      }
    }
  }
  if (policy.empty()) policy = "pairing";
  DmChecks(ch, root, a, policy, Entries(allow, ""));
  // Group warning.
  if (Str(m.Get("groupPolicy")) == "open") {
    Warning(ch, Severity::kCritical,
            NonEmptyObject(m.Get("guilds"))
                ? "Discord guilds: groupPolicy=\"open\" allows any channel "
                  "not explicitly denied to trigger (configured route)."
                : "Discord guilds: groupPolicy=\"open\" with no "
                  "guild/channel allowlist; any channel can trigger "
                  "(mention-gated).",
            SetterPath(ch, root, a, "groupPolicy"));
  }
  const std::string pfx = Scoped(a, count) ? AccountPath(ch, a) : RootPath(ch);
  // name_based_entries.
  std::vector<Entry> hits;
  auto scan = [&](const Value* list, const std::string& path) {
    for (Entry& e : Entries(list, path)) {
      if (ClassifyIdentity("discord", e.text) == Identity::kMutable)
        hits.push_back(std::move(e));
    }
  };
  scan(m.Get("allowFrom"), pfx + ".allowFrom");
  const Value* dm = m.Get("dm");
  if (dm && dm->is_object()) scan(dm->Get("allowFrom"), pfx + ".dm.allowFrom");
  const Value* guilds = m.Get("guilds");
  bool user_allow = false;
  if (guilds && guilds->is_object()) {
    for (const MemberEntry& g : guilds->members) {
      if (!g.value->is_object()) continue;
      const std::string gp = pfx + ".guilds." + g.key;
      scan(g.value->Get("users"), gp + ".users");
      user_allow |= NonEmptyArray(g.value->Get("users"));
      const Value* chans = g.value->Get("channels");
      if (!chans || !chans->is_object()) continue;
      for (const MemberEntry& cm : chans->members) {
        if (!cm.value->is_object()) continue;
        scan(cm.value->Get("users"), gp + ".channels." + cm.key + ".users");
        user_allow |= NonEmptyArray(cm.value->Get("users"));
      }
    }
  }
  if (!hits.empty()) {
    const Value* dan = m.Get("dangerouslyAllowNameMatching");
    std::string detail = "Mutable name-based allowlist entries:";
    for (size_t i = 0; i < hits.size() && i < 5; ++i)
      detail += " " + hits[i].path + ":" + hits[i].text;
    if (hits.size() > 5)
      detail += " (+" + std::to_string(hits.size() - 5) + " more)";
    PushAt(ch, "allowFrom.name_based_entries",
           dan && dan->is_true() ? Severity::kInfo : Severity::kWarn,
           "Discord allowlists contain name or tag entries", detail,
           hits[0].path, hits[0].at);
  }
  // commands.native.*
  const Value* cmds = m.Get("commands");
  auto explicit_on = [&](std::string_view key) {
    const Value* own = cmds && cmds->is_object() ? cmds->Get(key) : nullptr;
    if (own) return own->is_true();
    const Value* top = c_.Find("commands." + std::string(key));
    return top && top->is_true();
  };
  if (!explicit_on("native") && !explicit_on("nativeSkills")) return;
  std::string_view gp = Str(m.Get("groupPolicy"));
  if (gp.empty()) gp = FallbackGroupPolicy(*FindChannel("discord"), defaults_);
  const bool configured = NonEmptyObject(guilds);
  const bool owner =
      dm && dm->is_object() && !Entries(dm->Get("allowFrom"), "").empty();
  const Value* uag = c_.Find("commands.useAccessGroups");
  const bool uag_off = uag && uag->is_false();
  if (uag_off && gp != "disabled" && configured && !user_allow) {
    PushAt(ch, "commands.native.unrestricted", Severity::kCritical,
           "Discord native commands are unrestricted",
           "commands.useAccessGroups=false and no guild user allowlist: "
           "anyone in an allowed guild can run native commands.",
           "commands.useAccessGroups", &c_.Nearest("commands.useAccessGroups"));
  } else if (!uag_off && gp != "disabled" && configured && !owner &&
             !user_allow) {
    PushAt(ch, "commands.native.no_allowlists", Severity::kWarn,
           "Discord native commands have no allowlists",
           "Native commands are enabled with guilds configured but no "
           "guild users and no owner allowlist.",
           pfx + ".guilds");
  }
}

}  // namespace clawlint::checks::channels::detail
