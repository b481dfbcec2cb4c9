// Suppressions, .clawlint.yml, --trusted-ignores and baselines end to end, on
// real repositories made with `git`.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/temp_repo.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

using Result = clawlint::testing::RunResult;
std::string Slurp(const fs::path& p) { return clawlint::testing::SlurpFile(p); }

// The shared test repository, with a fixed "today" for expiry dates.
class TempRepo : public clawlint::testing::TempRepo {
 public:
  void Commit() const {
    Git("add -A");
    Git("commit -q -m c");
  }
  Result Run(const std::string& args,
             const std::string& env = "CLAWLINT_TODAY=2026-06-01") const {
    return clawlint::testing::TempRepo::Run(args, env);
  }
  json Json(const std::string& args) const {
    Result r = Run("--format json " + args);
    INFO(r.err);
    return json::parse(r.out);
  }
};

// logging.redact_off (warn) on line 3.
std::string Config(const std::string& comment_above,
                   const std::string& trailing = "") {
  return "{ gateway: { trustedProxies: ['127.0.0.1'], auth: { token: "
         "'${OPENCLAW_GATEWAY_TOKEN}' } },\n" +
         (comment_above.empty() ? std::string("  // nothing\n")
                                : "  " + comment_above + "\n") +
         "  logging: { redactSensitive: 'off' }," + trailing + "\n}\n";
}

std::vector<std::string> Ids(const json& list) {
  std::vector<std::string> out;
  for (const auto& f : list) out.push_back(f["checkId"]);
  return out;
}

bool Has(const json& list, const std::string& id) {
  for (const auto& f : list) {
    if (f["checkId"] == id) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("suppress: an inline comment with a reason moves the finding",
          "[ignores][cli]") {
  TempRepo repo;
  repo.Write("openclaw.json",
             Config("// clawlint: ignore[logging.redact_off] test fixture"));
  json doc = repo.Json("");
  CHECK_FALSE(Has(doc["findings"], "logging.redact_off"));
  REQUIRE(doc["suppressed"].size() == 1);
  const json& s = doc["suppressed"][0];
  CHECK(s["checkId"] == "logging.redact_off");
  CHECK(s["state"] == "suppressed");
  CHECK(s["suppression"]["kind"] == "inline");
  CHECK(s["suppression"]["reason"] == "test fixture");
  CHECK(s["suppression"]["source"] == "openclaw.json:2");
  CHECK(doc["summary"]["suppressed"] == 1);
  Result text = repo.Run("");
  CHECK(text.exit_code == 0);
  CHECK(text.out.find("; 1 suppressed\n") != std::string::npos);

  // A trailing comment on the line works too.
  repo.Write("openclaw.json",
             Config("", " // clawlint: ignore[logging.redact_off] trailing"));
  CHECK(repo.Run("").exit_code == 0);

  // --no-ignores shows everything.
  json all = repo.Json("--no-ignores");
  CHECK(Has(all["findings"], "logging.redact_off"));
  CHECK(all["suppressed"].empty());
  CHECK(repo.Run("--no-ignores").exit_code == 1);
}

TEST_CASE("suppress: formats keep or drop suppressed findings",
          "[ignores][cli]") {
  TempRepo repo;
  repo.Write("openclaw.json",
             Config("// clawlint: ignore[logging.redact_off] test fixture"));
  Result sarif = repo.Run("--format sarif");
  json s = json::parse(sarif.out);
  for (const auto& r : s["runs"][0]["results"]) {
    CHECK(r["ruleId"] != "logging.redact_off");
  }
  json kept =
      json::parse(repo.Run("--format sarif --sarif-include-suppressed").out);
  bool found = false;
  for (const auto& r : kept["runs"][0]["results"]) {
    if (r["ruleId"] == "logging.redact_off") {
      found = true;
      CHECK(r["suppressions"][0]["kind"] == "inSource");
      CHECK(r["suppressions"][0]["justification"] == "test fixture");
    }
  }
  CHECK(found);
  Result junit = repo.Run("--format junit");
  CHECK(junit.out.find("<skipped message=\"suppressed: test fixture\"") !=
        std::string::npos);
  // openclaw-json shows only the reference's own suppressedFindings.
  Result oc = repo.Run("--format openclaw-json");
  CHECK(oc.out.find("suppressedFindings") == std::string::npos);
  CHECK(oc.out.find("logging.redact_off") == std::string::npos);
}

TEST_CASE("suppress: missing reason, expiry and unused are reported",
          "[ignores][cli]") {
  TempRepo repo;
  repo.Write("openclaw.json",
             Config("// clawlint: ignore[logging.redact_off]"));
  json doc = repo.Json("");
  CHECK(Has(doc["findings"], "logging.redact_off"));  // not applied
  CHECK(Has(doc["findings"], "clawlint.suppression.missing_reason"));

  repo.Write(
      "openclaw.json",
      Config("// clawlint: ignore[logging.redact_off] r until=2026-05-31"));
  doc = repo.Json("");
  CHECK(Has(doc["findings"], "logging.redact_off"));
  CHECK(Has(doc["findings"], "clawlint.suppression.expired"));
  // The last valid day still applies.
  doc = json::parse(repo.Run("--format json", "CLAWLINT_TODAY=2026-05-31").out);
  CHECK_FALSE(Has(doc["findings"], "logging.redact_off"));
  CHECK_FALSE(Has(doc["findings"], "clawlint.suppression.expired"));

  repo.Write("openclaw.json",
             Config("// clawlint: ignore[hooks.token_too_short] stale"));
  doc = repo.Json("");
  CHECK(Has(doc["findings"], "logging.redact_off"));
  REQUIRE(Has(doc["findings"], "clawlint.suppression.unused"));
  for (const auto& f : doc["findings"]) {
    if (f["checkId"] == "clawlint.suppression.unused") {
      CHECK(f["severity"] == "info");
      CHECK(f["location"]["line"] == 2);
    }
  }
}

TEST_CASE("config: .clawlint.yml overrides, ignores and errors",
          "[ignores][cli]") {
  TempRepo repo;
  repo.Write("openclaw.json", Config(""));
  repo.Write(".clawlint.yml",
             "checks:\n  logging.redact_off: { severity: critical }\n");
  json doc = repo.Json("");
  for (const auto& f : doc["findings"]) {
    if (f["checkId"] == "logging.redact_off")
      CHECK(f["severity"] == "critical");
  }
  repo.Write(
      ".clawlint.yml",
      "fail-on: critical\nchecks:\n  logging.redact_off: { enabled: false }\n");
  doc = repo.Json("");
  CHECK_FALSE(Has(doc["findings"], "logging.redact_off"));
  CHECK(repo.Run("").exit_code == 0);
  // Command line wins over the file.
  repo.Write(".clawlint.yml", "fail-on: critical\n");
  CHECK(repo.Run("").exit_code == 0);
  CHECK(repo.Run("--fail-on warn").exit_code == 1);

  repo.Write(".clawlint.yml",
             "ignore:\n  - path: '*.json'\n    checks: [logging.redact_off]\n"
             "    reason: demo config\n");
  doc = repo.Json("");
  CHECK_FALSE(Has(doc["findings"], "logging.redact_off"));
  REQUIRE(doc["suppressed"].size() == 1);
  CHECK(doc["suppressed"][0]["suppression"]["kind"] == "config");
  CHECK(doc["suppressed"][0]["suppression"]["source"] == ".clawlint.yml:2");

  repo.Write(".clawlint.yml",
             "ignore:\n  - path: 'nothing/**'\n    reason: stale\n"
             "  - path: '*.json'\n    checks: [logging.redact_off]\n");
  doc = repo.Json("");
  CHECK(Has(doc["findings"], "logging.redact_off"));
  CHECK(Has(doc["findings"], "clawlint.suppression.missing_reason"));
  for (const auto& f : doc["findings"]) {
    if (f["checkId"] == "clawlint.suppression.unused") {
      CHECK(f["location"]["path"] == ".clawlint.yml");
      CHECK(f["location"]["line"] == 2);
    }
  }

  repo.Write(".clawlint.yml", "profile: 2026.4.29\nfail_on: warn\n");
  Result bad = repo.Run("");
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.starts_with("clawlint: error: .clawlint.yml:2:1: unknown key"));
  CHECK(std::count(bad.err.begin(), bad.err.end(), '\n') == 1);

  repo.Write(".clawlint.yml",
             "profile: 2026.9.6\nenv: { SECRET_X: hunter22 }\n");
  Result dump = repo.Run("--dump-config --fail-on critical");
  CHECK(dump.exit_code == 0);
  CHECK(dump.out.find("profile: 2026.9.6") != std::string::npos);
  CHECK(dump.out.find("fail-on: critical") != std::string::npos);
  CHECK(dump.out.find("hunter22") == std::string::npos);
}

TEST_CASE("config: --trusted-ignores honours only suppressions at REV",
          "[ignores][cli]") {
  TempRepo repo;
  repo.Write("openclaw.json",
             Config("// clawlint: ignore[logging.redact_off] accepted risk"));
  repo.Commit();
  repo.Git("branch base");
  // Same suppression: honoured.
  CHECK(repo.Run("--trusted-ignores base").exit_code == 0);
  // A pull request changes the reason / adds its own: not honoured.
  repo.Write("openclaw.json",
             Config("// clawlint: ignore[logging.redact_off] trust me"));
  json doc = repo.Json("--trusted-ignores base");
  CHECK(Has(doc["findings"], "logging.redact_off"));
  CHECK(Has(doc["findings"], "clawlint.suppression.untrusted"));
  CHECK(repo.Run("").exit_code == 0);  // without the option it applies
  repo.Write(".clawlint.yml",
             "ignore:\n  - path: '**'\n    reason: everything\n");
  CHECK(repo.Run("--trusted-ignores base").exit_code == 1);
  CHECK(repo.Run("--trusted-ignores no-such-rev").exit_code == 2);
}

TEST_CASE("baseline: write, survive moves, report new, prune",
          "[ignores][cli]") {
  TempRepo repo;
  repo.Write("openclaw.json", Config(""));
  Result w = repo.Run("baseline write base.json");
  REQUIRE(w.exit_code == 0);
  json base = json::parse(Slurp(repo.dir() / "base.json"));
  CHECK(Ids(base["findings"]).size() >= 1);
  CHECK(repo.Run("--baseline base.json").exit_code == 0);

  // Moving lines and editing unrelated parts: still baselined.
  repo.Write(
      "openclaw.json",
      "// a new header comment\n\n{\n  meta: { lastTouchedVersion: '1' },\n"
      "  logging: { redactSensitive: 'off' },\n"
      "  gateway: { trustedProxies: ['127.0.0.1', '10.0.0.1'], auth: "
      "{ token: '${OPENCLAW_GATEWAY_TOKEN}' } },\n}\n");
  json doc = repo.Json("--baseline base.json");
  CHECK_FALSE(Has(doc["findings"], "logging.redact_off"));
  bool baselined = false;
  for (const auto& s : doc["suppressed"]) {
    if (s["checkId"] == "logging.redact_off") {
      baselined = s["state"] == "baselined";
    }
  }
  CHECK(baselined);
  CHECK(repo.Run("--format junit --baseline base.json")
            .out.find("<skipped message=\"baselined: baseline\"") !=
        std::string::npos);
  json sarif = json::parse(repo.Run("--format sarif --baseline base.json").out);
  for (const auto& r : sarif["runs"][0]["results"]) {
    CHECK(r["ruleId"] != "logging.redact_off");
  }

  // A new finding is reported.
  repo.Write("openclaw.json",
             "{ gateway: { bind: 'lan', trustedProxies: ['127.0.0.1'] },\n"
             "  logging: { redactSensitive: 'off' } }\n");
  doc = repo.Json("--baseline base.json");
  CHECK_FALSE(Has(doc["findings"], "logging.redact_off"));
  CHECK(repo.Run("--baseline base.json").exit_code == 1);

  // Fixed: prune drops the entry.
  repo.Write("openclaw.json",
             Config("").replace(Config("").find("'off'"), 5, "'tools'"));
  REQUIRE(repo.Run("baseline prune base.json").exit_code == 0);
  base = json::parse(Slurp(repo.dir() / "base.json"));
  for (const auto& e : base["findings"])
    CHECK(e["checkId"] != "logging.redact_off");
  CHECK(repo.Run("baseline prune").exit_code == 2);
}

TEST_CASE("init: writes a commented .clawlint.yml once", "[ignores][cli]") {
  TempRepo repo;
  Result r = repo.Run("init");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("pre-commit") != std::string::npos);
  CHECK(r.out.find("id: clawlint") != std::string::npos);
  CHECK(fs::exists(repo.dir() / ".clawlint.yml"));
  repo.Write("openclaw.json", Config(""));
  CHECK(repo.Run("--dump-config").exit_code == 0);  // it parses
  CHECK(repo.Run("init").exit_code == 2);
  CHECK(repo.Run("baseline write b.json --quiet").err.empty());
}
