// The reference's rules outside its exported schema (linter/schema/
// refinements.cpp): where they are reported (through includes), how zod's
// abort rule gates them, and that they set aside the checks reading the
// same paths. Their messages are compared with the reference's records by
// the conformance test (tests/conformance/invalid/).
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "config/loader.h"
#include "driver.h"
#include "schema/validate.h"
#include "tree/memory_tree.h"

namespace {

using namespace clawlint;
using config::Profile;
using schema::SchemaIssue;

struct Result {
  SourceSet sources;
  std::vector<SchemaIssue> issues;

  // "path: message @file:line:col" per issue.
  std::vector<std::string> Lines() const {
    std::vector<std::string> out;
    for (const SchemaIssue& i : issues) {
      const SourceFile& f = sources.Get(i.span.file);
      const LineCol at = f.lines.At(i.span.begin);
      out.push_back(i.path + ": " + i.message + " @" + f.path + ":" +
                    std::to_string(at.line) + ":" + std::to_string(at.column));
    }
    return out;
  }
};

Result Validate(const tree::MemoryTree& t, Profile profile) {
  Result r;
  config::LoadedConfig loaded =
      config::Load(t, r.sources, "openclaw.json", {profile, {}, ""});
  REQUIRE_FALSE(loaded.error);
  r.issues = schema::Validate(*loaded.root, profile);
  return r;
}

Result Validate(const std::string& text, Profile profile) {
  tree::MemoryTree t;
  t.AddFile("openclaw.json", text);
  return Validate(t, profile);
}

}  // namespace

TEST_CASE("refinements: reported at the offending value inside includes",
          "[schema][refinements]") {
  tree::MemoryTree t;
  t.AddFile("openclaw.json",
            "{\n"
            "  gateway: { $include: \"./gateway.json5\" },\n"
            "  agents: { defaults: { sandbox: { $include: \"./sb.json5\" } } "
            "},\n"
            "}\n");
  t.AddFile("gateway.json5",
            "{\n"
            "  tailscale: { mode: \"funnel\" },\n"
            "  bind: \"lan\",\n"
            "}\n");
  t.AddFile("sb.json5",
            "{\n"
            "  docker: {\n"
            "    network: \" HOST \",\n"
            "  },\n"
            "}\n");
  // The docker rule is zod's: it fails the schema, so the tailscale rule
  // (a loader check after the schema passed) is not reached.
  auto r = Validate(t, Profile::k2026_4_29);
  CHECK(r.Lines() ==
        std::vector<std::string>{
            "agents.defaults.sandbox.docker.network: Sandbox security: network "
            "mode \"host\" is blocked. Use \"bridge\" or \"none\" instead. "
            "@sb.json5:3:14"});
  // Without it, the tailscale rule points at gateway.bind in its file.
  t.AddFile("sb.json5", "{ docker: { network: \"bridge\" } }\n");
  r = Validate(t, Profile::k2026_4_29);
  REQUIRE(r.issues.size() == 1);
  CHECK(r.Lines()[0].ends_with("@gateway.json5:3:9"));
  CHECK(r.issues[0].path == "gateway.bind");
}

TEST_CASE("refinements: zod skips the refinement of an aborted object",
          "[schema][refinements]") {
  for (Profile profile : {Profile::k2026_4_29, Profile::k2026_9_6}) {
    // A wrong type aborts the docker object: only the type error.
    auto r = Validate(
        "{ agents: { defaults: { sandbox: { docker: "
        "{ network: \"host\", cpus: \"x\" } } } } }",
        profile);
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues[0].path == "agents.defaults.sandbox.docker.cpus");
    // An unknown key does not abort: both.
    r = Validate(
        "{ agents: { defaults: { sandbox: { docker: "
        "{ network: \"host\", bogus: 1 } } } } }",
        profile);
    CHECK(r.issues.size() == 2);
  }
}

TEST_CASE("refinements: bind sources as each release parses them",
          "[schema][refinements]") {
  const std::string config =
      "{ agents: { defaults: { sandbox: { docker: { binds: "
      "[\" /sys:/sys\", \"C:\\\\data:/data\", \"//?/C:/x:/x\"] } } } } }";
  auto old = Validate(config, Profile::k2026_4_29);
  // 4.29 trims " /sys" (fine), cuts "C:\data" at its drive colon, and
  // "//?/C" starts with "/".
  REQUIRE(old.issues.size() == 1);
  CHECK(old.issues[0].path == "agents.defaults.sandbox.docker.binds.1");
  CHECK(old.issues[0].message.find("non-absolute source path \"C\"") !=
        std::string::npos);
  auto now = Validate(config, Profile::k2026_9_6);
  // 9.6 keeps " /sys" as written and accepts "C:\data", but looks for a
  // drive letter before stripping "//?/": its source is "//?/C" -> "C".
  REQUIRE(now.issues.size() == 2);
  CHECK(now.issues[0].path == "agents.defaults.sandbox.docker.binds.0");
  CHECK(now.issues[0].message.find("non-absolute source path \" /sys\"") !=
        std::string::npos);
}

TEST_CASE("refinements: tailscale custom bind hosts", "[schema][refinements]") {
  auto issues = [](const std::string& host) {
    return Validate("{ gateway: { bind: \"custom\", customBindHost: \"" + host +
                        "\", tailscale: { mode: \"serve\" } } }",
                    Profile::k2026_4_29)
        .issues.size();
  };
  CHECK(issues("127.0.0.1") == 0);
  CHECK(issues("127.255.0.9") == 0);
  CHECK(issues("127.1") == 1);       // not four-part decimal
  CHECK(issues("127.0.0.01") == 1);  // leading zero
  CHECK(issues("127.0.0.256") == 1);
  CHECK(issues("10.0.0.5") == 1);
  CHECK(issues("::1") == 1);  // IPv4 only
}

TEST_CASE("refinements: SecretRef policy replaces the schema's wording",
          "[schema][refinements]") {
  auto r = Validate(
      "{ hooks: { token: { source: \"env\", provider: \"default\", id: \"T\" } "
      "} }",
      Profile::k2026_4_29);
  REQUIRE(r.issues.size() == 1);
  CHECK(r.issues[0].path == "hooks.token");
  CHECK(r.issues[0].message.starts_with(
      "SecretRef objects are not supported at hooks.token."));
  // A legacy marker (4.29 only); its example uses secrets.defaults.env.
  r = Validate(
      "{ secrets: { defaults: { env: \"vault\" } }, gateway: { auth: "
      "{ token: \" secretref-env:GW \" } } }",
      Profile::k2026_4_29);
  REQUIRE(r.issues.size() == 1);
  CHECK(r.issues[0].message.starts_with(
      "\"secretref-env:GW\" is a legacy SecretRef marker and is not valid "
      "openclaw.json config. Use a structured SecretRef object instead, for "
      "example {\"source\":\"env\",\"provider\":\"vault\",\"id\":\"GW\"}."));
  CHECK(Validate("{ gateway: { auth: { token: \"secretref-env:GW\" } } }",
                 Profile::k2026_9_6)
            .issues.empty());
}

TEST_CASE("refinements: unknown keys of one object are one issue",
          "[schema][refinements]") {
  auto r = Validate("{ gateway: {\n  a: 1,\n  b: 2 } }", Profile::k2026_4_29);
  CHECK(r.Lines() ==
        std::vector<std::string>{"gateway: Unrecognized keys: \"a\", \"b\" "
                                 "@openclaw.json:2:3"});
}

TEST_CASE("refinements: the checks reading a refused path are set aside",
          "[schema][refinements]") {
  tree::MemoryTree t;
  t.AddFile("openclaw.json",
            "{ gateway: { bind: \"lan\", tailscale: { mode: \"serve\" } } }");
  Report report;
  Lint(t, {"openclaw.json"}, {Profile::k2026_4_29, {}, ""}, &report);
  size_t schema_errors = 0;
  for (const Finding& f : report.findings) {
    INFO(f.check_id << ": " << f.detail);
    if (f.check_id == "clawlint.schema_error") {
      ++schema_errors;
      CHECK(f.config_path == "gateway.bind");
    }
    // It reads gateway.bind: its finding would rest on a value the
    // reference never accepts.
    CHECK(f.check_id != "gateway.bind_no_auth");
  }
  CHECK(schema_errors == 1);
}
