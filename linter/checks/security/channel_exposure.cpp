#include "checks/security/channel_exposure.h"

#include <algorithm>
#include <cmath>

#include "checks/helpers.h"
#include "checks/tools/exec_scopes.h"

namespace clawlint::checks::exposure {

namespace {

using config::Value;

bool IsOpen(const Value* v) {
  return v && v->is_string() && v->string == "open";
}

// isWildcardEntry: String(entry) trimmed equals "*".
bool HasWildcard(const Value* list) {
  if (!list || !list->is_array()) return false;
  for (const auto& item : list->items) {
    if (item->is_string() && Trim(item->string) == "*") return true;
  }
  return false;
}

bool NonEmptyObject(const Value* v) {
  return v && (v->is_object() ? !v->members.empty()
                              : v->is_array() && !v->items.empty());
}

// A section as the heuristic reads it: a lookup that may fall back to the
// channel root (9.6 merges accounts over the root, shallowly).
struct Section {
  const Value* own = nullptr;
  const Value* base = nullptr;  // root section for 9.6 accounts, else null
  const Value* Get(std::string_view key) const {
    if (const config::MemberEntry* m = own->GetMember(key)) {
      return m->value.get();
    }
    if (base && key != "accounts") return base->Get(key);
    return nullptr;
  }
};

}  // namespace

std::vector<PolicyHit> OpenInboundPolicies(const config::ConfigView& c) {
  std::vector<PolicyHit> out;
  const config::ValuePtr channels = tools::ChannelsSection(c);
  if (!channels) return out;
  const bool v96 = !c.is_4_29();
  auto inspect = [&](const Value& section, const std::string& base) {
    if (const Value* gp = section.Get("groupPolicy"); IsOpen(gp)) {
      out.push_back({base + ".groupPolicy", "", gp, channels});
    }
    if (!v96) return;
    const Value* dm_policy = section.Get("dmPolicy");
    const Value* dm = section.Get("dm");
    if (dm_policy && !dm_policy->is_null()) {
      if (IsOpen(dm_policy)) {
        out.push_back({base + ".dmPolicy", "", dm_policy, channels});
      }
    } else if (dm && dm->is_object()) {
      const Value* legacy = dm->Get("policy");
      if (IsOpen(legacy)) {
        out.push_back({base + ".dm.policy", "", legacy, channels});
      }
    }
  };
  for (const auto& m : channels->members) {
    if (!m.value->is_object() && !m.value->is_array()) continue;
    const std::string base = "channels." + m.key;
    inspect(*m.value, base);
    const Value* accounts = m.value->Get("accounts");
    if (!accounts || !(accounts->is_object() || accounts->is_array())) continue;
    for (const auto& a : accounts->members) {
      if (!a.value->is_object() && !a.value->is_array()) continue;
      inspect(*a.value, base + ".accounts." + a.key);
    }
  }
  return out;
}

std::vector<PolicyHit> MultiUserSignals(const config::ConfigView& c) {
  std::vector<PolicyHit> out;
  const config::ValuePtr channels = tools::ChannelsSection(c);
  if (!channels) return out;
  auto add = [&](std::string text, std::string path, const Value* v) {
    for (const PolicyHit& h : out) {
      if (h.text == text) return;
    }
    out.push_back({std::move(path), std::move(text), v, channels});
  };
  auto inspect = [&](const Section& s, const std::string& base) {
    const Value* gp = s.Get("groupPolicy");
    const std::string_view group_policy =
        gp && gp->is_string() ? std::string_view(gp->string) : "";
    if (group_policy == "open") {
      add(base + ".groupPolicy=\"open\"", base + ".groupPolicy", gp);
    } else if (group_policy == "allowlist") {
      for (std::string_view key : {"groups", "guilds", "channels", "rooms"}) {
        if (!NonEmptyObject(s.Get(key))) continue;
        add(base + ".groupPolicy=\"allowlist\" with configured group targets",
            base + "." + std::string(key), s.Get(key));
        break;
      }
    }
    if (const Value* dp = s.Get("dmPolicy"); IsOpen(dp)) {
      add(base + ".dmPolicy=\"open\"", base + ".dmPolicy", dp);
    }
    if (const Value* af = s.Get("allowFrom"); HasWildcard(af)) {
      add(base + ".allowFrom includes \"*\"", base + ".allowFrom", af);
    }
    if (const Value* gaf = s.Get("groupAllowFrom"); HasWildcard(gaf)) {
      add(base + ".groupAllowFrom includes \"*\"", base + ".groupAllowFrom",
          gaf);
    }
    const Value* dm = s.Get("dm");
    if (dm && (dm->is_object() || dm->is_array())) {
      if (const Value* p = dm->Get("policy"); IsOpen(p)) {
        add(base + ".dm.policy=\"open\"", base + ".dm.policy", p);
      }
      if (const Value* af = dm->Get("allowFrom"); HasWildcard(af)) {
        add(base + ".dm.allowFrom includes \"*\"", base + ".dm.allowFrom", af);
      }
    }
  };
  const bool v96 = !c.is_4_29();
  for (const auto& m : channels->members) {
    if (!m.value->is_object() && !m.value->is_array()) continue;
    const std::string base = "channels." + m.key;
    inspect(Section{m.value.get(), nullptr}, base);
    const Value* accounts = m.value->Get("accounts");
    if (!accounts || !(accounts->is_object() || accounts->is_array())) continue;
    for (const auto& a : accounts->members) {
      if (!a.value->is_object() && !a.value->is_array()) continue;
      inspect(Section{a.value.get(), v96 ? m.value.get() : nullptr},
              base + ".accounts." + a.key);
    }
  }
  return out;
}

}  // namespace clawlint::checks::exposure
