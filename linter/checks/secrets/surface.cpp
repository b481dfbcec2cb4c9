#include "checks/secrets/surface.h"

#include <re2/re2.h>

#include <cctype>

#include "checks/helpers.h"
#include "config/env.h"

namespace clawlint::checks::secrets {

namespace {

using config::MemberEntry;
using config::Value;

// The openclaw.json entries of the 2026.4.29 secret-target registry
// (dist/target-registry-*.js, listSecretTargetRegistryEntries(): 85 config
// entries, all includeInAudit; the other 2 are auth-profiles.json's, whose
// file the state-file check flags whole), in the registry's order.
// `*` = any map key, `name[]` = every item of the array `name`.
struct Target {
  std::string_view pattern;
  std::string_view ref_sibling = {};  // sibling_ref shape: the ref's key
};

constexpr Target kTargets[] = {
    {"agents.defaults.memorySearch.remote.apiKey"},
    {"agents.list[].memorySearch.remote.apiKey"},
    {"cron.webhookToken"},
    {"gateway.auth.token"},
    {"gateway.auth.password"},
    {"gateway.remote.password"},
    {"gateway.remote.token"},
    {"messages.tts.providers.*.apiKey"},
    {"agents.list[].tts.providers.*.apiKey"},
    {"models.providers.*.apiKey"},
    {"models.providers.*.headers.*"},
    {"models.providers.*.request.headers.*"},
    {"models.providers.*.request.auth.token"},
    {"models.providers.*.request.auth.value"},
    {"models.providers.*.request.proxy.tls.ca"},
    {"models.providers.*.request.proxy.tls.cert"},
    {"models.providers.*.request.proxy.tls.key"},
    {"models.providers.*.request.proxy.tls.passphrase"},
    {"models.providers.*.request.tls.ca"},
    {"models.providers.*.request.tls.cert"},
    {"models.providers.*.request.tls.key"},
    {"models.providers.*.request.tls.passphrase"},
    {"skills.entries.*.apiKey"},
    {"talk.providers.*.apiKey"},
    {"tools.web.search.apiKey"},
    {"plugins.entries.brave.config.webSearch.apiKey"},
    {"plugins.entries.exa.config.webSearch.apiKey"},
    {"plugins.entries.firecrawl.config.webFetch.apiKey"},
    {"plugins.entries.firecrawl.config.webSearch.apiKey"},
    {"plugins.entries.google.config.webSearch.apiKey"},
    {"plugins.entries.minimax.config.webSearch.apiKey"},
    {"plugins.entries.moonshot.config.webSearch.apiKey"},
    {"plugins.entries.perplexity.config.webSearch.apiKey"},
    {"plugins.entries.tavily.config.webSearch.apiKey"},
    {"plugins.entries.xai.config.webSearch.apiKey"},
    {"plugins.entries.acpx.config.mcpServers.*.env.*"},
    {"plugins.entries.voice-call.config.tts.providers.*.apiKey"},
    {"plugins.entries.voice-call.config.twilio.authToken"},
    {"channels.bluebubbles.accounts.*.password"},
    {"channels.bluebubbles.password"},
    {"channels.discord.accounts.*.pluralkit.token"},
    {"channels.discord.accounts.*.token"},
    {"channels.discord.accounts.*.voice.tts.providers.*.apiKey"},
    {"channels.discord.pluralkit.token"},
    {"channels.discord.token"},
    {"channels.discord.voice.tts.providers.*.apiKey"},
    {"channels.feishu.accounts.*.appSecret"},
    {"channels.feishu.accounts.*.encryptKey"},
    {"channels.feishu.accounts.*.verificationToken"},
    {"channels.feishu.appSecret"},
    {"channels.feishu.encryptKey"},
    {"channels.feishu.verificationToken"},
    {"channels.googlechat.accounts.*.serviceAccount", "serviceAccountRef"},
    {"channels.googlechat.serviceAccount", "serviceAccountRef"},
    {"channels.irc.accounts.*.nickserv.password"},
    {"channels.irc.accounts.*.password"},
    {"channels.irc.nickserv.password"},
    {"channels.irc.password"},
    {"channels.matrix.accounts.*.accessToken"},
    {"channels.matrix.accounts.*.password"},
    {"channels.matrix.accessToken"},
    {"channels.matrix.password"},
    {"channels.mattermost.accounts.*.botToken"},
    {"channels.mattermost.botToken"},
    {"channels.msteams.appPassword"},
    {"channels.nextcloud-talk.accounts.*.apiPassword"},
    {"channels.nextcloud-talk.accounts.*.botSecret"},
    {"channels.nextcloud-talk.apiPassword"},
    {"channels.nextcloud-talk.botSecret"},
    {"channels.slack.accounts.*.appToken"},
    {"channels.slack.accounts.*.botToken"},
    {"channels.slack.accounts.*.signingSecret"},
    {"channels.slack.accounts.*.userToken"},
    {"channels.slack.appToken"},
    {"channels.slack.botToken"},
    {"channels.slack.signingSecret"},
    {"channels.slack.userToken"},
    {"channels.telegram.accounts.*.botToken"},
    {"channels.telegram.accounts.*.webhookSecret"},
    {"channels.telegram.botToken"},
    {"channels.telegram.webhookSecret"},
    {"channels.zalo.accounts.*.botToken"},
    {"channels.zalo.accounts.*.webhookSecret"},
    {"channels.zalo.botToken"},
    {"channels.zalo.webhookSecret"},
};

// Secrets OpenClaw mints or rotates itself and never reads from a SecretRef
// (§3.4 "explicitly unsupported"). hooks.mappings[].sessionKey is left out:
// it is a routing key, rarely a secret.
struct Minted {
  std::string_view pattern;
  std::string_view what;
};

constexpr Minted kMinted[] = {
    {"commands.ownerDisplaySecret", "the owner display secret"},
    {"hooks.token", "the webhook bearer token"},
    {"hooks.gmail.pushToken", "the Gmail push verification token"},
    {"channels.discord.threadBindings.webhookToken",
     "the Discord thread-binding webhook token"},
    {"channels.discord.accounts.*.threadBindings.webhookToken",
     "the Discord thread-binding webhook token"},
};

// Top-level channel fields the 4.29 read path moves into accounts.default
// when a channel also has named accounts and no `default` account
// (setup-promotion-helpers COMMON_SINGLE_ACCOUNT_KEYS_TO_MOVE, the
// secret-bearing ones).
constexpr std::string_view kPromotedKeys[] = {
    "token", "botToken", "appToken", "webhookSecret", "accessToken", "password",
};

struct Segment {
  enum Kind { kLiteral, kAnyKey, kArrayItems } kind = kLiteral;
  std::string name;  // literal key, or the array's key for kArrayItems
};

std::vector<Segment> ParsePattern(std::string_view pattern) {
  std::vector<Segment> out;
  while (!pattern.empty()) {
    size_t dot = pattern.find('.');
    std::string_view part = pattern.substr(0, dot);
    if (part == "*") {
      out.push_back({Segment::kAnyKey, ""});
    } else if (part.ends_with("[]")) {
      out.push_back(
          {Segment::kArrayItems, std::string(part.substr(0, part.size() - 2))});
    } else {
      out.push_back({Segment::kLiteral, std::string(part)});
    }
    if (dot == std::string_view::npos) break;
    pattern.remove_prefix(dot + 1);
  }
  return out;
}

struct Compiled {
  std::string_view pattern;
  std::vector<Segment> segments;
  std::string_view ref_sibling;
  std::string_view what;  // minted only
};

const std::vector<Compiled>& CompiledTargets() {
  static const std::vector<Compiled> table = [] {
    std::vector<Compiled> t;
    for (const Target& target : kTargets)
      t.push_back({target.pattern,
                   ParsePattern(target.pattern),
                   target.ref_sibling,
                   {}});
    return t;
  }();
  return table;
}

const std::vector<Compiled>& CompiledMinted() {
  static const std::vector<Compiled> table = [] {
    std::vector<Compiled> t;
    for (const Minted& m : kMinted)
      t.push_back({m.pattern, ParsePattern(m.pattern), {}, m.what});
    return t;
  }();
  return table;
}

struct Match {
  const Value* value;
  const Value* parent;  // the object holding the last key
  std::vector<std::string> keys;
};

void Walk(const Value& at, const std::vector<Segment>& segments, size_t i,
          std::vector<std::string>& keys, const Value* parent,
          std::vector<Match>& out) {
  if (i == segments.size()) {
    out.push_back({&at, parent, keys});
    return;
  }
  if (!at.is_object()) return;
  const Segment& s = segments[i];
  auto descend = [&](const std::string& key, const Value& child) {
    keys.push_back(key);
    Walk(child, segments, i + 1, keys, &at, out);
    keys.pop_back();
  };
  switch (s.kind) {
    case Segment::kLiteral:
      if (const Value* child = at.Get(s.name)) descend(s.name, *child);
      break;
    case Segment::kAnyKey:
      for (const MemberEntry& m : at.members) descend(m.key, *m.value);
      break;
    case Segment::kArrayItems: {
      const Value* list = at.Get(s.name);
      if (!list || !list->is_array()) break;
      keys.push_back(s.name);
      for (size_t n = 0; n < list->items.size(); ++n) {
        keys.push_back(std::to_string(n));
        // An array item's "parent" for sibling lookups is the item itself.
        Walk(*list->items[n], segments, i + 1, keys, list, out);
        keys.pop_back();
      }
      keys.pop_back();
      break;
    }
  }
}

std::string Join(const std::vector<std::string>& keys) {
  std::string out;
  for (const std::string& k : keys) {
    if (!out.empty()) out += '.';
    out += k;
  }
  return out;
}

bool HasDefaultAccount(const Value& accounts) {
  for (const MemberEntry& m : accounts.members) {
    std::string lower = m.key;
    for (char& ch : lower) ch = static_cast<char>(std::tolower(ch));
    if (lower == "default") return true;
  }
  return false;
}

// The path the 4.29 read path gives a value: channels.<ch>.<key> of a
// channel with named accounts and no default one is read as
// channels.<ch>.accounts.default.<key>. 9.6 reports the path as written.
std::string JsonPathOf(const config::ConfigView& c,
                       const std::vector<std::string>& keys) {
  // 4.29 also moves the legacy global web-search key to the Brave plugin
  // (io-*.js migrateLegacyWebSearchConfig) before auditing.
  if (c.is_4_29() && Join(keys) == "tools.web.search.apiKey") {
    return "plugins.entries.brave.config.webSearch.apiKey";
  }
  if (c.is_4_29() && keys.size() == 3 && keys[0] == "channels") {
    const Value* channel = c.root().Get("channels");
    channel = channel ? channel->Get(keys[1]) : nullptr;
    const Value* accounts = channel ? channel->Get("accounts") : nullptr;
    const bool promoted =
        std::find(std::begin(kPromotedKeys), std::end(kPromotedKeys),
                  keys[2]) != std::end(kPromotedKeys);
    if (promoted && accounts && accounts->is_object() &&
        !accounts->members.empty() && !HasDefaultAccount(*accounts)) {
      return "channels." + keys[1] + ".accounts.default." + keys[2];
    }
  }
  return Join(keys);
}

bool IsEnvRefId(std::string_view s) {
  static const RE2 kId(R"([A-Z][A-Z0-9_]{0,127})");
  return RE2::FullMatch(s, kId);
}

// coerceSecretRef: an exact {source, provider, id} object (exactly these
// three keys), a legacy provider-less {source, id}, or a `${NAME}` template.
bool CoerceRef(const Value& v, config::Profile profile, Classified* out) {
  if (v.is_object()) {
    const Value* source = v.Get("source");
    const Value* provider = v.Get("provider");
    const Value* id = v.Get("id");
    if (!source || !source->is_string() || !id || !id->is_string()) {
      return false;
    }
    const std::string& s = source->string;
    if (s != "env" && s != "file" && s != "exec") return false;
    if (Trim(id->string).empty()) return false;
    const bool exact = v.members.size() == 3 && provider &&
                       provider->is_string() && !Trim(provider->string).empty();
    const bool legacy = v.members.size() == 2 && !provider;
    if (!exact && !legacy) return false;
    out->form = SecretForm::kSecretRef;
    out->source = s;
    if (s == "env") out->env_name = id->string;
    return true;
  }
  if (!v.is_string()) return false;
  // 4.29 audits the substituted config: `$${X}` became `${X}`. Judge the
  // text as written with that escape applied, never an --env value.
  std::string text = v.Authored();
  if (profile == config::Profile::k2026_4_29) {
    text = config::SubstituteEnv(text, {}).text;
  }
  std::string_view trimmed = Trim(text);
  if (trimmed.size() > 3 && trimmed.starts_with("${") &&
      trimmed.ends_with("}")) {
    std::string_view name = trimmed.substr(2, trimmed.size() - 3);
    if (IsEnvRefId(name)) {
      out->form = SecretForm::kEnvTemplate;
      out->source = "env";
      out->env_name = std::string(name);
      return true;
    }
  }
  if (profile == config::Profile::k2026_9_6) {
    std::string_view name = EnvSecretShorthand(trimmed);
    if (!name.empty()) {
      out->form = SecretForm::kEnvTemplate;
      out->source = "env";
      out->env_name = std::string(name);
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<CredentialValue> FindCredentialValues(const config::ConfigView& c) {
  std::vector<CredentialValue> out;
  std::vector<std::string> keys;
  std::vector<Match> matches;
  for (const Compiled& target : CompiledTargets()) {
    matches.clear();
    Walk(c.root(), target.segments, 0, keys, nullptr, matches);
    for (const Match& m : matches) {
      if (target.pattern == "models.providers.*.headers.*" &&
          !IsSensitiveHeaderName(m.keys.back())) {
        continue;
      }
      CredentialValue v;
      v.value = m.value;
      v.json_path = JsonPathOf(c, m.keys);
      v.written_path = Join(m.keys);
      v.pattern = target.pattern;
      if (!target.ref_sibling.empty() && m.parent) {
        v.ref_sibling = m.parent->Get(target.ref_sibling);
        v.string_or_object = true;
      }
      out.push_back(std::move(v));
    }
  }
  return out;
}

std::vector<MintedValue> FindMintedValues(const config::ConfigView& c) {
  std::vector<MintedValue> out;
  std::vector<std::string> keys;
  std::vector<Match> matches;
  for (const Compiled& minted : CompiledMinted()) {
    matches.clear();
    Walk(c.root(), minted.segments, 0, keys, nullptr, matches);
    for (const Match& m : matches) {
      out.push_back({m.value, Join(m.keys), minted.what});
    }
  }
  return out;
}

Classified Classify(const CredentialValue& v, config::Profile profile) {
  Classified out;
  // A sibling ref (googlechat serviceAccountRef) wins over the value.
  if (v.ref_sibling && CoerceRef(*v.ref_sibling, profile, &out)) return out;
  if (CoerceRef(*v.value, profile, &out)) return out;
  const Value& value = *v.value;
  if (value.is_string()) {
    if (Trim(value.string).empty()) return out;
    // Partially templated: some `${...}` (or, as written, a `$${...}`
    // escape) mixed with literal text.
    const std::string& written = value.Authored();
    out.form = written.find("${") != std::string::npos ? SecretForm::kPartial
                                                       : SecretForm::kPlaintext;
    return out;
  }
  if (v.string_or_object && value.is_object() && !value.members.empty()) {
    out.form = SecretForm::kPlaintext;
  }
  return out;
}

bool IsSensitiveHeaderName(std::string_view name) {
  std::string lower(Trim(name));
  for (char& ch : lower) ch = static_cast<char>(std::tolower(ch));
  if (lower.empty()) return false;
  static constexpr std::string_view kAlways[] = {
      "authorization", "proxy-authorization", "x-api-key",  "api-key",
      "apikey",        "x-auth-token",        "auth-token", "x-access-token",
      "access-token",  "x-secret-key",        "secret-key"};
  for (std::string_view a : kAlways) {
    if (lower == a) return true;
  }
  static constexpr std::string_view kFragments[] = {
      "api-key", "apikey", "token", "secret", "password", "credential"};
  for (std::string_view f : kFragments) {
    if (lower.find(f) != std::string::npos) return true;
  }
  return false;
}

std::string SuggestedEnvName(std::string_view path) {
  if (path == "gateway.auth.token") return "OPENCLAW_GATEWAY_TOKEN";
  if (path == "gateway.auth.password") return "OPENCLAW_GATEWAY_PASSWORD";
  if (path == "hooks.token") return "OPENCLAW_HOOKS_TOKEN";
  static constexpr std::string_view kFiller[] = {
      "channels", "accounts", "models", "providers", "entries", "config",
      "plugins",  "list",     "auth",   "request",   "default"};
  std::string out;
  while (!path.empty()) {
    size_t dot = path.find('.');
    std::string_view part = path.substr(0, dot);
    path.remove_prefix(dot == std::string_view::npos ? path.size() : dot + 1);
    if (std::find(std::begin(kFiller), std::end(kFiller), part) !=
        std::end(kFiller)) {
      continue;
    }
    std::string word;
    for (size_t i = 0; i < part.size(); ++i) {
      const unsigned char ch = static_cast<unsigned char>(part[i]);
      if (std::isupper(ch) && i > 0 &&
          std::islower(static_cast<unsigned char>(part[i - 1]))) {
        word += '_';
      }
      word += std::isalnum(ch) ? static_cast<char>(std::toupper(ch)) : '_';
    }
    if (word.empty()) continue;
    if (!out.empty()) out += '_';
    out += word;
  }
  // Collapse runs of '_' and make it an env SecretRef id.
  std::string collapsed;
  for (char ch : out) {
    if (ch == '_' && (collapsed.empty() || collapsed.back() == '_')) continue;
    collapsed += ch;
  }
  while (!collapsed.empty() && collapsed.back() == '_') collapsed.pop_back();
  if (collapsed.empty() ||
      !std::isupper(static_cast<unsigned char>(collapsed.front()))) {
    collapsed = "OPENCLAW_" + collapsed;
  }
  if (collapsed.size() > 128) collapsed.resize(128);
  while (!collapsed.empty() && collapsed.back() == '_') collapsed.pop_back();
  return collapsed;
}

}  // namespace clawlint::checks::secrets
