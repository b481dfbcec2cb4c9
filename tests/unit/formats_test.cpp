// Report writers: exact text layout, the JSON contract, and that no secret
// value ever reaches a report.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "driver.h"
#include "formats/json.h"
#include "formats/text.h"
#include "tree/memory_tree.h"

namespace {

using namespace clawlint;

Report LintTree(const tree::MemoryTree& t,
                config::Profile profile = config::Profile::k2026_4_29,
                config::EnvMap env = {}) {
  Report report;
  std::vector<std::string> roots, notes;
  std::string error;
  REQUIRE(FindConfigRoots(t, {}, &roots, &report.notes, &error));
  Lint(t, roots, {profile, std::move(env), ""}, &report);
  return report;
}

tree::MemoryTree IncludedConfig() {
  tree::MemoryTree t;
  t.AddFile("openclaw.json",
            "{\n  \"$include\": \"./gw.json5\",\n  logging: { redactSensitive: "
            "\"off\" },\n}\n");
  // rateLimit: {} keeps gateway.auth_no_rate_limit quiet: one finding here.
  t.AddFile("gw.json5",
            "{\n  gateway: { bind: \"lan\", auth: { rateLimit: {} } },\n}\n");
  return t;
}

}  // namespace

TEST_CASE("formats: text lists findings per file with include chains",
          "[formats]") {
  Report report = LintTree(IncludedConfig());
  std::ostringstream out;
  formats::WriteText(report, out, /*color=*/false);
  const std::string expected =
      "gw.json5:2:20: critical: Gateway binds beyond loopback without auth "
      "[gateway.bind_no_auth]\n"
      "    gateway.bind=\"lan\" but no gateway.auth token/password is "
      "configured.\n"
      "    included from openclaw.json:2:15\n"
      "    help: Set gateway.auth (token recommended) or bind to loopback.\n"
      "    fix (unsafe): Bind the gateway to loopback\n"
      "\n"
      "openclaw.json:1:1: info: Attack surface summary "
      "[summary.attack_surface]\n";
  CHECK(out.str().substr(0, expected.size()) == expected);
  CHECK(out.str().find("openclaw.json:3:31: warn: ") != std::string::npos);
  CHECK(out.str().ends_with(
      "\n3 findings (1 critical, 1 warn, 1 info) in 1 config root; memory, "
      "profile 2026.4.29\n"));
}

TEST_CASE("formats: json report is versioned and located", "[formats]") {
  Report report = LintTree(IncludedConfig());
  std::ostringstream out;
  formats::WriteJson(report, out);
  auto doc = nlohmann::json::parse(out.str());
  CHECK(doc["version"] == 1);
  CHECK(doc["profile"] == "2026.4.29");
  CHECK(doc["summary"]["critical"] == 1);
  CHECK(doc["summary"]["total"] == 3);
  const auto& first = doc["findings"][0];
  CHECK(first["checkId"] == "gateway.bind_no_auth");
  CHECK(first["location"]["path"] == "gw.json5");
  CHECK(first["location"]["line"] == 2);
  CHECK(first["location"]["column"] == 20);
  CHECK(first["location"]["endColumn"] == 25);
  CHECK(first["configPath"] == "gateway.bind");
  CHECK(first["includeChain"][0]["path"] == "openclaw.json");
  CHECK(first["includeChain"][0]["line"] == 2);
  CHECK(first["fingerprint"].get<std::string>().size() == 16);
}

TEST_CASE("formats: fingerprints survive edits that move lines", "[formats]") {
  tree::MemoryTree before, after;
  before.AddFile("openclaw.json", "{ logging: { redactSensitive: 'off' } }");
  after.AddFile("openclaw.json",
                "{\n\n  // moved\n  logging: {\n redactSensitive: 'off' } }");
  auto fingerprint = [](const tree::MemoryTree& t) {
    Report r = LintTree(t);
    std::ostringstream out;
    formats::WriteJson(r, out);
    const auto doc = nlohmann::json::parse(out.str());
    for (const auto& f : doc["findings"]) {
      if (f["checkId"] == "logging.redact_off") return f["fingerprint"];
    }
    return nlohmann::json();
  };
  CHECK(fingerprint(before) == fingerprint(after));
  CHECK_FALSE(fingerprint(before).is_null());
}

TEST_CASE("formats: no secret value appears in any output", "[formats]") {
  const std::vector<std::string> secrets = {"Sup3rSecretGatewayPassword",
                                            "hk-0123", "gw-tok-short",
                                            "ValueFromEnvironment99"};
  tree::MemoryTree t;
  t.AddFile("openclaw.json", R"({
    gateway: { bind: "lan", auth: { mode: "token", token: "gw-tok-short",
                                    password: "Sup3rSecretGatewayPassword" } },
    hooks: { enabled: true, token: "hk-0123" },
    logging: { redactSensitive: "off" },
  })");
  t.AddFile(
      "other/openclaw.json",
      R"({ gateway: { auth: { password: { source: "env", provider: "default", id: "PW" } } } })");
  for (auto profile :
       {config::Profile::k2026_4_29, config::Profile::k2026_9_6}) {
    Report report = LintTree(t, profile, {{"PW", "ValueFromEnvironment99"}});
    REQUIRE(report.findings.size() >= 5);
    std::ostringstream text, json;
    formats::WriteText(report, text, false);
    formats::WriteJson(report, json);
    for (const std::string& secret : secrets) {
      INFO(secret);
      CHECK(text.str().find(secret) == std::string::npos);
      CHECK(json.str().find(secret) == std::string::npos);
    }
  }
}
