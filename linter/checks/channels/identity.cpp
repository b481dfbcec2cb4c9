#include "checks/channels/identity.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <array>
#include <memory>
#include <vector>

#include "config/js_string.h"

namespace clawlint::checks::channels {

namespace {

// How the patterns decide once the prefixes are stripped.
enum class Mode {
  kStableIfAny,   // stable when a pattern matches, else bad
  kMutableIfAny,  // mutable when a pattern matches, else stable
};

struct RuleData {
  IdentityRule rule;
  // Matched against the trimmed entry before stripping: stable if any.
  std::vector<std::string_view> stable_before;
  // Anchored prefixes removed in order (each at most once), then re-trimmed.
  std::vector<std::string_view> strip;
  bool empty_ignored;  // nothing left after stripping -> kIgnored
  Mode mode;
  std::vector<std::string_view> patterns;
};

const std::vector<RuleData>& Data() {
  static const std::vector<RuleData> data = {
      {{"discord", true, "mutable",
        "allowFrom, dm.allowFrom, guilds.*.users, guilds.*.channels.*.users",
        "stable: a numeric id, optionally as a mention `<@id>`/`<@!id>`, or "
        "a case-sensitive `discord:`/`user:`/`pk:` prefix followed by "
        "something; anything else (names, `name#1234`, `<@&role>`) is "
        "mutable"},
       {},
       {},
       false,
       Mode::kStableIfAny,
       {R"(^(?:<@!?)?[0-9]+>?$)", R"(^(?:discord|user|pk):.+$)"}},
      {{"telegram", true, "invalid",
        "allowFrom, groupAllowFrom, groups.*.allowFrom, "
        "groups.*.topics.*.allowFrom",
        "after removing a `telegram:`/`tg:` prefix (any case): digits only; "
        "`@user`, names and negative chat ids are invalid; a bare prefix is "
        "ignored"},
       {},
       {R"((?i)^(?:telegram|tg):)"},
       true,  // a bare "tg:" is not reported [oracle]
       Mode::kStableIfAny,
       {R"(^[0-9]+$)"}},
      {{"zalouser", true, "mutable", "keys of groups",
        "after removing `zalouser:`/`zlu:` then `group:` (any case): digits "
        "or `g-<id>`; empty is ignored"},
       {},
       {R"((?i)^(?:zalouser|zlu):)", R"((?i)^group:)"},
       true,
       Mode::kStableIfAny,
       {R"(^[0-9]+$)", R"((?i)^g-\S+$)"}},
      {{"slack", false, "mutable", "allowFrom, dm.allowFrom, channels.*.users",
        "stable: `<@ID>` with 8+ alphanumerics, or after removing "
        "`slack:`/`user:` a Slack id (`U…`, `W…`, `B…`: upper-case letter "
        "and 2+ upper-case alphanumerics) or 8+ alphanumerics"},
       {R"((?i)^<@[a-z0-9]{8,}>$)"},
       {R"((?i)^(?:slack|user):)"},
       false,
       Mode::kStableIfAny,
       {R"(^[UWBCGDT][A-Z0-9]{2,}$)", R"((?i)^[a-z0-9]{8,}$)"}},
      {{"googlechat", false, "mutable",
        "groupAllowFrom, dm.allowFrom, groups.*.users",
        "after removing `googlechat:`/`google-chat:`/`gchat:` and "
        "`users/`: mutable iff it is an e-mail address (contains `@`)"},
       {},
       {R"((?i)^(?:googlechat|google-chat|gchat):)", R"((?i)^users/)"},
       true,
       Mode::kMutableIfAny,
       {R"(@)"}},
      {{"msteams", false, "mutable", "allowFrom, groupAllowFrom",
        "after removing `msteams:`/`user:`: mutable iff it contains "
        "whitespace or `@` (display names, UPNs)"},
       {},
       {R"((?i)^(?:msteams|user):)"},
       false,
       Mode::kMutableIfAny,
       {R"(\s)", R"(@)"}},
      {{"irc", false, "mutable",
        "allowFrom, groupAllowFrom, groups.*.allowFrom",
        "after removing `irc:` then `user:`: `nick!user@host` masks (with "
        "`!` or `@`) are stable, bare nicks are mutable"},
       {},
       {R"((?i)^irc:)", R"((?i)^user:)"},
       false,
       Mode::kStableIfAny,
       {R"([!@])"}},
      {{"mattermost", false, "mutable", "allowFrom, groupAllowFrom",
        "after removing `mattermost:`/`user:` and one `@`: a 26-character "
        "alphanumeric user id (any case)"},
       {},
       {R"((?i)^(?:mattermost|user):)", R"(^@)"},
       false,
       Mode::kStableIfAny,
       {R"((?i)^[a-z0-9]{26}$)"}},
  };
  return data;
}

// A rule's compiled form, built once.
struct Compiled {
  std::unique_ptr<RE2::Set> before;  // nullptr when none
  std::vector<std::unique_ptr<RE2>> strip;
  std::unique_ptr<RE2::Set> patterns;
};

std::unique_ptr<RE2::Set> MakeSet(const std::vector<std::string_view>& ps) {
  if (ps.empty()) return nullptr;
  RE2::Options options;
  options.set_dot_nl(true);
  auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (std::string_view p : ps) set->Add(p, nullptr);
  set->Compile();
  return set;
}

const std::vector<Compiled>& CompiledRules() {
  static const std::vector<Compiled> compiled = [] {
    std::vector<Compiled> out;
    for (const RuleData& d : Data()) {
      Compiled c;
      c.before = MakeSet(d.stable_before);
      for (std::string_view p : d.strip) {
        RE2::Options options;
        options.set_dot_nl(true);
        c.strip.push_back(std::make_unique<RE2>(p, options));
      }
      c.patterns = MakeSet(d.patterns);
      out.push_back(std::move(c));
    }
    return out;
  }();
  return compiled;
}

bool AnyMatch(const RE2::Set* set, std::string_view s) {
  return set && set->Match(re2::StringPiece(s.data(), s.size()), nullptr);
}

}  // namespace

std::span<const IdentityRule> IdentityRules() {
  static const std::vector<IdentityRule> rules = [] {
    std::vector<IdentityRule> out;
    for (const RuleData& d : Data()) out.push_back(d.rule);
    return out;
  }();
  return rules;
}

const IdentityRule* FindIdentityRule(std::string_view channel) {
  for (const IdentityRule& r : IdentityRules()) {
    if (r.channel == channel) return &r;
  }
  return nullptr;
}

Identity ClassifyIdentity(std::string_view channel, std::string_view entry) {
  const std::vector<RuleData>& data = Data();
  size_t index = 0;
  while (index < data.size() && data[index].rule.channel != channel) ++index;
  if (index == data.size()) return Identity::kIgnored;
  const RuleData& d = data[index];
  const Compiled& c = CompiledRules()[index];
  std::string_view s = config::JsTrim(entry);
  if (s.empty() || s == "*") return Identity::kIgnored;
  if (AnyMatch(c.before.get(), s)) return Identity::kStable;
  for (const auto& re : c.strip) {
    re2::StringPiece rest(s.data(), s.size());
    if (RE2::Consume(&rest, *re)) {
      s = config::JsTrim(std::string_view(rest.data(), rest.size()));
    }
  }
  if (s.empty() && d.empty_ignored) return Identity::kIgnored;
  const bool match = AnyMatch(c.patterns.get(), s);
  if (d.mode == Mode::kStableIfAny) {
    return match ? Identity::kStable : Identity::kMutable;
  }
  return match ? Identity::kMutable : Identity::kStable;
}

std::string IdentityRulesMarkdown(bool audit_only) {
  std::string out = "| channel | lists | rule |\n|---|---|---|\n";
  for (const IdentityRule& r : IdentityRules()) {
    if (audit_only != r.audit) continue;
    out += "| " + std::string(r.channel) + " | " + std::string(r.lists) +
           " | " + std::string(r.description) + " |\n";
  }
  return out;
}

std::string IdentityDocsFor(std::string_view check_id) {
  std::string channel;
  if (check_id == "channels.discord.allowFrom.name_based_entries") {
    channel = "discord";
  } else if (check_id == "channels.telegram.allowFrom.invalid_entries") {
    channel = "telegram";
  } else if (check_id == "clawlint.allowlist.mutable_identity") {
    return "\n## Identity rules (from the rule table)\n" +
           IdentityRulesMarkdown(/*audit_only=*/false);
  } else {
    return "";
  }
  const IdentityRule* r = FindIdentityRule(channel);
  return "\n## Identity rule (from the rule table)\n" +
         std::string(r->channel) + " (" + std::string(r->lists) +
         "): " + std::string(r->description) + ".\n";
}

}  // namespace clawlint::checks::channels
