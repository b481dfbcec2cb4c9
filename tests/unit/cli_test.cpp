// The command line end to end, on real repositories made with `git`:
// exit codes, tree sources (--rev, --staged, GIT_INDEX_FILE, working tree),
// several formats in one run, and one-line errors.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/temp_repo.h"

namespace {

using namespace clawlint;

namespace fs = std::filesystem;

using Result = testing::RunResult;
using testing::TempRepo;
std::string Slurp(const fs::path& p) { return testing::SlurpFile(p); }

// Warn-level findings only (plus the info summary).
const char kRedactOff[] =
    "{ gateway: { trustedProxies: ['127.0.0.1'], auth: { token: "
    "'${OPENCLAW_GATEWAY_TOKEN}' } },\n  logging: { redactSensitive: 'off' } "
    "}\n";
const char kQuiet[] =
    "{ gateway: { trustedProxies: ['127.0.0.1'], auth: { token: "
    "'${OPENCLAW_GATEWAY_TOKEN}' } } }\n";

bool OneErrorLine(const Result& r) {
  return r.err.starts_with("clawlint: error: ") &&
         std::count(r.err.begin(), r.err.end(), '\n') == 1;
}

}  // namespace

TEST_CASE("cli: exit 1 on findings at or above --fail-on, 0 below", "[cli]") {
  TempRepo repo;
  repo.Write("openclaw.json", kRedactOff);
  Result r = repo.Run("");
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("openclaw.json:2:31: warn: ") != std::string::npos);
  CHECK(repo.Run("--fail-on critical").exit_code == 0);
  CHECK(repo.Run("--fail-on info").exit_code == 1);
}

TEST_CASE("cli: a clean config exits 0", "[cli]") {
  TempRepo repo;
  repo.Write("openclaw.json", kQuiet);
  Result r = repo.Run("--fail-on warn");
  INFO(r.out);
  CHECK(r.exit_code == 0);  // only the info summary
}

TEST_CASE("cli: exit 3 when no config is found", "[cli]") {
  TempRepo repo;
  repo.Write("README.md", "nothing here\n");
  Result r = repo.Run("");
  CHECK(r.exit_code == 3);
  CHECK(r.err.find("no OpenClaw config") != std::string::npos);
}

TEST_CASE("cli: usage and repository errors are one line and exit 2", "[cli]") {
  TempRepo repo;
  repo.Write("openclaw.json", kRedactOff);
  repo.Git("add -A");
  repo.Git("commit -qm init");
  for (const char* args :
       {"--rev nope", "--format xml", "--profile 2020.1.1", "--fail-on high",
        "--env NOEQUALS", "missing/dir", "--rev HEAD --staged", "--bogus",
        "-C /nonexistent-dir", "--env-file /nonexistent.env"}) {
    INFO(args);
    Result r = repo.Run(args);
    CHECK(r.exit_code == 2);
    CHECK(OneErrorLine(r));
  }
  Result outside = repo.Run("-C /");
  CHECK(outside.exit_code == 2);
  CHECK(OneErrorLine(outside));
}

TEST_CASE("cli: --rev reads a commit without touching the checkout", "[cli]") {
  TempRepo repo;
  repo.Write("openclaw.json", kRedactOff);
  repo.Git("add -A");
  repo.Git("commit -qm bad");
  repo.Git("tag v1");
  repo.Write("openclaw.json", kQuiet);
  repo.Git("commit -qam good");
  CHECK(repo.Run("--rev v1").out.find("logging.redact_off") !=
        std::string::npos);
  CHECK(repo.Run("--rev HEAD~1").exit_code == 1);
  CHECK(repo.Run("--rev HEAD --fail-on warn").exit_code == 0);
  CHECK(repo.Run("").out.find("logging.redact_off") == std::string::npos);
}

TEST_CASE("cli: --staged sees the index, honouring GIT_INDEX_FILE", "[cli]") {
  TempRepo repo;
  repo.Write("openclaw.json", kQuiet);
  repo.Git("add -A");
  repo.Git("commit -qm init");
  // Stage a bad config, then fix it in the working tree only.
  repo.Write("openclaw.json", kRedactOff);
  repo.Git("add openclaw.json");
  repo.Write("openclaw.json", kQuiet);
  CHECK(repo.Run("--staged").out.find("logging.redact_off") !=
        std::string::npos);
  CHECK(repo.Run("--fail-on warn").exit_code == 0);
  // An alternative index (what pre-commit uses) holding HEAD's tree.
  const std::string index = (repo.dir() / ".git/alt-index").string();
  repo.Git("read-tree --index-output='" + index + "' HEAD");
  Result alt =
      repo.Run("--staged --fail-on warn", "GIT_INDEX_FILE='" + index + "'");
  INFO(alt.out << alt.err);
  CHECK(alt.exit_code == 0);
}

TEST_CASE("cli: working tree respects .gitignore", "[cli]") {
  TempRepo repo;
  repo.Write(".gitignore", "ignored/\n");
  repo.Write("ignored/openclaw.json", kRedactOff);
  repo.Write("live/openclaw.json", kQuiet);
  Result r = repo.Run("--fail-on warn");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("ignored/") == std::string::npos);
}

TEST_CASE("cli: several formats in one run, paths and -C", "[cli]") {
  TempRepo repo;
  repo.Write("a/openclaw.json", kRedactOff);
  repo.Write("b/openclaw.json", kQuiet);
  const std::string json_out = (repo.dir() / "report.json").string();
  Result r = repo.Run("--format text --format json='" + json_out + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("2 config roots") != std::string::npos);
  auto doc = nlohmann::json::parse(Slurp(json_out));
  CHECK(doc["version"] == 1);
  CHECK(doc["roots"].size() == 2);
  // Restricting to one path, from another directory with -C.
  Result only_b = repo.Run("-C b . --fail-on warn");
  INFO(only_b.out << only_b.err);
  CHECK(only_b.exit_code == 0);
  CHECK(only_b.out.find("1 config root") != std::string::npos);
}

TEST_CASE("cli: a broken config is a located finding, others still linted",
          "[cli]") {
  TempRepo repo;
  repo.Write("a/openclaw.json", "{\n  gateway: { port: 18789,, },\n}\n");
  repo.Write("b/openclaw.json", kRedactOff);
  Result r = repo.Run("--format json");
  CHECK(r.exit_code == 1);
  auto doc = nlohmann::json::parse(r.out);
  bool parse_error = false, redact = false;
  for (const auto& f : doc["findings"]) {
    if (f["checkId"] == "clawlint.parse_error") {
      parse_error = true;
      CHECK(f["location"]["path"] == "a/openclaw.json");
      CHECK(f["location"]["line"] == 2);
      CHECK(f["location"]["column"] == 26);
      CHECK(f["detail"] == "JSON5: invalid character ',' at 2:26");
    }
    redact |= f["checkId"] == "logging.redact_off";
  }
  CHECK(parse_error);
  CHECK(redact);
}

TEST_CASE("cli: --list-checks and --explain", "[cli]") {
  TempRepo repo;
  Result list = repo.Run("--list-checks");
  CHECK(list.exit_code == 0);
  CHECK(list.out.find("gateway.bind_no_auth") != std::string::npos);
  CHECK(list.out.find("clawlint.parse_error") != std::string::npos);
  CHECK(list.out.find("fs.config.perms_world_readable") != std::string::npos);
  CHECK(list.out.find("not derivable from a repository") != std::string::npos);
  Result explain = repo.Run("--explain hooks.path_root");
  CHECK(explain.exit_code == 0);
  CHECK(explain.out.find("## Why is this bad?") != std::string::npos);
  Result unknown = repo.Run("--explain no.such_check");
  CHECK(unknown.exit_code == 2);
  CHECK(OneErrorLine(unknown));
}

TEST_CASE("cli: openclaw-json is the reference's shape, or its refusal",
          "[cli]") {
  TempRepo repo;
  repo.Write("openclaw.json", kRedactOff);
  auto doc = nlohmann::json::parse(repo.Run("--format openclaw-json").out);
  CHECK(doc["findings"][0]["checkId"] == "summary.attack_surface");
  CHECK(doc["summary"]["warn"] == 1);  // logging.redact_off
  CHECK(doc.contains("ts"));
  CHECK_FALSE(doc["findings"][0].contains("location"));
  repo.Write("openclaw.json", "{ gateway: { port: 1,, } }\n");
  auto refusal = nlohmann::json::parse(repo.Run("--format openclaw-json").out);
  CHECK(refusal["ok"] == false);
  CHECK(refusal["issues"][0]["path"] == "<root>");
  CHECK(refusal["issues"][0]["message"] ==
        "JSON5 parse failed: SyntaxError: JSON5: invalid character ',' at "
        "1:22");
}

TEST_CASE("cli: --fix-patch writes a patch git apply takes; --fix applies it",
          "[cli][fix]") {
  TempRepo repo;
  repo.Write("openclaw.json", "{ $include: './conf/logging.json5' }\n");
  repo.Write("conf/logging.json5",
             "// kept\n{ logging: { redactSensitive: \"off\" } }\n");
  repo.Git("add -A");
  repo.Git("commit -qm init");

  Result patch = repo.Run("--rev HEAD --fix-patch fix.patch --format json");
  CHECK(patch.exit_code == 1);  // the report is the scanned tree's
  CHECK(patch.out.find("\"applicability\": \"safe\"") != std::string::npos);
  const std::string body = Slurp(repo.dir() / "fix.patch");
  CHECK(body.find("--- a/conf/logging.json5\n+++ b/conf/logging.json5\n") !=
        std::string::npos);
  repo.Git("apply --check fix.patch");

  Result diff = repo.Run("--diff");
  CHECK(diff.exit_code == 1);  // there is something to fix
  CHECK(diff.out == body);

  Result fixed = repo.Run("--fix --fail-on warn");
  CHECK(Slurp(repo.dir() / "conf/logging.json5") ==
        "// kept\n{ logging: { redactSensitive: \"tools\" } }\n");
  CHECK(fixed.out.find("logging.redact_off") == std::string::npos);
  CHECK(repo.Run("--diff").out.empty());
}

TEST_CASE("cli: fix options that cannot work are one-line errors",
          "[cli][fix]") {
  TempRepo repo;
  repo.Write("openclaw.json", kRedactOff);
  repo.Git("add -A");
  repo.Git("commit -qm init");
  for (const char* args : {"--fix --rev HEAD", "--fix --staged",
                           "--diff --format json", "--diff --format text=-"}) {
    INFO(args);
    Result r = repo.Run(args);
    CHECK(r.exit_code == 2);
    CHECK(OneErrorLine(r));
  }
}

TEST_CASE("cli: committed secrets are caught, never printed, in every format",
          "[cli][secrets]") {
  TempRepo repo;
  const std::string canary = "CANARYcli9f8e7d6c5b4a3f2e1d";
  repo.Write("openclaw.json",
             "{ gateway: { trustedProxies: ['127.0.0.1'], auth: { token: "
             "'${OPENCLAW_GATEWAY_TOKEN}' } },\n"
             "  channels: { slack: { enabled: true, botToken: '" +
                 canary + "', appToken: '${SLACK_APP_TOKEN}' } } }\n");
  repo.Write("state/credentials/oauth.json", "{}\n");
  for (const char* format :
       {"text", "json", "openclaw-json", "openclaw-secrets-json"}) {
    Result r = repo.Run(std::string("--check-env --format ") + format);
    INFO(format << "\n" << r.out << r.err);
    CHECK(r.exit_code == 1);
    CHECK(r.out.find(canary) == std::string::npos);
    CHECK(r.out.find(canary.substr(3)) == std::string::npos);
    CHECK(r.err.find(canary) == std::string::npos);
  }
  Result text = repo.Run("--check-env");
  CHECK(text.out.find("openclaw.json:2:49: critical: Plaintext credential") !=
        std::string::npos);
  CHECK(text.out.find("[secrets.env_ref_unresolved]") != std::string::npos);
  CHECK(text.out.find("state/credentials/oauth.json:1:1: critical") !=
        std::string::npos);
  // Env checking is opt-in; a provided variable resolves it.
  CHECK(repo.Run("").out.find("secrets.env_ref_unresolved") ==
        std::string::npos);
  CHECK(repo.Run("--check-env --env SLACK_APP_TOKEN=x --env "
                 "OPENCLAW_GATEWAY_TOKEN=y")
            .out.find("secrets.env_ref_unresolved") == std::string::npos);
  // The reference's report shape: the plaintext path and the unresolved ref.
  Result drop_in = repo.Run("--check-env --format openclaw-secrets-json");
  auto doc = nlohmann::json::parse(drop_in.out);
  CHECK(doc["status"] == "unresolved");
  CHECK(doc["summary"]["plaintextCount"] == 1);
  CHECK(doc["findings"][0]["jsonPath"] == "channels.slack.botToken");
  // openclaw-json carries only the reference's own checkIds.
  CHECK(repo.Run("--format openclaw-json").out.find("secrets.") ==
        std::string::npos);
}

TEST_CASE("cli: CI formats to files in one run, written atomically", "[cli]") {
  TempRepo repo;
  repo.Write("openclaw.json", kRedactOff);
  repo.Write("report.sarif", "old");
  Result r = repo.Run(
      "--format sarif=report.sarif --format junit=TEST-clawlint.xml "
      "--format github");
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("::warning file=openclaw.json,line=") != std::string::npos);
  auto sarif = nlohmann::json::parse(Slurp(repo.dir() / "report.sarif"));
  CHECK(sarif["runs"][0]["results"].size() == 2);
  CHECK(Slurp(repo.dir() / "TEST-clawlint.xml").starts_with("<?xml"));
  for (const auto& e : fs::directory_iterator(repo.dir())) {
    CHECK(e.path().filename().string().find(".tmp.") == std::string::npos);
  }
  // A file that cannot be written: exit 2, one error line.
  Result bad = repo.Run("--format sarif=no/such/dir/x.sarif");
  CHECK(bad.exit_code == 2);
  CHECK(OneErrorLine(bad));
  Result unknown = repo.Run("--format gitlab");
  CHECK(unknown.exit_code == 2);
  CHECK(repo.Run("--sarif-category a/ --format sarif").exit_code == 2);
}

TEST_CASE("cli: --list-checks formats", "[cli]") {
  TempRepo repo;
  Result md = repo.Run("--list-checks --format markdown");
  CHECK(md.exit_code == 0);
  CHECK(md.out == Slurp(fs::path(CLAWLINT_SOURCE_DIR) / "docs/checks.md"));
  Result js = repo.Run("--list-checks --format json");
  CHECK(js.exit_code == 0);
  CHECK(nlohmann::json::parse(js.out)["checks"].size() > 10);
  CHECK(repo.Run("--list-checks --format sarif").exit_code == 2);
}
