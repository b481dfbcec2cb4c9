// Inline suppressions, path globs and .clawlint.yml parsing, below the CLI.
#include "ignores/ignores.h"

#include <catch2/catch.hpp>
#include <chrono>

#include "ignores/project_config.h"

using namespace clawlint;
using namespace clawlint::ignores;

TEST_CASE("ignores: directives parse ids, reason and until", "[ignores]") {
  SourceFile file("openclaw.json",
                  "{\n"
                  "  // clawlint: ignore[a.b, c.d] lab only until=2026-01-31\n"
                  "  // unrelated comment\n"
                  "  x: 1,\n"
                  "  y: 2, // clawlint: ignore[e.f]\n"
                  "  /* clawlint: ignore[g.h] why until=soon */ z: 3,\n"
                  "}\n");
  std::vector<Directive> d = ParseDirectives(file, 0);
  REQUIRE(d.size() == 3);
  CHECK(d[0].checks == std::vector<std::string>{"a.b", "c.d"});
  CHECK(d[0].reason == "lab only");
  CHECK(d[0].until == "2026-01-31");
  CHECK_FALSE(d[0].bad_until);
  CHECK(d[0].target_line == 4);  // skips the comment line in between
  CHECK(d[1].checks == std::vector<std::string>{"e.f"});
  CHECK(d[1].reason.empty());
  CHECK(d[1].target_line == 5);  // trailing: its own line
  CHECK(d[2].reason == "why");
  CHECK(d[2].bad_until);
  CHECK(d[2].target_line == 6);
}

TEST_CASE("ignores: unparsable files have no directives", "[ignores]") {
  SourceFile file("x.json", "{ // clawlint: ignore[a] r\n");
  CHECK(ParseDirectives(file, 0).empty());
}

TEST_CASE("ignores: glob matching", "[ignores]") {
  CHECK(GlobMatch("openclaw.json", "openclaw.json"));
  CHECK(GlobMatch("*.json", "openclaw.json"));
  CHECK_FALSE(GlobMatch("*.json", "lab/openclaw.json"));
  CHECK(GlobMatch("lab/**", "lab/a/b.json"));
  CHECK(GlobMatch("**/openclaw.json", "openclaw.json"));
  CHECK(GlobMatch("**/openclaw.json", "a/b/openclaw.json"));
  CHECK_FALSE(GlobMatch("**/openclaw.json", "a/b/xopenclaw.json"));
  CHECK(GlobMatch("a/?.json5", "a/b.json5"));
  CHECK_FALSE(GlobMatch("a/?.json5", "a/bc.json5"));
}

TEST_CASE("ignores: dates", "[ignores]") {
  CHECK(IsDate("2026-12-31"));
  CHECK_FALSE(IsDate("2026-13-01"));
  CHECK_FALSE(IsDate("26-1-1"));
  CHECK(IsDate(Today()));
}

TEST_CASE("project config: a full file parses", "[ignores]") {
  ProjectConfig c;
  std::string error;
  REQUIRE(ParseProjectConfig(".clawlint.yml",
                             "profile: 2026.9.6\n"
                             "paths: [a/openclaw.json, 'b/**']\n"
                             "fail-on: critical\n"
                             "env: { TOKEN: x }\n"
                             "checks:\n"
                             "  logging.redact_off: { severity: critical }\n"
                             "  gateway.bind_no_auth: { enabled: false }\n"
                             "ignore:\n"
                             "  - path: 'lab/**'\n"
                             "    checks: [gateway.bind_no_auth]\n"
                             "    reason: lab\n"
                             "    until: 2030-01-01\n",
                             &c, &error));
  CHECK(c.profile == "2026.9.6");
  CHECK(c.paths.size() == 2);
  CHECK(c.fail_on == Severity::kCritical);
  CHECK(c.env.at("TOKEN") == "x");
  CHECK(c.checks.at("logging.redact_off").severity == Severity::kCritical);
  CHECK_FALSE(c.checks.at("gateway.bind_no_auth").enabled);
  REQUIRE(c.ignore.size() == 1);
  CHECK(c.ignore[0].line == 9);
  CHECK(c.ignore[0].until == "2030-01-01");
  const std::string dump = DumpProjectConfig(c);
  CHECK(dump.find("profile: 2026.9.6") != std::string::npos);
  CHECK(dump.find("TOKEN: <redacted>") != std::string::npos);
  CHECK(dump.find(": x\n") == std::string::npos);
}

TEST_CASE("project config: unknown keys and wrong types name file:line:col",
          "[ignores]") {
  ProjectConfig c;
  std::string error;
  CHECK_FALSE(ParseProjectConfig("c.yml", "profile: 2026.4.29\nprofle: x\n", &c,
                                 &error));
  CHECK(error.starts_with("c.yml:2:1: unknown key 'profle'"));
  ProjectConfig c2;
  CHECK_FALSE(ParseProjectConfig("c.yml", "paths: {a: b}\n", &c2, &error));
  CHECK(error.starts_with("c.yml:1:8: paths must be a list"));
  ProjectConfig c3;
  CHECK_FALSE(ParseProjectConfig(
      "c.yml", "checks:\n  no.such_check: {enabled: false}\n", &c3, &error));
  CHECK(error.starts_with("c.yml:2:3: unknown check"));
  ProjectConfig c4;
  CHECK_FALSE(ParseProjectConfig("c.yml", "fail-on: [\n", &c4, &error));
  CHECK(error.starts_with("c.yml:"));
  ProjectConfig c5;
  CHECK_FALSE(ParseProjectConfig(
      "c.yml", "ignore:\n  - path: x\n    until: tomorrow\n", &c5, &error));
  CHECK(error.starts_with("c.yml:3:12: until must be YYYY-MM-DD"));
}

TEST_CASE("project config: a YAML bomb is refused quickly", "[ignores]") {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char prev = 'a';
  for (char name = 'b'; name <= 'k'; ++name) {
    bomb += std::string(1, name) + ": &" + name + " [";
    for (int i = 0; i < 10; ++i)
      bomb += std::string(i ? ", " : "") + "*" + prev;
    bomb += "]\n";
    prev = name;
  }
  std::string as_paths = "paths: *k\n";
  const auto start = std::chrono::steady_clock::now();
  ProjectConfig c;
  std::string error;
  // Under an unknown key, and used where a list of strings is expected.
  CHECK_FALSE(ParseProjectConfig("c.yml", bomb, &c, &error));
  ProjectConfig c2;
  CHECK_FALSE(ParseProjectConfig(
      "c.yml", "env: {}\nignore:\n  - path: x\n    checks: &k [*k]\n", &c2,
      &error));
  std::string nested = "paths: ";
  nested += std::string(10000, '[');
  ProjectConfig c3;
  CHECK_FALSE(ParseProjectConfig("c.yml", nested, &c3, &error));
  CHECK(error.find("nested deeper") != std::string::npos);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  (void)as_paths;
}
