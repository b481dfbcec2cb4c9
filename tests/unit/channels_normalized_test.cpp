// The normalized channel config of checks-channels.md §0.1 (seeding, dm.*
// alias promotion, schema defaults) and the §0.4 fallback classes.
#include <re2/re2.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "checks/channels/audit.h"
#include "checks/channels/normalized.h"
#include "config/loader.h"
#include "config/view.h"
#include "tree/memory_tree.h"

namespace {

using namespace clawlint;
using checks::channels::NormalizeChannels;
using config::Profile;
using config::Value;

struct Loaded {
  SourceSet sources;
  config::LoadedConfig config;
  config::ValuePtr channels;
};

std::unique_ptr<Loaded> Normalize(std::string text,
                                  Profile profile = Profile::k2026_4_29) {
  tree::MemoryTree t;
  t.AddFile("openclaw.json", std::move(text));
  auto out = std::make_unique<Loaded>();
  config::LoadOptions options;
  options.profile = profile;
  out->config = config::Load(t, out->sources, "openclaw.json", options);
  REQUIRE_FALSE(out->config.error);
  const config::MemberEntry* m = out->config.root->GetMember("channels");
  REQUIRE(m);
  out->channels = NormalizeChannels(m->value, profile);
  return out;
}

std::string At(const Value* v, std::string_view path) {
  size_t start = 0;
  while (v && start <= path.size()) {
    size_t dot = path.find('.', start);
    if (dot == std::string_view::npos) dot = path.size();
    v = v->Get(path.substr(start, dot - start));
    start = dot + 1;
  }
  if (!v) return "<absent>";
  return v->is_string() ? v->string : "<non-string>";
}

}  // namespace

TEST_CASE("channels: schema defaults on roots and account objects",
          "[channels]") {
  auto l = Normalize(R"({channels: {
    discord: {enabled: true, token: "x", accounts: {default: {}}},
    slack: {accounts: {a: {}}},
    zalo: {botToken: "t"},
    googlechat: {dm: {}},
  }})");
  const Value* c = l->channels.get();
  CHECK(At(c, "discord.groupPolicy") == "allowlist");
  CHECK(At(c, "discord.dmPolicy") == "<absent>");
  CHECK(At(c, "discord.accounts.default.groupPolicy") == "allowlist");
  CHECK(At(c, "slack.groupPolicy") == "allowlist");
  // named account of slack: seeded accounts.default holds nothing to move,
  // and slack accounts get no default
  CHECK(At(c, "slack.accounts.a.groupPolicy") == "<absent>");
  CHECK(At(c, "zalo.groupPolicy") == "<absent>");
  CHECK(At(c, "googlechat.dm.policy") == "pairing");
  // the raw tree is untouched
  CHECK(At(l->config.root.get(), "channels.discord.groupPolicy") == "<absent>");
  // a default points at the object it was added to
  const Value* discord = c->Get("discord");
  CHECK(discord->Get("groupPolicy")->origin.span.begin ==
        discord->origin.span.begin);
}

TEST_CASE("channels: named accounts seed accounts.default (static set)",
          "[channels]") {
  auto l = Normalize(R"({channels: {telegram: {
    enabled: true, botToken: "1:a", dmPolicy: "open", allowFrom: ["1"],
    groupPolicy: "open", groups: {"-1": {}}, defaultAccount: "b",
    accounts: {b: {botToken: "2:b"}},
  }}})");
  const Value* c = l->channels.get();
  CHECK(At(c, "telegram.accounts.default.dmPolicy") == "open");
  CHECK(At(c, "telegram.accounts.default.groupPolicy") == "open");
  CHECK(At(c, "telegram.accounts.default.botToken") == "1:a");
  // root keeps enabled/defaultAccount/groups, gets schema defaults back
  CHECK(At(c, "telegram.defaultAccount") == "b");
  CHECK(c->Get("telegram")->Get("groups"));
  CHECK(At(c, "telegram.dmPolicy") == "pairing");
  CHECK(At(c, "telegram.groupPolicy") == "allowlist");
  CHECK(At(c, "telegram.accounts.b.groupPolicy") == "allowlist");
  // the moved value is the written one (its origin is kept)
  const Value* moved = c->Get("telegram")->Get("accounts")->Get("default");
  const Value* raw = l->config.root->Get("channels")->Get("telegram");
  CHECK(moved->Get("dmPolicy") == raw->Get("dmPolicy"));
}

TEST_CASE("channels: no seeding with a default account in any case",
          "[channels]") {
  auto l = Normalize(R"({channels: {signal: {
    dmPolicy: "open", accounts: {Default: {account: "+1"}},
  }}})");
  CHECK(At(l->channels.get(), "signal.dmPolicy") == "open");
  CHECK(At(l->channels.get(), "signal.accounts.default.dmPolicy") ==
        "<absent>");
}

TEST_CASE("channels: matrix moves only its restricted set", "[channels]") {
  auto l = Normalize(R"({channels: {matrix: {
    homeserver: "https://m", groupPolicy: "open", dm: {policy: "open"},
    accounts: {a: {}},
  }}})");
  const Value* c = l->channels.get();
  CHECK(At(c, "matrix.accounts.default.homeserver") == "https://m");
  CHECK(At(c, "matrix.groupPolicy") == "open");
  CHECK(At(c, "matrix.dm.policy") == "open");
}

TEST_CASE("channels: discord/slack dm.* aliases are promoted", "[channels]") {
  auto l = Normalize(R"({channels: {
    discord: {dm: {policy: "open", allowFrom: ["1"]},
              accounts: {default: {dmPolicy: "open", dm: {policy: "open",
                allowFrom: [" 2 "]}, allowFrom: ["2"]}},
              },
    slack: {allowFrom: ["a"], dm: {allowFrom: ["b"]}},
    googlechat: {dm: {policy: "open"}},
  }})");
  const Value* c = l->channels.get();
  CHECK(At(c, "discord.dmPolicy") == "open");
  CHECK(c->Get("discord")->Get("allowFrom"));
  CHECK_FALSE(c->Get("discord")->Get("dm"));
  // equal copies are dropped, an emptied dm disappears
  CHECK_FALSE(c->Get("discord")->Get("accounts")->Get("default")->Get("dm"));
  // differing lists keep both
  CHECK(c->Get("slack")->Get("dm")->Get("allowFrom"));
  CHECK(At(c, "googlechat.dm.policy") == "open");
  CHECK_FALSE(c->Get("googlechat")->Get("dmPolicy"));
}

TEST_CASE("channels: 9.6 has no migration, only root defaults", "[channels]") {
  auto l = Normalize(R"({channels: {telegram: {
    groupPolicy: "open", accounts: {a: {botToken: "1:b"}},
  }}})",
                     Profile::k2026_9_6);
  const Value* c = l->channels.get();
  CHECK(At(c, "telegram.groupPolicy") == "open");
  CHECK(At(c, "telegram.dmPolicy") == "pairing");
  CHECK(At(c, "telegram.accounts.a.groupPolicy") == "<absent>");
  CHECK_FALSE(c->Get("telegram")->Get("accounts")->Get("default"));
}

TEST_CASE("channels: catalogue and group-policy fallback classes",
          "[channels]") {
  using namespace checks::channels;
  REQUIRE(BundledChannels().size() == 22);
  CHECK(Audited("zalo", Profile::k2026_4_29));
  CHECK_FALSE(Audited("slack", Profile::k2026_4_29));
  CHECK_FALSE(Audited("zalo", Profile::k2026_9_6));
  CHECK_FALSE(FindChannel("defaults"));
  auto l = Normalize(R"({channels: {defaults: {groupPolicy: "disabled"}}})");
  const Value* defaults = l->channels->Get("defaults");
  Value empty;
  empty.kind = config::Kind::kObject;
  CHECK(EffectiveGroupPolicy(*FindChannel("zalo"), empty, nullptr) == "open");
  CHECK(EffectiveGroupPolicy(*FindChannel("zalo"), empty, defaults) ==
        "disabled");
  CHECK(EffectiveGroupPolicy(*FindChannel("feishu"), empty, nullptr) ==
        "allowlist");
  CHECK(EffectiveGroupPolicy(*FindChannel("bluebubbles"), empty, defaults) ==
        "allowlist");
}

TEST_CASE("channels: the audit pass survives odd (schema-invalid) input",
          "[channels]") {
  tree::MemoryTree t;
  t.AddFile("openclaw.json", R"({ channels: {
    discord: { enabled: true, accounts: {
      "a[b": { token: "t", dmPolicy: "open" },
      "x.y": { token: "u", groupPolicy: "open", allowFrom: ["n#1"] },
      "[9]": { token: "v", dmPolicy: "open" } } },
    telegram: { enabled: true, botToken: "1:a",
      allowFrom: [1, null, {}, [], true, "@x"],
      groups: { "-1": { topics: { "2": { allowFrom: ["y"] } } } },
      groupAllowFrom: "*" },
    "synology-chat": { accounts: { b: 3, c: { enabled: false } },
      allowedUserIds: ",,", dmPolicy: 7 },
    irc: { host: "h", nick: "n", nickserv: "x" },
    zalo: { botToken: { source: "env", id: "Z" } },
  } })");
  SourceSet sources;
  config::LoadOptions options;
  const config::LoadedConfig loaded =
      config::Load(t, sources, "openclaw.json", options);
  REQUIRE_FALSE(loaded.error);
  const config::ConfigView view(loaded, Profile::k2026_4_29);
  checks::channels::ChannelPass pass;
  REQUIRE_NOTHROW(pass = checks::channels::RunChannelPass(view));
  std::vector<std::string> ids;
  for (const auto& e : pass.events) {
    ids.push_back(e.check_id);
    CHECK(e.at != nullptr);
  }
  // The discord account "x.y" is group-open and lists a tag.
  CHECK(std::find(ids.begin(), ids.end(),
                  "channels.discord.allowFrom.name_based_entries") !=
        ids.end());
  // Zalo with a SecretRef token is configured and group-open by fallback.
  bool zalo_warning = false;
  for (const std::string& id : ids)
    zalo_warning |= id.starts_with("channels.zalo.warning.");
  CHECK(zalo_warning);
  // 9.6 audits no channel.
  const config::ConfigView v96(loaded, Profile::k2026_9_6);
  CHECK(checks::channels::RunChannelPass(v96).events.empty());
}

// The reference's summary line "groups: open=N, allowlist=M" counts the
// top-level channel group policies after normalization: check our view
// against every recorded channel case of the corpus.
TEST_CASE("channels: normalized group policies match the recorded summaries",
          "[channels]") {
  namespace fs = std::filesystem;
  const fs::path corpus = fs::path(CLAWLINT_SOURCE_DIR) / "tests/conformance";
  static const RE2 kLine(R"(groups: open=(\d+), allowlist=(\d+))");
  size_t compared = 0;
  std::vector<std::string> mismatches;
  for (const auto& dir : fs::directory_iterator(corpus)) {
    if (!dir.path().filename().string().starts_with("channels-")) continue;
    for (const auto& file : fs::directory_iterator(dir.path())) {
      if (file.path().extension() != ".json5") continue;
      for (Profile profile : {Profile::k2026_4_29, Profile::k2026_9_6}) {
        fs::path record = file.path();
        record.replace_extension(
            "." + std::string(config::ProfileName(profile)) + ".json");
        std::ifstream in(record);
        std::stringstream text;
        text << in.rdbuf();
        const auto doc = nlohmann::json::parse(text.str(), nullptr, false);
        if (doc.is_discarded() || !doc.contains("findings")) continue;
        std::string detail;
        for (const auto& f : doc["findings"]) {
          if (f["checkId"] == "summary.attack_surface") detail = f["detail"];
        }
        int open = 0, allowlist = 0;
        if (!RE2::PartialMatch(detail, kLine, &open, &allowlist)) continue;
        std::ifstream cfg(file.path());
        std::stringstream cfg_text;
        cfg_text << cfg.rdbuf();
        tree::MemoryTree t;
        t.AddFile("openclaw.json", cfg_text.str());
        SourceSet sources;
        config::LoadOptions options;
        options.profile = profile;
        const auto loaded = config::Load(t, sources, "openclaw.json", options);
        if (loaded.error) continue;
        const auto* m = loaded.root->GetMember("channels");
        if (!m) continue;
        const auto channels = NormalizeChannels(m->value, profile);
        int our_open = 0, our_allowlist = 0;
        for (const auto& ch : channels->members) {
          const Value* p = ch.value->Get("groupPolicy");
          if (!p || !p->is_string()) continue;
          our_open += p->string == "open";
          our_allowlist += p->string == "allowlist";
        }
        if (our_open != open || our_allowlist != allowlist) {
          mismatches.push_back(file.path().filename().string() + " " +
                               std::string(config::ProfileName(profile)) +
                               ": reference " + std::to_string(open) + "/" +
                               std::to_string(allowlist) + ", ours " +
                               std::to_string(our_open) + "/" +
                               std::to_string(our_allowlist));
        }
        ++compared;
      }
    }
  }
  std::cout << "channels: summary group counts compared on " << compared
            << " records\n";
  for (const std::string& m : mismatches) std::cout << "  " << m << '\n';
  CHECK(mismatches.empty());
  CHECK(compared > 100);
}
