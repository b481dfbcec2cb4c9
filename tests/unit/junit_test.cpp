// JUnit and GitHub annotation formats: structure, unique names, the
// --fail-on split, escaping; JUnit validated with xmllint against
// tests/data/junit.xsd.
#include "formats/junit.h"

#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "driver.h"
#include "formats/github.h"
#include "tree/memory_tree.h"

namespace {

using namespace clawlint;
namespace fs = std::filesystem;

Report LintTree(const tree::MemoryTree& t,
                config::Profile profile = config::Profile::k2026_4_29) {
  Report report;
  std::vector<std::string> roots;
  std::string error;
  REQUIRE(FindConfigRoots(t, {}, &roots, &report.notes, &error));
  Lint(t, roots, {profile, {}, ""}, &report);
  return report;
}

std::string Junit(const Report& r, Severity fail_on = Severity::kWarn) {
  std::ostringstream out;
  formats::WriteJunit(r, fail_on, out);
  return out.str();
}

// xmllint's verdict on `xml` against tests/data/junit.xsd.
bool ValidJunit(const std::string& xml, std::string* log) {
  char tmpl[] = "/tmp/clawlint-junit-XXXXXX.xml";
  int fd = mkstemps(tmpl, 4);
  REQUIRE(fd >= 0);
  close(fd);
  std::ofstream(tmpl, std::ios::binary) << xml;
  const std::string cmd = "xmllint --noout --schema '" CLAWLINT_SOURCE_DIR
                          "/tests/data/junit.xsd' '" +
                          std::string(tmpl) + "' 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p);
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) log->append(buf, n);
  int rc = pclose(p);
  fs::remove(tmpl);
  REQUIRE(WIFEXITED(rc));
  // 127: xmllint missing (scripts/setup installs libxml2-utils).
  REQUIRE(WEXITSTATUS(rc) != 127);
  return WEXITSTATUS(rc) == 0;
}

size_t Count(const std::string& s, const std::string& needle) {
  size_t n = 0;
  for (size_t at = s.find(needle); at != std::string::npos;
       at = s.find(needle, at + 1))
    ++n;
  return n;
}

tree::MemoryTree TwoRoots() {
  tree::MemoryTree t;
  t.AddFile("a/openclaw.json",
            "{\n  \"$include\": \"./gw.json5\",\n  logging: { redactSensitive: "
            "\"off\" },\n}\n");
  t.AddFile("a/gw.json5",
            "{\n  gateway: { bind: \"lan\", auth: { rateLimit: {} } },\n}\n");
  // Control characters and markup in a parse error's message.
  t.AddFile("b/openclaw.json", "{ \"x<&>\": \x01 }\n");
  return t;
}

}  // namespace

TEST_CASE("junit: one suite per root, failures, errors, passes", "[junit]") {
  Report report = LintTree(TwoRoots());
  const std::string xml = Junit(report);
  std::string log;
  INFO(xml);
  CHECK(ValidJunit(xml, &log));
  INFO(log);
  CHECK(Count(xml, "<testsuite ") == 2);
  CHECK(xml.find("<testsuite name=\"a/openclaw.json\"") != std::string::npos);
  // critical bind_no_auth and warn redact_off fail at --fail-on warn; the
  // info summary is a passing case with the finding in system-out.
  CHECK(xml.find("<testcase classname=\"gateway.bind_no_auth\" "
                 "name=\"a/gw.json5:2:20 gateway.bind\" file=\"a/gw.json5\" "
                 "line=\"2\"") != std::string::npos);
  CHECK(Count(xml, "<failure ") == 2);
  CHECK(xml.find(
            "classname=\"summary.attack_surface\" name=\"a/openclaw.json:1:1\" "
            "file=\"a/openclaw.json\" line=\"1\" time=\"0\"><system-out>") !=
        std::string::npos);
  // A clean check is a passing testcase; the unreadable root has none.
  CHECK(xml.find("<testcase classname=\"hooks.path_root\" "
                 "name=\"hooks.path_root\" file=\"a/openclaw.json\"") !=
        std::string::npos);
  CHECK(xml.find("name=\"hooks.path_root\" file=\"b/openclaw.json\"") ==
        std::string::npos);
  CHECK(Count(xml, "<error ") == 1);
  CHECK(xml.find('\x01') == std::string::npos);
  // Names are unique per suite (GitLab keeps only the first duplicate).
  std::set<std::string> names;
  for (size_t at = xml.find("<testcase "); at != std::string::npos;
       at = xml.find("<testcase ", at + 1)) {
    const size_t c = xml.find("classname=\"", at);
    const size_t n = xml.find("name=\"", c + 11);
    const size_t f = xml.find("file=\"", n);
    CHECK(names.insert(xml.substr(c, xml.find('"', f + 6) - c)).second);
  }

  // --fail-on critical: the warn finding stops failing.
  const std::string lenient = Junit(report, Severity::kCritical);
  CHECK(Count(lenient, "<failure ") == 1);
  log.clear();
  CHECK(ValidJunit(lenient, &log));
}

TEST_CASE("junit: suppressed findings are skipped; the schema has teeth",
          "[junit]") {
  tree::MemoryTree t;
  t.AddFile("openclaw.json",
            "{\n  security: { audit: { suppressions: [\n    { checkId: "
            "\"gateway.trusted_proxies_missing\", reason: \"no proxy\" },\n"
            "  ] } },\n}\n");
  const std::string xml = Junit(LintTree(t, config::Profile::k2026_9_6));
  CHECK(xml.find("<skipped message=\"suppressed: no proxy\"/>") !=
        std::string::npos);
  CHECK(xml.find("skipped=\"1\"") != std::string::npos);
  std::string log;
  CHECK(ValidJunit(xml, &log));
  // Without `line`, or with two outcomes, the document is rejected.
  std::string no_line = xml;
  const size_t at = no_line.find(" line=\"");
  no_line.erase(at, no_line.find('"', at + 7) + 1 - at);
  CHECK_FALSE(ValidJunit(no_line, &log));
  std::string twice = xml;
  twice.replace(twice.find("<skipped "), 0,
                "<failure message=\"m\" type=\"t\"/>");
  CHECK_FALSE(ValidJunit(twice, &log));
}

TEST_CASE("github: workflow commands, escaped, most severe first", "[github]") {
  Report report = LintTree(TwoRoots());
  std::ostringstream out;
  formats::WriteGithub(report, out);
  const std::string s = out.str();
  INFO(s);
  // Parse error (critical) and bind_no_auth come before warnings and notices.
  CHECK(s.starts_with("::error file="));
  CHECK(s.find("::error file=a/gw.json5,line=2,endLine=2,col=20,endColumn=25,"
               "title=gateway.bind_no_auth%3A Gateway binds beyond loopback "
               "without auth::Gateway binds beyond loopback without auth. ") !=
        std::string::npos);
  CHECK(s.find("%0Aincluded from a/openclaw.json:2") != std::string::npos);
  CHECK(s.find("::warning file=a/openclaw.json,line=3") != std::string::npos);
  CHECK(s.find("::notice file=a/openclaw.json,line=1") != std::string::npos);
  CHECK(s.find("::warning") < s.find("::notice"));
  CHECK(s.find("::error", s.find("::warning")) == std::string::npos);
  CHECK(s.find("not annotated") == std::string::npos);
}

TEST_CASE("github: past 10 per type, a notice and plain log lines",
          "[github]") {
  tree::MemoryTree t;
  for (int i = 0; i < 12; ++i) {
    t.AddFile("r" + std::to_string(i) + "/openclaw.json",
              "{ gateway: { bind: \"lan\" } }\n");
  }
  Report report = LintTree(t);
  std::ostringstream out;
  formats::WriteGithub(report, out);
  const std::string s = out.str();
  INFO(s);
  CHECK(s.starts_with("::notice title=clawlint::"));
  size_t errors = 0;
  for (size_t at = s.find("\n::error "); at != std::string::npos;
       at = s.find("\n::error ", at + 1))
    ++errors;
  CHECK(errors == formats::kGithubAnnotationsPerType);
  CHECK(s.find(": critical: ") != std::string::npos);  // overflow, plain
}
