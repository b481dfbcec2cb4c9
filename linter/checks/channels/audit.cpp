#include "checks/channels/audit.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <functional>
#include <set>
#include <tuple>

#include "checks/channels/identity.h"
#include "checks/channels/normalized.h"
#include "checks/helpers.h"
#include "config/js_string.h"

namespace clawlint::checks::channels {

using config::Kind;
using config::MemberEntry;
using config::Value;
using config::ValuePtr;

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char ch) { return std::tolower(ch); });
  return out;
}

std::string_view Str(const Value* v) {
  return v && v->is_string() ? std::string_view(v->string) : "";
}
bool NonEmpty(const Value* v) {
  return v && v->is_string() && !config::JsTrim(v->string).empty();
}
bool NonEmptyArray(const Value* v) {
  return v && v->is_array() && !v->items.empty();
}
bool NonEmptyObject(const Value* v) {
  return v && v->is_object() && !v->members.empty();
}
bool Truthy(const Value* v) {
  if (!v) return false;
  switch (v->kind) {
    case Kind::kNull:
      return false;
    case Kind::kBool:
      return v->boolean;
    case Kind::kNumber:
      return v->number != 0 && !std::isnan(v->number);
    case Kind::kString:
      return !v->string.empty();
    default:
      return true;
  }
}

// String(x) of a list item.
std::string ItemText(const Value& v) {
  if (v.is_string()) return v.string;
  if (v.is_number()) {
    char buf[40];
    if (std::isfinite(v.number) && v.number == std::floor(v.number) &&
        std::fabs(v.number) < 1e21) {
      std::snprintf(buf, sizeof buf, "%.0f", v.number);
    } else {
      std::snprintf(buf, sizeof buf, "%.17g", v.number);
    }
    return buf;
  }
  if (v.is_bool()) return v.boolean ? "true" : "false";
  if (v.is_null()) return "null";
  return "[object Object]";
}

struct Entry {
  std::string text;  // stringified, trimmed, non-empty
  const Value* at;
  std::string path;
};

// Array items stringified and trimmed, empties dropped (non-array: none).
std::vector<Entry> Entries(const Value* list, const std::string& path) {
  std::vector<Entry> out;
  if (!list || !list->is_array()) return out;
  for (size_t i = 0; i < list->items.size(); ++i) {
    std::string text(config::JsTrim(ItemText(*list->items[i])));
    if (text.empty()) continue;
    out.push_back({std::move(text), list->items[i].get(),
                   path + "[" + std::to_string(i) + "]"});
  }
  return out;
}

// {...root without accounts, ...account}.
ValuePtr MergeAccount(const Value& root, const Value* account) {
  auto merged = std::make_shared<Value>(root);
  std::erase_if(merged->members,
                [](const MemberEntry& m) { return m.key == "accounts"; });
  if (!account || !account->is_object()) return merged;
  for (const MemberEntry& m : account->members) {
    bool replaced = false;
    for (MemberEntry& existing : merged->members) {
      if (existing.key == m.key) {
        existing = m;
        replaced = true;
      }
    }
    if (!replaced) merged->members.push_back(m);
  }
  return merged;
}

// ---------------------------------------------------------------------------
// DM entry normalizers (§4.3), for counting distinct senders.

std::string StripPrefix(std::string_view s, const RE2& re) {
  re2::StringPiece rest(s.data(), s.size());
  if (RE2::Consume(&rest, re)) return std::string(rest.data(), rest.size());
  return std::string(s);
}

std::string E164(std::string_view s) {
  static const RE2 scheme(R"((?i)^[a-z][a-z0-9-]*:)");
  std::string t(config::JsTrim(StripPrefix(s, scheme)));
  std::string digits;
  for (char ch : t) {
    if ((ch >= '0' && ch <= '9') || ch == '+') digits += ch;
  }
  if (!digits.empty() && digits[0] == '+') return "+" + digits.substr(1);
  return "+" + digits;
}

std::string NormalizeDmEntry(std::string_view ch, std::string_view entry) {
  std::string s(config::JsTrim(entry));
  if (ch == "discord") {
    static const RE2 prefix(R"((?i)^(?:discord|user):)");
    static const RE2 mention(R"(^<@!?([0-9]+)>$)");
    s = std::string(config::JsTrim(StripPrefix(s, prefix)));
    std::string id;
    if (RE2::FullMatch(s, mention, &id)) return id;
    return s;
  }
  if (ch == "telegram") {
    static const RE2 prefix(R"((?i)^(?:telegram|tg):)");
    return StripPrefix(s, prefix);
  }
  if (ch == "signal") {
    static const RE2 prefix(R"((?i)^signal:)");
    return E164(config::JsTrim(StripPrefix(s, prefix)));
  }
  if (ch == "irc") {
    s = Lower(s);
    if (s.starts_with("irc:")) s = s.substr(4);
    if (s.starts_with("user:")) s = s.substr(5);
    return std::string(config::JsTrim(s));
  }
  if (ch == "nextcloud-talk") {
    static const RE2 prefix(R"((?i)^(?:nextcloud-talk|nc-talk|nc):)");
    return Lower(StripPrefix(s, prefix));
  }
  if (ch == "zalo") {
    static const RE2 prefix(R"((?i)^(?:zalo|zl):)");
    return StripPrefix(s, prefix);
  }
  if (ch == "synology-chat") return Lower(s);
  return s;  // imessage: identity
}

// ---------------------------------------------------------------------------

struct Account {
  std::string id;
  std::string key;             // the key under accounts ("" when none)
  const Value* raw = nullptr;  // the account object (normalized), or null
  ValuePtr merged;
  bool explicit_key = false;
};

class Pass {
 public:
  Pass(const config::ConfigView& c, const ValuePtr& channels)
      : c_(c), channels_(channels) {
    defaults_ = channels_->Get("defaults");
    if (defaults_ && !defaults_->is_object()) defaults_ = nullptr;
  }

  std::vector<ChannelEvent> Run() {
    std::vector<const MemberEntry*> present;
    for (const MemberEntry& m : channels_->members) {
      if (!Audited(m.key, c_.profile()) || !Present(*m.value)) continue;
      present.push_back(&m);
    }
    std::sort(present.begin(), present.end(),
              [](const MemberEntry* a, const MemberEntry* b) {
                return a->key < b->key;
              });
    for (const MemberEntry* m : present) AuditChannel(m->key, *m->value);
    // De-duplicate on the reference's (checkId, severity, title, detail).
    std::vector<ChannelEvent> out;
    std::set<std::tuple<std::string, int, std::string, std::string>> seen;
    for (ChannelEvent& e : events_) {
      if (!seen.emplace(e.check_id, static_cast<int>(e.severity), e.title,
                        e.detail)
               .second)
        continue;
      out.push_back(std::move(e));
    }
    return out;
  }

 private:
  // §1.1 presence.
  static bool Present(const Value& ch) {
    if (!ch.is_object()) return false;
    const Value* enabled = ch.Get("enabled");
    if (enabled && enabled->is_false()) return false;
    if (enabled && enabled->is_true()) return true;
    for (const MemberEntry& m : ch.members) {
      if (m.key != "enabled") return true;
    }
    return false;
  }

  // The deepest value along `path` ("channels.<ch>...") in the normalized
  // tree (dots inside account ids are not expected).
  const Value* Locate(const std::string& path) const {
    const Value* v = channels_.get();
    const std::string_view prefix = "channels.";
    if (!std::string_view(path).starts_with(prefix)) return v;
    size_t start = prefix.size();
    while (start < path.size()) {
      const Value* next = nullptr;
      size_t end;
      if (path[start] == '[') {  // an array index, "[12]"
        size_t close = path.find(']', start);
        if (close == std::string::npos) break;
        size_t index = 0;
        bool digits = close > start + 1;
        for (size_t k = start + 1; k < close && digits; ++k) {
          digits = path[k] >= '0' && path[k] <= '9' && index < 1000000;
          index = index * 10 + static_cast<size_t>(path[k] - '0');
        }
        if (digits && v->is_array() && index < v->items.size())
          next = v->items[index].get();
        end = close + 1;
      } else {
        end = path.find_first_of(".[", start);
        if (end == std::string::npos) end = path.size();
        next = v->Get(std::string_view(path).substr(start, end - start));
      }
      if (!next) break;
      v = next;
      start = end < path.size() && path[end] == '.' ? end + 1 : end;
    }
    return v;
  }

  void Push(std::string family, std::string id, Severity severity,
            std::string title, std::string detail, const Value* at,
            std::string path) {
    ChannelEvent e;
    e.family = std::move(family);
    e.check_id = std::move(id);
    e.severity = severity;
    e.title = std::move(title);
    e.detail = std::move(detail);
    e.at = at ? at : Locate(path);
    e.path = std::move(path);
    e.seq = static_cast<uint32_t>(events_.size() + 1);
    events_.push_back(std::move(e));
  }
  void PushAt(const std::string& ch, std::string_view suffix, Severity severity,
              std::string title, std::string detail, std::string path,
              const Value* at = nullptr) {
    Push("channels.<ch>." + std::string(suffix),
         "channels." + ch + "." + std::string(suffix), severity,
         std::move(title), std::move(detail), at, std::move(path));
  }
  void Warning(const std::string& ch, Severity severity, std::string text,
               std::string path) {
    const std::string n = std::to_string(events_.size() + 1);
    Push("channels.<ch>.warning.<n>", "channels." + ch + ".warning." + n,
         severity, "Channel security warning", std::move(text), nullptr,
         std::move(path));
  }

  std::vector<std::string> AccountIds(const std::string& ch,
                                      const Value& root) const {
    std::vector<std::string> ids;
    const Value* accounts = root.Get("accounts");
    if (NonEmptyObject(accounts)) {
      for (const MemberEntry& m : accounts->members) ids.push_back(m.key);
      std::sort(ids.begin(), ids.end(),
                [](const std::string& a, const std::string& b) {
                  const std::string la = Lower(a), lb = Lower(b);
                  return la != lb ? la < lb : a < b;
                });
      if (ch == "synology-chat" && NonEmpty(root.Get("token")) &&
          std::find(ids.begin(), ids.end(), "default") == ids.end()) {
        ids.push_back("default");
      }
    } else {
      ids.push_back("default");
    }
    std::string first = ids.empty() ? "default" : ids.front();
    const Value* wanted = root.Get("defaultAccount");
    bool chosen = false;
    if (wanted && wanted->is_string()) {
      const std::string w = Lower(config::JsTrim(wanted->string));
      for (const std::string& id : ids) {
        if (Lower(id) == w) {
          first = id;
          chosen = true;
          break;
        }
      }
    }
    if (!chosen && std::find(ids.begin(), ids.end(), "default") != ids.end()) {
      first = "default";
    }
    std::vector<std::string> ordered{first};
    for (const std::string& id : ids) {
      if (std::find(ordered.begin(), ordered.end(), id) == ordered.end())
        ordered.push_back(id);
    }
    return ordered;
  }

  Account MakeAccount(const std::string& ch, const Value& root,
                      const std::string& id) const {
    Account a;
    a.id = id;
    const Value* accounts = root.Get("accounts");
    if (accounts && accounts->is_object()) {
      for (const MemberEntry& m : accounts->members) {
        if (m.key == id) {
          a.key = m.key;
          a.raw = m.value.get();
        }
      }
      if (!a.raw) {
        for (const MemberEntry& m : accounts->members) {
          if (Lower(m.key) == Lower(id)) {
            a.key = m.key;
            a.raw = m.value.get();
            break;
          }
        }
      }
      a.explicit_key = a.raw != nullptr;
    }
    if (a.raw && !a.raw->is_object()) a.raw = nullptr;
    a.merged = MergeAccount(root, a.raw);
    if (ch == "telegram") TelegramMerge(root, a);
    return a;
  }

  // §2 telegram merge specials.
  void TelegramMerge(const Value& root, Account& a) const {
    std::erase_if(a.merged->members, [](const MemberEntry& m) {
      return m.key == "defaultAccount";
    });
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
        ValuePtr chosen = list->items.empty()
                              ? root.GetMember("allowFrom")->value
                              : ValuePtr(list);
        for (MemberEntry& m : a.merged->members) {
          if (m.key == "allowFrom") m.value = chosen;
        }
      }
    }
  }

  std::string RootPath(const std::string& ch) const { return "channels." + ch; }
  std::string AccountPath(const std::string& ch, const Account& a) const {
    return "channels." + ch + ".accounts." + (a.key.empty() ? a.id : a.key);
  }
  // The path of `key` in the object that sets it for this account.
  std::string SetterPath(const std::string& ch, const Value& root,
                         const Account& a, std::string_view key) const {
    if (a.raw && a.raw->Get(key))
      return AccountPath(ch, a) + "." + std::string(key);
    if (root.Get(key)) return RootPath(ch) + "." + std::string(key);
    return (a.raw ? AccountPath(ch, a) : RootPath(ch)) + "." + std::string(key);
  }
  // Scope prefix of discord audit findings and name-matching titles.
  bool Scoped(const Account& a, size_t count) const {
    return count > 1 || a.explicit_key;
  }

  // §1.4 path algorithm; returns base path ("channels.x." or account path).
  std::string DmBase(const std::string& ch, const Value& root,
                     const Account& a) const {
    auto has = [](const Value* o) {
      return o && (o->Get("dmPolicy") || o->Get("allowFrom"));
    };
    if (has(a.raw)) return AccountPath(ch, a) + ".";
    if (has(&root)) return RootPath(ch) + ".";
    if (a.raw) return AccountPath(ch, a) + ".";
    return RootPath(ch) + ".";
  }

  void DmChecks(const std::string& ch, const Value& root, const Account& a,
                std::string_view policy, const std::vector<Entry>& entries) {
    const std::string base = DmBase(ch, root, a);
    const std::string policy_path = base + "dmPolicy";
    const std::string allow_path = base + "allowFrom";
    bool wildcard = false;
    std::set<std::string> distinct;
    for (const Entry& e : entries) {
      if (e.text == "*") {
        wildcard = true;
        continue;
      }
      std::string n(config::JsTrim(NormalizeDmEntry(ch, e.text)));
      if (!n.empty()) distinct.insert(n);
    }
    if (policy == "open") {
      PushAt(ch, "dm.open", Severity::kCritical, "DMs are open to anyone",
             policy_path + "=\"open\" lets anyone DM the bot (" + ch + ").",
             policy_path);
      if (!wildcard) {
        PushAt(ch, "dm.open_invalid", Severity::kWarn,
               "Open DM policy without a wildcard allowlist",
               policy_path + "=\"open\" requires " + allow_path +
                   " to include \"*\".",
               allow_path);
      }
    }
    if (policy == "disabled") {
      PushAt(ch, "dm.disabled", Severity::kInfo, "DMs are disabled",
             policy_path + "=\"disabled\" ignores inbound DMs.", policy_path);
      return;
    }
    const Value* scope = c_.Find("session.dmScope");
    const std::string_view dm_scope = scope && scope->is_string()
                                          ? std::string_view(scope->string)
                                          : std::string_view("main");
    if (dm_scope == "main" && (wildcard || distinct.size() > 1)) {
      PushAt(ch, "dm.scope_main_multiuser", Severity::kWarn,
             "Several DM senders share the main session",
             "Several DM senders share session.dmScope=\"main\": their "
             "context leaks between them; use \"per-channel-peer\".",
             "session.dmScope", &c_.Nearest("session.dmScope"));
    }
  }

  void NameMatching(const std::string& ch, const Account& a, size_t count) {
    const Value* v = a.merged->Get("dangerouslyAllowNameMatching");
    if (!v || !v->is_true()) return;
    std::string title = "Name matching is enabled for allowlists";
    if (Scoped(a, count)) title += " (account: " + a.id + ")";
    PushAt(ch, "allowFrom.dangerous_name_matching_enabled", Severity::kInfo,
           std::move(title),
           "dangerouslyAllowNameMatching=true matches mutable display names.",
           "", v);
    events_.back().path = SetterPathFor(ch, a, "dangerouslyAllowNameMatching");
  }
  std::string SetterPathFor(const std::string& ch, const Account& a,
                            std::string_view key) const {
    return SetterPath(ch, *channels_->Get(ch), a, key);
  }

  // ----------------------------------------------------------------------
  void AuditChannel(const std::string& ch, const Value& root) {
    const std::vector<std::string> ids = AccountIds(ch, root);
    for (const std::string& id : ids) {
      Account a = MakeAccount(ch, root, id);
      const Value& m = *a.merged;
      const Value* root_enabled = root.Get("enabled");
      const Value* enabled = m.Get("enabled");
      if (root_enabled && root_enabled->is_false()) continue;
      if (enabled && enabled->is_false()) continue;
      if (!Configured(ch, root, a)) continue;
      if (ch != "synology-chat") NameMatching(ch, a, ids.size());
      if (ch == "discord") Discord(root, a, ids.size());
      if (ch == "telegram") Telegram(root, a);
      if (ch == "signal" || ch == "imessage" || ch == "irc" ||
          ch == "nextcloud-talk" || ch == "zalo") {
        Simple(ch, root, a);
      }
      if (ch == "feishu") Feishu(root, a);
      if (ch == "synology-chat") Synology(root, a, ids);
    }
  }

  static bool SecretLike(const Value* v) {
    return NonEmpty(v) || IsSecretRef(v);
  }

  bool Configured(const std::string& ch, const Value& root,
                  const Account& a) const {
    const Value& m = *a.merged;
    if (ch == "discord") {
      auto token_ok = [](const Value* v) {
        if (IsSecretRef(v)) return true;
        if (!v || !v->is_string()) return false;
        std::string_view t = config::JsTrim(v->string);
        if (t.starts_with("Bot ")) t = config::JsTrim(t.substr(4));
        return !t.empty();
      };
      if (a.raw && a.raw->Get("token")) return token_ok(a.raw->Get("token"));
      return token_ok(root.Get("token"));
    }
    if (ch == "telegram") {
      for (const Value* o : {a.raw, &root}) {
        if (!o) continue;
        if (NonEmpty(o->Get("tokenFile"))) return true;
        if (SecretLike(o->Get("botToken"))) return true;
      }
      return false;
    }
    if (ch == "signal") {
      const Value* port = m.Get("httpPort");
      const Value* start = m.Get("autoStart");
      return NonEmpty(m.Get("account")) || NonEmpty(m.Get("httpUrl")) ||
             NonEmpty(m.Get("cliPath")) || NonEmpty(m.Get("httpHost")) ||
             (port && port->is_number()) || (start && start->is_bool());
    }
    if (ch == "imessage") {
      for (std::string_view k : {"cliPath", "dbPath", "service", "region",
                                 "dmPolicy", "groupPolicy"}) {
        if (m.Get(k)) return true;
      }
      for (std::string_view k : {"allowFrom", "groupAllowFrom",
                                 "attachmentRoots", "remoteAttachmentRoots"}) {
        if (NonEmptyArray(m.Get(k))) return true;
      }
      const Value* inc = m.Get("includeAttachments");
      if (inc && inc->is_bool()) return true;
      for (std::string_view k : {"mediaMaxMb", "textChunkLimit"}) {
        const Value* v = m.Get(k);
        if (v && v->is_number()) return true;
      }
      return NonEmptyObject(m.Get("groups"));
    }
    if (ch == "irc") return NonEmpty(m.Get("host")) && NonEmpty(m.Get("nick"));
    if (ch == "nextcloud-talk") {
      return SecretLike(m.Get("botSecret")) && NonEmpty(m.Get("baseUrl"));
    }
    if (ch == "zalo") return SecretLike(m.Get("botToken"));
    if (ch == "feishu") {
      return NonEmpty(m.Get("appId")) && SecretLike(m.Get("appSecret"));
    }
    return ch == "synology-chat";
  }

  // signal, imessage, irc, nextcloud-talk, zalo: merged dmPolicy/allowFrom
  // and their group warnings.
  void Simple(const std::string& ch, const Value& root, const Account& a) {
    const Value& m = *a.merged;
    std::string_view policy = Str(m.Get("dmPolicy"));
    if (policy.empty()) policy = "pairing";
    DmChecks(ch, root, a, policy,
             Entries(m.Get("allowFrom"), DmBase(ch, root, a) + "allowFrom"));
    const ChannelSpec& spec = *FindChannel(ch);
    const std::string_view gp = EffectiveGroupPolicy(spec, m, defaults_);
    const std::string gp_path = SetterPath(ch, root, a, "groupPolicy");
    if (ch == "zalo") {
      if (gp == "open") {
        const bool senders = NonEmptyArray(m.Get("groupAllowFrom")) ||
                             NonEmptyArray(m.Get("allowFrom"));
        Warning(ch, Severity::kCritical,
                senders ? "Zalo groups: groupPolicy=\"open\" allows any "
                          "group; restrict senders with groupAllowFrom."
                        : "Zalo groups: groupPolicy=\"open\" with no "
                          "groupAllowFrom/allowFrom allowlist; any member "
                          "can trigger the bot.",
                gp_path);
      }
      return;
    }
    if (ch == "nextcloud-talk") {
      if (gp == "open") {
        Warning(ch, Severity::kCritical,
                NonEmptyObject(m.Get("rooms"))
                    ? "Nextcloud Talk rooms: groupPolicy=\"open\" allows any "
                      "member of a configured room; restrict senders."
                    : "Nextcloud Talk rooms: groupPolicy=\"open\" with no "
                      "channels.nextcloud-talk.rooms allowlist.",
                gp_path);
      }
      return;
    }
    if (gp == "open") {
      const std::string label = ch == "signal"     ? "Signal"
                                : ch == "imessage" ? "iMessage"
                                                   : "IRC";
      Warning(ch, Severity::kCritical,
              label +
                  " groups: groupPolicy=\"open\" allows any member to "
                  "trigger the bot; restrict senders.",
              gp_path);
    }
    if (ch != "irc") return;
    const Value* tls = m.Get("tls");
    if (tls && tls->is_false()) {
      Warning(ch, Severity::kInfo,
              "IRC TLS is disabled (channels.irc.tls=false): traffic and "
              "credentials travel in plaintext.",
              SetterPath(ch, root, a, "tls"));
    }
    const Value* nickserv = m.Get("nickserv");
    const Value* reg =
        nickserv && nickserv->is_object() ? nickserv->Get("register") : nullptr;
    if (Truthy(reg)) {
      const std::string ns = SetterPath(ch, root, a, "nickserv");
      Warning(ch, Severity::kWarn,
              "IRC NickServ registration is enabled: the bot sends a "
              "REGISTER command on every start.",
              ns + ".register");
      if (!SecretLike(nickserv->Get("password")) &&
          !NonEmpty(nickserv->Get("passwordFile"))) {
        Warning(ch, Severity::kWarn,
                "IRC NickServ register is enabled but no NickServ password "
                "is configured.",
                ns + ".password");
      }
    }
  }

  void Discord(const Value& root, const Account& a, size_t count) {
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
    const std::string pfx =
        Scoped(a, count) ? AccountPath(ch, a) : RootPath(ch);
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
    if (dm && dm->is_object())
      scan(dm->Get("allowFrom"), pfx + ".dm.allowFrom");
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
    if (gp.empty())
      gp = FallbackGroupPolicy(*FindChannel("discord"), defaults_);
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
             "commands.useAccessGroups",
             &c_.Nearest("commands.useAccessGroups"));
    } else if (!uag_off && gp != "disabled" && configured && !owner &&
               !user_allow) {
      PushAt(ch, "commands.native.no_allowlists", Severity::kWarn,
             "Discord native commands have no allowlists",
             "Native commands are enabled with guilds configured but no "
             "guild users and no owner allowlist.",
             pfx + ".guilds");
    }
  }

  void Telegram(const Value& root, const Account& a) {
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
        if (ClassifyIdentity("telegram", e.text) != Identity::kMutable)
          continue;
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

  void Feishu(const Value& root, const Account& a) {
    const std::string ch = "feishu";
    const Value& m = *a.merged;
    std::string_view gp = Str(m.Get("groupPolicy"));
    if (gp.empty()) gp = FallbackGroupPolicy(*FindChannel(ch), defaults_);
    if (gp == "open") {
      Warning(ch, Severity::kCritical,
              "Feishu[" + a.id +
                  "] groups: groupPolicy=\"open\" allows any member to "
                  "trigger; restrict senders.",
              SetterPath(ch, root, a, "groupPolicy"));
    }
    // doc_owner_open_id (global condition, deduped to one).
    auto doc_on = [](const Value* tools) {
      const Value* doc =
          tools && tools->is_object() ? tools->Get("doc") : nullptr;
      return !(doc && doc->is_false());
    };
    bool fire = false;
    const Value* accounts = root.Get("accounts");
    if (!NonEmptyObject(accounts)) {
      fire = doc_on(root.Get("tools")) && NonEmpty(root.Get("appId")) &&
             SecretLike(root.Get("appSecret"));
    } else {
      for (const MemberEntry& acc : accounts->members) {
        const Value& o = *acc.value;
        if (!o.is_object()) continue;
        const Value* en = o.Get("enabled");
        if (en && en->is_false()) continue;
        const Value* tools = o.Get("tools");
        if (!tools || !tools->is_object()) tools = root.Get("tools");
        const Value* id = o.Get("appId") ? o.Get("appId") : root.Get("appId");
        const Value* secret =
            o.Get("appSecret") ? o.Get("appSecret") : root.Get("appSecret");
        fire |= doc_on(tools) && NonEmpty(id) && SecretLike(secret);
      }
    }
    if (fire) {
      PushAt(ch, "doc_owner_open_id", Severity::kWarn,
             "Feishu doc tool can grant document access",
             "The Feishu doc tool (channels.feishu.tools.doc) accepts an "
             "owner open_id from the model: prompt injection can share "
             "documents.",
             "channels.feishu.tools.doc");
    }
  }

  // The webhook path an enabled synology-chat account listens on; "" when
  // the account is disabled.
  std::string SynologyPath(const Value& root, const std::string& id) const {
    Account other = MakeAccount("synology-chat", root, id);
    const Value* enabled = other.merged->Get("enabled");
    if (enabled && enabled->is_false()) return "";
    std::string_view path = Str(other.merged->Get("webhookPath"));
    return std::string(path.empty() ? "/webhook/synology" : path);
  }

  void Synology(const Value& root, const Account& a,
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
      Warning(ch, Severity::kWarn,
              "Synology Chat incomingUrl is not configured.",
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

  const config::ConfigView& c_;
  ValuePtr channels_;
  const Value* defaults_ = nullptr;
  std::vector<ChannelEvent> events_;
};

}  // namespace

ChannelPass RunChannelPass(const config::ConfigView& c) {
  ChannelPass pass;
  pass.channels = NormalizedChannels(c);
  if (!pass.channels || c.profile() != config::Profile::k2026_4_29) return pass;
  pass.events = Pass(c, pass.channels).Run();
  return pass;
}

void ReportFamily(const config::ConfigView& c, std::string_view family,
                  Reporter& out) {
  const ChannelPass pass = RunChannelPass(c);
  for (const ChannelEvent& e : pass.events) {
    if (e.family != family && e.check_id != family) continue;
    Finding& f = out.Report(*e.at, e.path, e.detail, e.severity);
    f.check_id = e.check_id;
    f.title = e.title;
    f.emission_seq = e.seq;
  }
}

}  // namespace clawlint::checks::channels
