// Internal to the channel audit (checks/channels/*.cpp): value helpers, the
// account model and the Pass that walks channels and accounts (§1.2-§1.4).
// Each channel's own rules are defined in its file (discord.cpp,
// telegram.cpp, group_policy.cpp, feishu.cpp, synology_chat.cpp).
#pragma once

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <functional>
#include <set>
#include <tuple>

#include "checks/channels/audit.h"
#include "checks/channels/identity.h"
#include "checks/channels/normalized.h"
#include "checks/helpers.h"
#include "config/js_string.h"

namespace clawlint::checks::channels {

using config::Kind;
using config::MemberEntry;
using config::Value;
using config::ValuePtr;

namespace detail {

inline std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char ch) { return std::tolower(ch); });
  return out;
}

inline std::string_view Str(const Value* v) {
  return v && v->is_string() ? std::string_view(v->string) : "";
}
inline bool NonEmpty(const Value* v) {
  return v && v->is_string() && !config::JsTrim(v->string).empty();
}
inline bool NonEmptyArray(const Value* v) {
  return v && v->is_array() && !v->items.empty();
}
inline bool NonEmptyObject(const Value* v) {
  return v && v->is_object() && !v->members.empty();
}
inline bool Truthy(const Value* v) {
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
inline std::string ItemText(const Value& v) {
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
inline std::vector<Entry> Entries(const Value* list, const std::string& path) {
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
inline ValuePtr MergeAccount(const Value& root, const Value* account) {
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

inline std::string StripPrefix(std::string_view s, const RE2& re) {
  re2::StringPiece rest(s.data(), s.size());
  if (RE2::Consume(&rest, re)) return std::string(rest.data(), rest.size());
  return std::string(s);
}

inline std::string E164(std::string_view s) {
  static const RE2 scheme(R"((?i)^[a-z][a-z0-9-]*:)");
  std::string t(config::JsTrim(StripPrefix(s, scheme)));
  std::string digits;
  for (char ch : t) {
    if ((ch >= '0' && ch <= '9') || ch == '+') digits += ch;
  }
  if (!digits.empty() && digits[0] == '+') return "+" + digits.substr(1);
  return "+" + digits;
}

inline std::string NormalizeDmEntry(std::string_view ch,
                                    std::string_view entry) {
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
  void TelegramMerge(const Value& root, Account& a) const;

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
  void Simple(const std::string& ch, const Value& root, const Account& a);

  void Discord(const Value& root, const Account& a, size_t count);

  void Telegram(const Value& root, const Account& a);

  void Feishu(const Value& root, const Account& a);

  // The webhook path an enabled synology-chat account listens on; "" when
  // the account is disabled.
  std::string SynologyPath(const Value& root, const std::string& id) const;

  void Synology(const Value& root, const Account& a,
                const std::vector<std::string>& account_ids);

  const config::ConfigView& c_;
  ValuePtr channels_;
  const Value* defaults_ = nullptr;
  std::vector<ChannelEvent> events_;
};

}  // namespace detail
}  // namespace clawlint::checks::channels
