// The credential surface and the secrets.* checks on in-memory trees: value
// classification, the header filter, env names, locations inside includes,
// opt-in env checking and committed state files.
#include <catch2/catch.hpp>
#include <set>

#include "checks/secrets/surface.h"
#include "driver.h"
#include "tree/memory_tree.h"

namespace {

using namespace clawlint;

Report LintTree(const tree::MemoryTree& t, LintOptions options = {}) {
  Report report;
  std::vector<std::string> roots, notes;
  std::string error;
  REQUIRE(FindConfigRoots(t, {}, &roots, &notes, &error));
  Lint(t, roots, options, &report);
  return report;
}

std::vector<const Finding*> Only(const Report& r, std::string_view id) {
  std::vector<const Finding*> out;
  for (const Finding& f : r.findings) {
    if (f.check_id == id) out.push_back(&f);
  }
  return out;
}

}  // namespace

TEST_CASE("secrets: the header filter of models.providers.*.headers.*",
          "[secrets]") {
  using checks::secrets::IsSensitiveHeaderName;
  for (const char* yes : {"Authorization", "proxy-authorization", "X-API-Key",
                          "apikey", "X-Session-Token", "my-secret",
                          "X-Password", "Credential-Id", "x-access-token"}) {
    INFO(yes);
    CHECK(IsSensitiveHeaderName(yes));
  }
  for (const char* no : {"X-Trace", "User-Agent", "Accept", "", "X-Org"}) {
    INFO(no);
    CHECK_FALSE(IsSensitiveHeaderName(no));
  }
}

TEST_CASE("secrets: suggested env names are valid env SecretRef ids",
          "[secrets]") {
  using checks::secrets::SuggestedEnvName;
  CHECK(SuggestedEnvName("gateway.auth.token") == "OPENCLAW_GATEWAY_TOKEN");
  CHECK(SuggestedEnvName("channels.telegram.botToken") == "TELEGRAM_BOT_TOKEN");
  CHECK(SuggestedEnvName("channels.telegram.accounts.work.botToken") ==
        "TELEGRAM_WORK_BOT_TOKEN");
  CHECK(SuggestedEnvName("models.providers.openai.apiKey") == "OPENAI_API_KEY");
  CHECK(
      SuggestedEnvName("plugins.entries.voice-call.config.twilio.authToken") ==
      "VOICE_CALL_TWILIO_AUTH_TOKEN");
  CHECK(SuggestedEnvName("agents.list.0.memorySearch.remote.apiKey") ==
        "AGENTS_0_MEMORY_SEARCH_REMOTE_API_KEY");
  CHECK(SuggestedEnvName("models.providers.9x.apiKey") ==
        "OPENCLAW_9X_API_KEY");
}

TEST_CASE("secrets: plaintext, templates and refs are told apart",
          "[secrets]") {
  tree::MemoryTree t;
  t.AddFile("openclaw.json", R"({
  skills: { entries: {
    a: { apiKey: "literal-value-123" },
    b: { apiKey: "${B_KEY}" },
    c: { apiKey: "pre-${C_KEY}" },
    d: { apiKey: { source: "env", provider: "default", id: "D_KEY" } },
    e: { apiKey: "  " },
    f: { apiKey: "$${F_KEY}" },
  } },
})");
  Report r = LintTree(t);
  auto plain = Only(r, "secrets.plaintext_credential");
  REQUIRE(plain.size() == 2);
  CHECK(plain[0]->config_path == "skills.entries.a.apiKey");
  CHECK(plain[0]->severity == Severity::kCritical);
  CHECK(plain[0]->detail.find("length 17, starts \"lit") != std::string::npos);
  CHECK(plain[0]->detail.find("literal-value") == std::string::npos);
  CHECK(plain[0]->remediation.find("${ENTRIES_A_API_KEY}") ==
        std::string::npos);  // "entries" is filler
  CHECK(plain[0]->remediation.find("${SKILLS_A_API_KEY}") != std::string::npos);
  CHECK(plain[0]->suggested_env == "SKILLS_A_API_KEY");
  CHECK(plain[1]->config_path == "skills.entries.c.apiKey");
  CHECK(plain[1]->severity == Severity::kWarn);
  CHECK(plain[1]->detail.find("mixes literal text") != std::string::npos);
  // env checking is opt-in.
  CHECK(Only(r, "secrets.env_ref_unresolved").empty());

  LintOptions with_env;
  with_env.opt_in = {"secrets.env_ref_unresolved"};
  with_env.env = {{"B_KEY", "from-env-value"}};
  Report r2 = LintTree(t, with_env);
  std::set<std::string> unresolved;
  for (const Finding* f : Only(r2, "secrets.env_ref_unresolved"))
    unresolved.insert(f->config_path);
  CHECK(unresolved == std::set<std::string>{"skills.entries.d.apiKey",
                                            "skills.entries.f.apiKey"});
  // A template whose variable is given is judged as written: not plaintext.
  CHECK(Only(r2, "secrets.plaintext_credential").size() == 2);
}

TEST_CASE(
    "secrets: findings point into include files and channel fields are read "
    "as accounts.default when named accounts exist",
    "[secrets]") {
  tree::MemoryTree t;
  t.AddFile("openclaw.json", "{ $include: './ch.json5' }\n");
  t.AddFile("ch.json5",
            "{ channels: { telegram: { enabled: true,\n"
            "  botToken: 'tok-top-1234567',\n"
            "  accounts: { work: { botToken: 'tok-work-1234567' } } } } }\n");
  Report r = LintTree(t);
  auto plain = Only(r, "secrets.plaintext_credential");
  REQUIRE(plain.size() == 2);
  std::set<std::string> paths;
  for (const Finding* f : plain) {
    paths.insert(f->config_path);
    CHECK(r.sources.Get(f->span.file).path == "ch.json5");
    CHECK(f->include_chain.size() == 1);
  }
  CHECK(paths ==
        std::set<std::string>{"channels.telegram.accounts.default.botToken",
                              "channels.telegram.accounts.work.botToken"});
}

TEST_CASE("secrets: minted secrets are flagged unless templated", "[secrets]") {
  tree::MemoryTree t;
  t.AddFile("openclaw.json",
            "{ hooks: { enabled: true, token: 'hk-abcdefghijklmnop' },\n"
            "  commands: { ownerDisplaySecret: '${OWNER_SECRET}' } }\n");
  Report r = LintTree(t);
  auto minted = Only(r, "secrets.minted_secret_in_config");
  REQUIRE(minted.size() == 1);
  CHECK(minted[0]->config_path == "hooks.token");
  CHECK(minted[0]->remediation.find("${OPENCLAW_HOOKS_TOKEN}") !=
        std::string::npos);
}

TEST_CASE("secrets: committed state files are found from the tree listing",
          "[secrets]") {
  tree::MemoryTree t;
  t.AddFile("deploy/openclaw.json", "{}\n");
  t.AddFile("deploy/credentials/oauth.json", "{}\n");
  t.AddFile("deploy/credentials/whatsapp/default/creds.json", "{}\n");
  t.AddFile("deploy/agents/main/agent/auth-profiles.json", "{}\n");
  t.AddFile("deploy/openclaw.json.bak.2", "{}\n");
  t.AddFile("deploy/openclaw.json.clobbered.1700000000", "{}\n");
  t.AddFile("other/.env", "X=1\n");
  t.AddFile("other/.env.example", "X=\n");
  t.AddFile("docs/credentials.md", "no\n");
  Report r = LintTree(t);
  std::set<std::string> files;
  for (const Finding* f : Only(r, "secrets.state_file_committed")) {
    files.insert(f->root_path);
    CHECK(f->severity == Severity::kCritical);
  }
  CHECK(files ==
        std::set<std::string>{"deploy/agents/main/agent/auth-profiles.json",
                              "deploy/credentials/oauth.json",
                              "deploy/credentials/whatsapp/default/creds.json",
                              "deploy/openclaw.json.bak.2",
                              "deploy/openclaw.json.clobbered.1700000000",
                              "other/.env"});
  // Scoped to the paths given.
  LintOptions scoped;
  scoped.tree_paths = {"other"};
  Report r2;
  Lint(t, {"deploy/openclaw.json"}, scoped, &r2);
  auto only_other = Only(r2, "secrets.state_file_committed");
  REQUIRE(only_other.size() == 1);
  CHECK(only_other[0]->root_path == "other/.env");
}
