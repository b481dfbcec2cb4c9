// SARIF: GitHub's line hash (ported from codeql-action), the run's shape,
// and validation of real output by Microsoft's SARIF validator (GitHub
// ingestion rules) and by the SARIF 2.1.0 JSON schema.
#include "formats/sarif.h"

#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
// valijson uses std::regex, whose GCC 12 headers trip a false
// -Wmaybe-uninitialized at -O1 (scripts/test); keep the build warning-free.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <regex>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>
#pragma GCC diagnostic pop

#include "driver.h"
#include "formats/line_hash.h"
#include "formats/rules.h"
#include "support/temp_repo.h"
#include "tree/memory_tree.h"

namespace {

using namespace clawlint;
namespace fs = std::filesystem;
using json = nlohmann::json;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// stdout of a shell command (stderr dropped); exit status in *status.
std::string Capture(const std::string& cmd, int* status = nullptr) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int rc = pclose(p);
  if (status) *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  return out;
}

Report LintTree(const tree::MemoryTree& t,
                config::Profile profile = config::Profile::k2026_4_29) {
  Report report;
  std::vector<std::string> roots;
  std::string error;
  REQUIRE(FindConfigRoots(t, {}, &roots, &report.notes, &error));
  Lint(t, roots, {profile, {}, ""}, &report);
  return report;
}

json Sarif(const Report& report, formats::SarifOptions options = {},
           std::vector<std::string>* warnings = nullptr) {
  std::vector<std::string> local;
  std::ostringstream out;
  formats::WriteSarif(report, out, options, warnings ? warnings : &local);
  return json::parse(out.str());
}

tree::MemoryTree IncludedConfig() {
  tree::MemoryTree t;
  t.AddFile("cfg/openclaw.json",
            "{\n  \"$include\": \"./gw.json5\",\n  logging: { redactSensitive: "
            "\"off\" },\n}\n");
  t.AddFile("cfg/gw.json5",
            "{\n  gateway: { bind: \"lan\", auth: { rateLimit: {} } },\n}\n");
  return t;
}

}  // namespace

// Expected values were computed by running hash() of github/codeql-action
// src/fingerprints.ts (f3f1edb; TypeScript types stripped, npm `long`) under
// Node on the same bytes. The port was also compared with it on 400 random
// inputs (CR/CRLF, tabs, BOM, invalid UTF-8, astral characters) and a
// 300 KB file: identical output.
TEST_CASE("line hash: values of codeql-action's algorithm", "[sarif]") {
  using formats::LineHashes;
  CHECK(LineHashes("{\n  \"a\": 1,\n  \"a\": 1,\n}\n") ==
        std::vector<std::string>{"f9828483d65cd2f3:1", "6c1619bcb1426d3a:1",
                                 "e29647f05f41e3a8:1", "32dce9ccfdbc9d3e:1",
                                 "c129715d7a2bc9a3:1"});
  // Empty input: one line, hashed over the EOF sentinel.
  CHECK(LineHashes("") == std::vector<std::string>{"c129715d7a2bc9a3:1"});
  // CRLF and a bare CR end lines; spaces and tabs do not count.
  CHECK(LineHashes("x\r\ny\rz\n\t  x \n") ==
        std::vector<std::string>{"84139e5fd7f9362a:1", "fd07d61d78142458:1",
                                 "9f5bc4e144ec2101:1", "828973aa50c68d6d:1",
                                 "c129715d7a2bc9a3:1"});
  // BOM kept as U+FEFF, astral characters as two UTF-16 units, an invalid
  // byte as U+FFFD, no final newline.
  CHECK(LineHashes("\xEF\xBB\xBF{ \"caf\xC3\xA9\": \"\xF0\x9F\x98\x80\", "
                   "\"bad\": \"\xFF\" }") ==
        std::vector<std::string>{"f9c08ea1c8b0c2ba:1"});
  // Identical windows get :1, :2, :3.
  std::string repeated;
  for (int i = 0; i < 3; ++i)
    repeated += "\"k\":\"" + std::string(110, 'v') + "\"\n";
  CHECK(LineHashes(repeated) ==
        std::vector<std::string>{"ef6f963a5879942d:1", "ef6f963a5879942d:2",
                                 "ef6f963a5879942d:3", "c129715d7a2bc9a3:1"});
}

TEST_CASE("line hash: a line's hash depends only on what follows it",
          "[sarif]") {
  const std::string tail = "{\n  gateway: { bind: \"lan\" },\n}\n";
  auto before = formats::LineHashes(tail);
  auto after = formats::LineHashes("// note\n// another\n" + tail);
  REQUIRE(after.size() == before.size() + 2);
  for (size_t i = 0; i < before.size(); ++i) CHECK(after[i + 2] == before[i]);
}

TEST_CASE("sarif: one run, every rule, located results", "[sarif]") {
  Report report = LintTree(IncludedConfig());
  json doc = Sarif(report);
  CHECK(doc["version"] == "2.1.0");
  REQUIRE(doc["runs"].size() == 1);
  const json& run = doc["runs"][0];
  CHECK(run["automationDetails"]["id"] == "clawlint/");
  CHECK(run["columnKind"] == "unicodeCodePoints");
  const json& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "clawlint");
  CHECK(driver["semanticVersion"] == CLAWLINT_VERSION);
  const json& rules = driver["rules"];
  CHECK(rules.size() == formats::AllRuleMetas().size());
  for (const json& rule : rules) {
    CAPTURE(rule["id"]);
    CHECK(!rule["shortDescription"]["text"].get<std::string>().empty());
    CHECK(!rule["fullDescription"]["text"].get<std::string>().empty());
    CHECK(rule["fullDescription"]["text"].get<std::string>().size() <= 1024);
    CHECK(!rule["help"]["text"].get<std::string>().empty());
    CHECK(rule["help"]["markdown"].get<std::string>().find("## ") !=
          std::string::npos);
    CHECK(rule["properties"]["tags"][0] == "security");
    CHECK(!rule["properties"]["security-severity"].get<std::string>().empty());
    CHECK(rule.contains("helpUri"));
  }
  REQUIRE(run["results"].size() == report.findings.size());
  bool saw_include = false;
  for (const json& r : run["results"]) {
    CAPTURE(r["ruleId"]);
    CHECK(rules[r["ruleIndex"].get<size_t>()]["id"] == r["ruleId"]);
    REQUIRE(r["locations"].size() == 1);
    const json& loc = r["locations"][0]["physicalLocation"];
    CHECK(loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
    CHECK(loc["region"]["startLine"].get<int>() >= 1);
    CHECK(loc["region"]["startColumn"].get<int>() >= 1);
    const std::string uri = loc["artifactLocation"]["uri"];
    const int line = loc["region"]["startLine"];
    const std::string bytes = uri == "cfg/gw.json5"
                                  ? report.sources.Get(1).bytes
                                  : report.sources.Get(0).bytes;
    CHECK(r["partialFingerprints"]["primaryLocationLineHash"] ==
          formats::LineHashes(bytes)[line - 1]);
    CHECK(r["fingerprints"]["clawlint/v1"].get<std::string>().size() == 16);
    if (r["ruleId"] == "gateway.bind_no_auth") {
      saw_include = true;
      CHECK(uri == "cfg/gw.json5");
      CHECK(r["level"] == "error");
      CHECK(r["relatedLocations"][0]["physicalLocation"]["artifactLocation"]
             ["uri"] == "cfg/openclaw.json");
      CHECK(r["codeFlows"][0]["threadFlows"][0]["locations"].size() == 2);
      CHECK(r["message"]["text"].get<std::string>().find(
                "[cfg/openclaw.json:2](1)") != std::string::npos);
    }
    if (r["ruleId"] == "summary.attack_surface") {
      // No natural node: line 1 of the root file.
      CHECK(uri == "cfg/openclaw.json");
      CHECK(loc["region"]["startLine"] == 1);
    }
  }
  CHECK(saw_include);
}

TEST_CASE("sarif: suppressed findings only on request; results capped",
          "[sarif]") {
  tree::MemoryTree t;
  t.AddFile("openclaw.json",
            "{\n  security: { audit: { suppressions: [\n    { checkId: "
            "\"gateway.trusted_proxies_missing\", reason: \"no proxy\" },\n"
            "  ] } },\n}\n");
  Report report = LintTree(t, config::Profile::k2026_9_6);
  REQUIRE(report.suppressed.size() == 1);
  auto ids = [](const json& doc) {
    std::vector<std::string> out;
    for (const json& r : doc["runs"][0]["results"]) out.push_back(r["ruleId"]);
    return out;
  };
  json plain = Sarif(report);
  CHECK(plain["runs"][0]["results"].size() == report.findings.size());
  for (const std::string& id : ids(plain))
    CHECK(id != "gateway.trusted_proxies_missing");
  json with = Sarif(report, {.include_suppressed = true});
  REQUIRE(with["runs"][0]["results"].size() == report.findings.size() + 1);
  const json& last = with["runs"][0]["results"].back();
  CHECK(last["ruleId"] == "gateway.trusted_proxies_missing");
  CHECK(last["suppressions"][0]["kind"] == "inSource");
  CHECK(last["suppressions"][0]["justification"] == "no proxy");

  std::vector<std::string> warnings;
  json capped = Sarif(report, {.max_results = 1}, &warnings);
  REQUIRE(capped["runs"][0]["results"].size() == 1);
  CHECK(capped["runs"][0]["results"][0]["level"] == "error");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("exceed the limit of 1") != std::string::npos);
  CHECK(Sarif(report,
              {.category =
                   "clawlint/prod"})["runs"][0]["automationDetails"]["id"] ==
        "clawlint/prod/");
}

namespace {

// The SARIF validator from npm @microsoft/sarif-multitool (scripts/setup),
// or CLAWLINT_SARIF_MULTITOOL. Empty when not installed.
std::string MultitoolPath() {
  if (const char* env = std::getenv("CLAWLINT_SARIF_MULTITOOL")) return env;
  std::string path = Capture(
      "node -p \"require('$(npm root -g 2>/dev/null)/@microsoft/"
      "sarif-multitool')\" 2>/dev/null");
  while (!path.empty() && (path.back() == '\n' || path.back() == '\r'))
    path.pop_back();
  return !path.empty() && access(path.c_str(), X_OK) == 0 ? path : "";
}

// Missing validators fail the test, unless CLAWLINT_SKIP_SARIF_VALIDATOR=1
// outside CI (CI=true always requires them).
bool ValidatorRequired() {
  const char* ci = std::getenv("CI");
  if (ci && std::string(ci) == "true") return true;
  const char* skip = std::getenv("CLAWLINT_SKIP_SARIF_VALIDATOR");
  return !(skip && std::string(skip) == "1");
}

// Runs the validator with the GitHub ingestion rules (Gh) and the SARIF
// rules; returns its errors and warnings ("RULE: message"); notes (style
// advice such as "provide code snippets") are not failures.
std::vector<std::string> RunMultitool(const std::string& tool,
                                      const fs::path& sarif) {
  const fs::path log = sarif.string() + ".validation.sarif";
  fs::remove(log);
  int status = -1;
  std::string out =
      Capture("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 '" + tool +
                  "' validate --rule-kind 'Gh;Sarif' --level "
                  "'Error;Warning;Note' --output '" +
                  log.string() + "' '" + sarif.string() + "' 2>&1",
              &status);
  INFO(out);
  REQUIRE(status == 0);
  REQUIRE(fs::exists(log));
  json doc = json::parse(Slurp(log));
  std::vector<std::string> problems;
  for (const json& r : doc["runs"][0]["results"]) {
    const std::string level = r.value("level", "warning");
    if (level == "error" || level == "warning") {
      problems.push_back(r["ruleId"].get<std::string>() + ": " +
                         r["message"].dump());
    }
  }
  // Tool failures (a schema it cannot load...) are notifications.
  for (const json& inv : doc["runs"][0].value("invocations", json::array())) {
    for (const json& n : inv.value("toolExecutionNotifications", json::array()))
      if (n.value("level", "warning") == "error")
        problems.push_back("tool: " + n["message"].dump());
    CHECK(inv.value("executionSuccessful", true));
  }
  return problems;
}

// Schema errors of `doc` against the SARIF 2.1.0 schema that ships with the
// validator package (sarif-2.1.0.json next to the binary).
std::vector<std::string> SchemaErrors(const fs::path& schema_path,
                                      const json& doc) {
  json schema_doc = json::parse(Slurp(schema_path));
  valijson::Schema schema;
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_doc);
  parser.populateSchema(schema_adapter, schema);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target(doc);
  std::vector<std::string> errors;
  if (!validator.validate(schema, target, &results)) {
    valijson::ValidationResults::Error e;
    while (results.popError(e)) {
      std::string where;
      for (const std::string& c : e.context) where += c;
      errors.push_back(where + ": " + e.description);
    }
  }
  return errors;
}

// The shared test repository (tests/support/temp_repo.h), linted to SARIF.
class TempRepo : public clawlint::testing::TempRepo {
 public:
  // clawlint --rev HEAD --format sarif=FILE; returns the parsed SARIF.
  json LintSarif(const std::string& name) const {
    const fs::path out = dir() / ".git" / name;
    int status = -1;
    Capture("cd '" + dir().string() +
                "' && '" CLAWLINT_BINARY "' --rev HEAD --format sarif='" +
                out.string() + "' --format junit='" + out.string() +
                ".xml' 2>&1",
            &status);
    CHECK(status == 1);  // findings at or above warn
    return json::parse(Slurp(out));
  }
};

// (uri, line, ruleId) -> fingerprints, for comparing runs.
std::map<std::string, json> FingerprintsByFinding(const json& sarif) {
  std::map<std::string, json> out;
  for (const json& r : sarif["runs"][0]["results"]) {
    const json& loc = r["locations"][0]["physicalLocation"];
    std::string key = loc["artifactLocation"]["uri"].get<std::string>() + " " +
                      r["ruleId"].get<std::string>() + " " +
                      r["properties"].value("configPath", "");
    out[key] = {{"line", loc["region"]["startLine"]},
                {"partial", r["partialFingerprints"]},
                {"own", r["fingerprints"]}};
  }
  return out;
}

}  // namespace

TEST_CASE("sarif: a multi-file repo passes the SARIF validator and schema",
          "[sarif][validators]") {
  const std::string tool = MultitoolPath();
  if (tool.empty()) {
    if (ValidatorRequired()) {
      FAIL(
          "SARIF validator not installed: run scripts/setup (npm "
          "@microsoft/sarif-multitool), or set "
          "CLAWLINT_SKIP_SARIF_VALIDATOR=1 to skip locally");
    }
    WARN(
        "skipped: SARIF validator missing and CLAWLINT_SKIP_SARIF_VALIDATOR=1");
    return;
  }
  const fs::path schema = fs::path(tool).parent_path() / "sarif-2.1.0.json";
  REQUIRE(fs::exists(schema));

  // examples/demo: findings in the root file and in two includes.
  // The root file gets one more finding below line 1 (logging.redact_off).
  TempRepo repo;
  const fs::path demo = fs::path(CLAWLINT_SOURCE_DIR) / "examples/demo";
  for (const char* f : {"gateway.json5", "hooks/hooks.json5"})
    repo.Write(std::string("demo/") + f, Slurp(demo / f));
  std::string root = Slurp(demo / "openclaw.json");
  const size_t level = root.find("level: \"info\",");
  REQUIRE(level != std::string::npos);
  root.insert(level, "redactSensitive: \"off\", ");
  repo.Write("demo/openclaw.json", root);
  // A second root with a parse error, a name needing URI escapes and a
  // finding anchored to line 1.
  repo.Write("other dir/openclaw.json",
             "{\n  logging: { redactSensitive: "
             "\"off\" },\n  gateway: { bind: ,\n}\n");
  repo.Git("add -A");
  repo.Git("commit -q -m one");

  json first = repo.LintSarif("one.sarif");
  std::set<std::string> uris;
  for (const json& r : first["runs"][0]["results"])
    uris.insert(
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]);
  CHECK(uris.count("demo/openclaw.json"));
  CHECK(uris.count("demo/gateway.json5"));
  CHECK(uris.count("demo/hooks/hooks.json5"));
  CHECK(uris.count("other%20dir/openclaw.json"));

  const fs::path file = repo.dir() / ".git/one.sarif";
  std::vector<std::string> problems = RunMultitool(tool, file);
  INFO("validator findings");
  for (const std::string& p : problems) UNSCOPED_INFO(p);
  CHECK(problems.empty());
  std::vector<std::string> schema_errors = SchemaErrors(schema, first);
  for (const std::string& e : schema_errors) UNSCOPED_INFO(e);
  CHECK(schema_errors.empty());

  // The checks above can fail: a result without startLine breaks both.
  json broken = first;
  broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
        ["startLine"] = 0;
  CHECK(!SchemaErrors(schema, broken).empty());
  { std::ofstream(repo.dir() / ".git/broken.sarif") << broken.dump(); }
  CHECK(!RunMultitool(tool, repo.dir() / ".git/broken.sarif").empty());

  // The same commit again: identical fingerprints.
  auto fp1 = FingerprintsByFinding(first);
  CHECK(FingerprintsByFinding(repo.LintSarif("again.sarif")) == fp1);

  // Unrelated lines added above the findings of the root file: findings in
  // the includes keep line and fingerprints; findings of the root file move
  // down but keep both fingerprints (except the line-1 anchor, whose line
  // content changed).
  repo.Write("demo/openclaw.json",
             "// Reviewed 2026-06-01.\n// Owner: platform team.\n" + root);
  repo.Git("commit -q -am two");
  auto fp2 = FingerprintsByFinding(repo.LintSarif("two.sarif"));
  REQUIRE(fp2.size() == fp1.size());
  int moved = 0;
  for (const auto& [key, before] : fp1) {
    CAPTURE(key);
    REQUIRE(fp2.count(key));
    const json& after = fp2[key];
    CHECK(after["own"] == before["own"]);
    if (key.starts_with("demo/openclaw.json ")) {
      if (before["line"] == 1) continue;
      CHECK(after["line"] == before["line"].get<int>() + 2);
      CHECK(after["partial"] == before["partial"]);
      ++moved;
    } else {
      CHECK(after == before);
    }
  }
  CHECK(moved > 0);
}

TEST_CASE("sarif: fixes carry the same edits as --fix-patch", "[sarif]") {
  Report report = LintTree(IncludedConfig());
  const json doc = Sarif(report);
  int with_fixes = 0;
  for (const json& r : doc["runs"][0]["results"]) {
    if (r["ruleId"] != "logging.redact_off") continue;
    ++with_fixes;
    const json& change = r["fixes"][0]["artifactChanges"][0];
    CHECK(change["artifactLocation"]["uri"] == "cfg/openclaw.json");
    const json& replacement = change["replacements"][0];
    CHECK(replacement["insertedContent"]["text"] == "\"tools\"");
    // "off" sits on line 3 after `logging: { redactSensitive: `.
    CHECK(replacement["deletedRegion"]["startLine"] == 3);
    CHECK(replacement["deletedRegion"]["endColumn"].get<int>() -
              replacement["deletedRegion"]["startColumn"].get<int>() ==
          5);
    CHECK(r["fixes"][0]["description"]["text"].get<std::string>().ends_with(
        "(safe)"));
  }
  CHECK(with_fixes == 1);
}

TEST_CASE("sarif: a concrete family id gets a rule with its family's help",
          "[sarif]") {
  tree::MemoryTree t;
  t.AddFile("openclaw.json",
            "{ channels: { irc: { enabled: true, host: 'irc.example.org', "
            "nick: 'bot', tls: false } } }\n");
  const json doc = Sarif(LintTree(t));
  const json& run = doc["runs"][0];
  bool saw = false;
  for (const json& r : run["results"]) {
    const std::string id = r["ruleId"];
    if (!id.starts_with("channels.irc.warning.")) continue;
    saw = true;
    const json& rule =
        run["tool"]["driver"]["rules"][r["ruleIndex"].get<size_t>()];
    CHECK(rule["id"] == id);
    CHECK_FALSE(rule["help"]["markdown"].get<std::string>().empty());
  }
  CHECK(saw);
}
