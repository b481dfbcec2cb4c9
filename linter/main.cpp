// clawlint: lint OpenClaw configs straight from a git tree.
//
// This file maps the command line to a run and the run to an exit code; it is
// the only place that decides exit codes:
//   0 nothing at or above --fail-on, 1 findings at or above it,
//   2 usage error / unreadable repository / unknown revision,
//   3 no OpenClaw config found.
#include <stdlib.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cxxopts.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "checks/check.h"
#include "config/env.h"
#include "driver.h"
#include "fix/fixer.h"
#include "formats/github.h"
#include "formats/json.h"
#include "formats/junit.h"
#include "formats/location.h"
#include "formats/openclaw_json.h"
#include "formats/openclaw_secrets_json.h"
#include "formats/rules.h"
#include "formats/sarif.h"
#include "formats/text.h"
#include "ignores/ignores.h"
#include "ignores/project_config.h"
#include "install_hook.h"
#include "tree/git_tree.h"

namespace {

using namespace clawlint;

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;
constexpr int kExitNoConfig = 3;

// A usage or environment problem: one line on stderr, exit 2.
struct UsageError {
  std::string message;
};

enum class TreeSource { kWorkingTree, kRevision, kIndex };

struct OutputSpec {
  std::string format;  // one of kFormats
  std::string file;    // "-" = stdout
};

constexpr const char* kFormats[] = {
    "text",  "json",  "openclaw-json", "openclaw-secrets-json",
    "sarif", "junit", "github"};

struct CliOptions {
  TreeSource source = TreeSource::kWorkingTree;
  std::string revision;
  std::vector<OutputSpec> outputs;
  config::Profile profile = config::Profile::k2026_4_29;
  config::EnvMap env;
  Severity fail_on = Severity::kWarn;
  std::vector<std::string> paths;
  formats::SarifOptions sarif;
  // Fixes: where the patch goes, and how much to apply.
  std::string fix_patch_file;  // --fix-patch FILE
  bool print_diff = false;     // --diff
  bool apply_fixes = false;    // --fix (working tree only)
  fix::Applicability fix_level = fix::Applicability::kSafe;
  bool fixing() const {
    return !fix_patch_file.empty() || print_diff || apply_fixes;
  }
  bool check_env = false;
  bool no_ignores = false;  // --no-ignores: show everything
  bool quiet = false;       // --quiet: no notes or progress on stderr
  bool profile_set = false, fail_on_set = false;
  std::string config_file;    // --config FILE ("" = .clawlint.yml)
  bool dump_config = false;   // --dump-config
  std::string trusted_rev;    // --trusted-ignores REV
  std::string baseline_file;  // --baseline FILE
  // `clawlint baseline write|prune FILE`, `clawlint init`.
  std::string command;  // "" | "baseline-write" | "baseline-prune" | "init"
  std::string command_file;
};

cxxopts::Options MakeParser() {
  cxxopts::Options parser(
      "clawlint",
      "Security linter for OpenClaw configs, read straight from a git tree.");
  parser.positional_help("[PATH...]");
  // clang-format off
  parser.add_options()
      ("C", "Run as if started in DIR", cxxopts::value<std::string>(), "DIR")
      ("rev", "Lint the tree of a commit, ref or tag (no checkout)",
       cxxopts::value<std::string>(), "REV")
      ("staged", "Lint the staged index (honours GIT_INDEX_FILE)")
      ("format", "text (default) | json | openclaw-json | "
                 "openclaw-secrets-json | sarif | junit | github, optionally "
                 "=FILE ('-' = stdout); repeatable. With --list-checks: text "
                 "| markdown | json",
       cxxopts::value<std::vector<std::string>>(), "FMT[=FILE]")
      ("profile", "Reference release: 2026.4.29 (default) | 2026.9.6",
       cxxopts::value<std::string>()->default_value("2026.4.29"), "P")
      ("env", "Environment value for ${VAR} substitution (repeatable)",
       cxxopts::value<std::vector<std::string>>(), "NAME=VALUE")
      ("env-file", "Read NAME=VALUE lines for ${VAR} substitution",
       cxxopts::value<std::string>(), "FILE")
      ("fail-on", "Lowest severity that makes the exit code 1: info | warn "
                  "| critical",
       cxxopts::value<std::string>()->default_value("warn"), "SEV")
      ("check-env", "Report credentials whose ${VAR} or env SecretRef is not "
                    "provided by --env / --env-file")
      ("fix-patch", "Write the fixes as one unified diff (git apply) to FILE",
       cxxopts::value<std::string>(), "FILE")
      ("diff", "Print the fixes as a unified diff instead of a report")
      ("fix", "Apply the fixes to the working tree")
      ("unsafe-fixes", "Also apply fixes that may change behaviour you "
                       "rely on")
      ("config", "Read settings from FILE instead of .clawlint.yml (in the "
                 "scanned tree, else on disk)",
       cxxopts::value<std::string>(), "FILE")
      ("dump-config", "Print the effective settings as YAML and exit")
      ("trusted-ignores", "Only honour suppressions and ignores that already "
                          "exist at REV (e.g. the base branch)",
       cxxopts::value<std::string>(), "REV")
      ("baseline", "Report only findings not recorded in FILE (see "
                   "`clawlint baseline write FILE`)",
       cxxopts::value<std::string>(), "FILE")
      ("q,quiet", "No notes or progress on stderr")
      ("no-ignores", "Ignore inline suppressions, .clawlint.yml ignores and "
                     "the baseline: report everything")
      ("sarif-include-suppressed", "Keep suppressed findings in SARIF "
                                   "(marked as suppressed; GitHub would open "
                                   "alerts for them)")
      ("sarif-category", "SARIF automationDetails.id is CAT/ (default "
                         "clawlint)",
       cxxopts::value<std::string>()->default_value("clawlint"), "CAT")
      ("list-checks", "List every checkId with its severity, releases and "
                      "whether it can be derived from a repository")
      ("explain", "Print the documentation of a check",
       cxxopts::value<std::string>(), "ID")
      ("version", "Print the version")
      ("h,help", "Print this help")
      ("paths", "Config files or directories",
       cxxopts::value<std::vector<std::string>>());
  // clang-format on
  parser.parse_positional({"paths"});
  return parser;
}

OutputSpec ParseOutput(const std::string& spec) {
  OutputSpec out;
  size_t eq = spec.find('=');
  out.format = spec.substr(0, eq);
  out.file = eq == std::string::npos ? "-" : spec.substr(eq + 1);
  bool known = false;
  for (const char* f : kFormats) known |= out.format == f;
  if (!known) {
    throw UsageError{"unknown format '" + out.format +
                     "' (expected text, json, openclaw-json, "
                     "openclaw-secrets-json, sarif, junit or github)"};
  }
  if (out.file.empty()) throw UsageError{"empty file name in --format " + spec};
  return out;
}

void AddEnv(const std::string& assignment, config::EnvMap* env) {
  std::string name, value;
  if (!config::ParseEnvAssignment(assignment, &name, &value)) {
    throw UsageError{"--env expects NAME=VALUE, got '" + assignment + "'"};
  }
  (*env)[name] = value;
}

void ReadEnvFile(const std::string& path, config::EnvMap* env) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError{"cannot read --env-file " + path};
  std::stringstream body;
  body << in.rdbuf();
  std::string error;
  if (!config::ParseEnvFile(body.str(), env, &error)) {
    throw UsageError{"--env-file " + path + ": " + error};
  }
}

// Like `git -C`: every relative path on the command line (PATHs,
// --env-file, --format files) is taken relative to DIR.
void ChangeDirectory(const cxxopts::ParseResult& args) {
  if (!args.count("C")) return;
  const std::string dir = args["C"].as<std::string>();
  std::error_code ec;
  std::filesystem::current_path(dir, ec);
  if (ec) {
    throw UsageError{"cannot change to directory " + dir + ": " + ec.message()};
  }
}

void ReadFixOptions(const cxxopts::ParseResult& args, CliOptions* o) {
  if (args.count("fix-patch")) {
    o->fix_patch_file = args["fix-patch"].as<std::string>();
  }
  o->print_diff = args.count("diff") > 0;
  o->apply_fixes = args.count("fix") > 0;
  if (args.count("unsafe-fixes")) o->fix_level = fix::Applicability::kUnsafe;
  if (o->apply_fixes && o->source != TreeSource::kWorkingTree) {
    throw UsageError{
        "--fix writes to the working tree; with --rev or --staged use "
        "--fix-patch FILE or --diff"};
  }
  if (o->print_diff) {
    // The patch owns stdout: drop the default text report, refuse an
    // explicit one.
    if (!args.count("format")) o->outputs.clear();
    for (const OutputSpec& out : o->outputs) {
      if (out.file == "-") {
        throw UsageError{"--diff prints the patch on stdout; give --format " +
                         out.format + "=FILE to keep the report"};
      }
    }
  }
}

CliOptions ToOptions(const cxxopts::ParseResult& args) {
  CliOptions o;
  if (args.count("rev") && args.count("staged")) {
    throw UsageError{"--rev and --staged cannot be combined"};
  }
  if (args.count("rev")) {
    o.source = TreeSource::kRevision;
    o.revision = args["rev"].as<std::string>();
  }
  if (args.count("staged")) o.source = TreeSource::kIndex;
  if (args.count("format")) {
    for (const auto& spec : args["format"].as<std::vector<std::string>>()) {
      o.outputs.push_back(ParseOutput(spec));
    }
  }
  if (o.outputs.empty()) o.outputs.push_back({"text", "-"});
  int to_stdout = 0;
  for (const OutputSpec& out : o.outputs) to_stdout += out.file == "-";
  if (to_stdout > 1) throw UsageError{"only one --format can write to stdout"};

  auto profile = config::ParseProfile(args["profile"].as<std::string>());
  if (!profile) {
    throw UsageError{"unknown profile '" + args["profile"].as<std::string>() +
                     "' (expected 2026.4.29 or 2026.9.6)"};
  }
  o.profile = *profile;
  auto fail_on = ParseSeverity(args["fail-on"].as<std::string>());
  if (!fail_on) {
    throw UsageError{"unknown --fail-on '" + args["fail-on"].as<std::string>() +
                     "' (expected info, warn or critical)"};
  }
  o.fail_on = *fail_on;
  // --env-file first, so --env NAME=VALUE overrides it.
  if (args.count("env-file"))
    ReadEnvFile(args["env-file"].as<std::string>(), &o.env);
  if (args.count("env")) {
    for (const auto& e : args["env"].as<std::vector<std::string>>()) {
      AddEnv(e, &o.env);
    }
  }
  if (args.count("paths")) {
    o.paths = args["paths"].as<std::vector<std::string>>();
  }
  ReadFixOptions(args, &o);
  o.check_env = args.count("check-env") > 0;
  o.no_ignores = args.count("no-ignores") > 0;
  o.quiet = args.count("quiet") > 0;
  o.profile_set = args.count("profile") > 0;
  o.fail_on_set = args.count("fail-on") > 0;
  if (args.count("config")) o.config_file = args["config"].as<std::string>();
  o.dump_config = args.count("dump-config") > 0;
  if (args.count("trusted-ignores"))
    o.trusted_rev = args["trusted-ignores"].as<std::string>();
  if (args.count("baseline"))
    o.baseline_file = args["baseline"].as<std::string>();
  o.sarif.include_suppressed = args.count("sarif-include-suppressed") > 0;
  o.sarif.category = args["sarif-category"].as<std::string>();
  if (o.sarif.category.empty() || o.sarif.category.back() == '/') {
    throw UsageError{"--sarif-category must be non-empty and not end in '/'"};
  }
  return o;
}

std::unique_ptr<tree::TreeReader> OpenTree(const tree::Repository& repo,
                                           const CliOptions& o) {
  std::string error;
  std::unique_ptr<tree::TreeReader> reader;
  switch (o.source) {
    case TreeSource::kRevision:
      reader = repo.OpenRevision(o.revision, &error);
      break;
    case TreeSource::kIndex:
      reader = repo.OpenIndex(&error);
      break;
    case TreeSource::kWorkingTree:
      reader = repo.OpenWorkingTree(&error);
      break;
  }
  if (!reader) throw UsageError{error};
  return reader;
}

std::vector<std::string> RepoRelativePaths(
    const tree::Repository& repo, const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    auto rel = repo.RelativePath(p);
    if (!rel) throw UsageError{"path is outside the repository: " + p};
    out.push_back(*rel);
  }
  return out;
}

bool StdoutIsTerminal() {
  return isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
}

void WriteFormat(const Report& report, const OutputSpec& spec,
                 const CliOptions& o, bool color, std::ostream& out) {
  if (spec.format == "json") {
    formats::WriteJson(report, out);
  } else if (spec.format == "openclaw-json") {
    formats::WriteOpenClawJson(report, out);
  } else if (spec.format == "openclaw-secrets-json") {
    formats::WriteOpenClawSecretsJson(report, out);
  } else if (spec.format == "sarif") {
    std::vector<std::string> warnings;
    formats::WriteSarif(report, out, o.sarif, &warnings);
    for (const std::string& w : warnings) {
      std::cerr << "clawlint: warning: " << w << '\n';
    }
  } else if (spec.format == "junit") {
    formats::WriteJunit(report, o.fail_on, out);
  } else if (spec.format == "github") {
    formats::WriteGithub(report, out);
  } else {
    formats::WriteText(report, out, color);
  }
}

// Files are written next to their destination and renamed into place, so a
// reader never sees a half-written report and a failed run leaves the old
// file alone.
void WriteOutputs(const Report& report, const CliOptions& o) {
  for (const OutputSpec& spec : o.outputs) {
    if (spec.file == "-") {
      WriteFormat(report, spec, o, StdoutIsTerminal(), std::cout);
      std::cout.flush();
      if (!std::cout) throw UsageError{"failed writing standard output"};
      continue;
    }
    std::string tmp = spec.file + ".tmp.XXXXXX";
    const int fd = mkstemp(tmp.data());
    if (fd < 0) throw UsageError{"cannot write " + spec.file};
    close(fd);
    bool ok = false;
    {
      std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
      if (file) {
        WriteFormat(report, spec, o, false, file);
        file.flush();
        ok = static_cast<bool>(file);
      }
    }
    std::error_code ec;
    if (ok) std::filesystem::rename(tmp, spec.file, ec);
    if (!ok || ec) {
      std::filesystem::remove(tmp, ec);
      throw UsageError{"failed writing " + spec.file};
    }
  }
}

int ListChecks(const cxxopts::ParseResult& args) {
  std::string format = "text";
  if (args.count("format")) {
    const auto& formats = args["format"].as<std::vector<std::string>>();
    if (formats.size() != 1) {
      throw UsageError{"--list-checks takes one --format"};
    }
    format = formats.front();
  }
  if (format == "text") {
    formats::WriteChecksText(std::cout);
  } else if (format == "markdown") {
    formats::WriteChecksMarkdown(std::cout);
  } else if (format == "json") {
    formats::WriteChecksJson(std::cout);
  } else {
    throw UsageError{"unknown --list-checks format '" + format +
                     "' (expected text, markdown or json)"};
  }
  return kExitClean;
}

int Explain(const std::string& id) {
  const checks::CheckMeta* meta = formats::FindRuleMeta(id);
  if (!meta) throw UsageError{"unknown check '" + id + "' (see --list-checks)"};
  std::cout << formats::ExplainMarkdown(*meta);
  return kExitClean;
}

int ExitCode(const Report& report, Severity fail_on) {
  for (const Finding& f : report.findings) {
    if (f.severity >= fail_on) return kExitFindings;
  }
  return kExitClean;
}

// Temp file + rename, so a reader never sees half a file.
void WriteFileAtomically(const std::filesystem::path& path,
                         const std::string& bytes) {
  std::filesystem::path temp = path;
  temp += ".clawlint-tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << bytes;
    out.flush();
    if (!out) throw UsageError{"cannot write " + temp.string()};
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    throw UsageError{"cannot write " + path.string()};
  }
}

// --fix-patch / --diff / --fix: the patch of every selected fix. The report
// shows what the scanned tree holds, or with --fix what is left once the
// fixes are written.
int RunFixes(const tree::TreeReader& reader,
             const std::vector<std::string>& roots, const LintOptions& lint,
             const tree::Repository& repo, const CliOptions& o,
             const Report& report) {
  fix::FixRun run = fix::RunFixes(reader, roots, lint, report, o.fix_level);
  const std::string patch = fix::Patch(run);
  for (const std::string& problem : run.problems) {
    std::cerr << "clawlint: internal error: " << problem << '\n';
  }
  if (!o.fix_patch_file.empty()) WriteFileAtomically(o.fix_patch_file, patch);
  if (o.print_diff) std::cout << patch;
  std::cerr << "clawlint: " << run.applied.size() << " fix"
            << (run.applied.size() == 1 ? "" : "es") << " in "
            << run.files.size() << " file" << (run.files.size() == 1 ? "" : "s")
            << (o.apply_fixes ? " applied" : "") << '\n';
  if (!o.apply_fixes || run.files.empty()) {
    WriteOutputs(report, o);
    return o.print_diff ? (patch.empty() ? kExitClean : kExitFindings)
                        : ExitCode(report, o.fail_on);
  }
  for (const fix::PatchedFile& f : run.files) {
    WriteFileAtomically(std::filesystem::path(repo.workdir()) / f.path,
                        f.after);
  }
  WriteOutputs(run.after, o);
  return ExitCode(run.after, o.fail_on);
}

// .clawlint.yml (or --config FILE): from the scanned tree, else (for an
// explicit --config) from disk. No file = defaults.
ignores::ProjectConfig LoadProjectConfig(const tree::TreeReader& reader,
                                         const tree::Repository& repo,
                                         const CliOptions& o) {
  ignores::ProjectConfig config;
  std::string path = ".clawlint.yml", bytes, error;
  bool found = false;
  if (!o.config_file.empty()) {
    auto rel = repo.RelativePath(o.config_file);
    if (rel &&
        reader.Read(*rel, ignores::kMaxConfigBytes + 1, &bytes, &error)) {
      path = *rel;
      found = true;
    } else {
      std::ifstream in(o.config_file, std::ios::binary);
      if (!in) throw UsageError{"cannot read --config " + o.config_file};
      std::stringstream body;
      body << in.rdbuf();
      bytes = body.str();
      path = o.config_file;
      found = true;
    }
  } else if (reader.Stat(path)) {
    if (!reader.Read(path, ignores::kMaxConfigBytes + 1, &bytes, &error)) {
      throw UsageError{path + ": " + error};
    }
    found = true;
  }
  if (!found) return config;
  if (!ignores::ParseProjectConfig(path, std::move(bytes), &config, &error)) {
    throw UsageError{error};
  }
  return config;
}

// Command line over file: the effective settings end up in `o` and `config`.
void MergeConfig(ignores::ProjectConfig* config, CliOptions* o) {
  if (o->profile_set || !config->profile) {
    config->profile = std::string(config::ProfileName(o->profile));
  } else {
    o->profile = *config::ParseProfile(*config->profile);
  }
  if (o->fail_on_set || !config->fail_on) {
    config->fail_on = o->fail_on;
  } else {
    o->fail_on = *config->fail_on;
  }
  for (const auto& [name, value] : config->env) o->env.emplace(name, value);
  for (const auto& [name, value] : o->env) config->env[name] = value;
  if (!o->paths.empty()) config->paths = o->paths;
}

bool HasGlob(std::string_view p) {
  return p.find_first_of("*?[") != std::string_view::npos;
}

// Config `paths:` (repo-relative; globs name files of the tree).
std::vector<std::string> ConfigPaths(const tree::TreeReader& reader,
                                     const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  std::vector<tree::Entry> entries;
  for (const std::string& p : paths) {
    if (!HasGlob(p)) {
      out.push_back(p == "." ? "" : p);
      continue;
    }
    if (entries.empty()) entries = reader.List();
    for (const tree::Entry& e : entries) {
      if (e.kind != tree::EntryKind::kDirectory &&
          e.kind != tree::EntryKind::kSubmodule &&
          ignores::GlobMatch(p, e.path)) {
        out.push_back(e.path);
      }
    }
  }
  return out;
}

// --trusted-ignores REV: the suppressions as they exist at REV.
std::set<ignores::TrustKey> TrustedKeys(const tree::Repository& repo,
                                        const Report& report,
                                        const ignores::ProjectConfig& config,
                                        const std::string& rev) {
  std::string error;
  auto trusted = repo.OpenRevision(rev, &error);
  if (!trusted) throw UsageError{"--trusted-ignores: " + error};
  std::set<ignores::TrustKey> keys;
  std::set<std::string> seen;
  for (FileId id = 0; id < report.sources.size(); ++id) {
    const std::string& path = report.sources.Get(id).path;
    if (!seen.insert(path).second) continue;
    std::string bytes;
    if (!trusted->Read(path, 64ull << 20, &bytes, &error)) continue;
    SourceFile old(path, std::move(bytes));
    ignores::AddTrustKeys(path, ignores::ParseDirectives(old, 0), &keys);
  }
  if (!config.file.empty()) {
    std::string bytes;
    ignores::ProjectConfig old;
    if (trusted->Read(config.file, ignores::kMaxConfigBytes + 1, &bytes,
                      &error) &&
        ignores::ParseProjectConfig(config.file, std::move(bytes), &old,
                                    &error)) {
      ignores::AddTrustKeys(config.file, old.ignore, &keys);
    }
  }
  return keys;
}

// A baseline file: {"version":1,"findings":[{fingerprint,checkId,path,count}]}.
ignores::Baseline ReadBaseline(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw UsageError{"cannot read baseline " + file};
  ignores::Baseline baseline;
  try {
    nlohmann::json doc = nlohmann::json::parse(in);
    for (const auto& e : doc.at("findings")) {
      baseline.counts[e.at("fingerprint").get<std::string>()] +=
          e.value("count", 1);
    }
  } catch (const std::exception& e) {
    throw UsageError{"baseline " + file +
                     " is not a clawlint baseline: " + e.what()};
  }
  return baseline;
}

void WriteBaseline(const std::string& file,
                   const std::vector<const Finding*>& findings,
                   const Report& report) {
  struct Entry {
    std::string check, path;
    int count = 0;
  };
  std::map<std::string, Entry> entries;
  for (const Finding* f : findings) {
    Entry& e = entries[formats::Fingerprint(*f, report)];
    e.check = f->check_id;
    e.path =
        f->span.valid() ? report.sources.Get(f->span.file).path : f->root_path;
    ++e.count;
  }
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& [fp, e] : entries) {
    list.push_back({{"fingerprint", fp},
                    {"checkId", e.check},
                    {"path", e.path},
                    {"count", e.count}});
  }
  nlohmann::ordered_json doc = {
      {"version", 1}, {"tool", "clawlint"}, {"findings", std::move(list)}};
  WriteFileAtomically(
      file,
      doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

constexpr const char* kInitConfig =
    R"yaml(# clawlint settings (https://github.com/openclaw/clawlint#configuration).
# Command-line options win over this file; `clawlint --dump-config` shows the
# effective settings.

# Reference release whose rules apply: 2026.4.29 or 2026.9.6.
profile: 2026.4.29

# Config roots or globs (repo-relative). Default: every openclaw.json /
# clawdbot.json in the tree.
# paths: [openclaw.json, "deploy/**/openclaw.json"]

# Lowest severity that fails the run: info | warn | critical.
fail-on: warn

# Values for ${VAR} substitution (never put real secrets here).
# env:
#   OPENCLAW_GATEWAY_TOKEN: placeholder-token-for-lint

# Per-check overrides.
# checks:
#   logging.redact_off: { severity: critical }
#   hooks.token_too_short: { enabled: false }

# Path ignores: a reason is mandatory, until= is optional (YYYY-MM-DD).
# ignore:
#   - path: "lab/**"
#     checks: [gateway.bind_no_auth]
#     reason: isolated lab network, ticket SEC-12
#     until: 2026-12-31
)yaml";

constexpr const char* kPreCommitSnippet =
    R"yaml(# Add to .pre-commit-config.yaml:
repos:
  - repo: local
    hooks:
      - id: clawlint
        name: clawlint
        entry: clawlint --staged --quiet
        language: system   # 'unsupported' with pre-commit >= 4.4
        pass_filenames: false
        files: '(openclaw|clawdbot)\.json$|\.json5?$|\.clawlint\.yml$'
)yaml";

int Init(const tree::Repository& repo, const CliOptions& o) {
  const std::filesystem::path target =
      std::filesystem::path(repo.workdir()) / ".clawlint.yml";
  if (std::filesystem::exists(target)) {
    throw UsageError{target.string() + " already exists"};
  }
  WriteFileAtomically(target, kInitConfig);
  if (!o.quiet) std::cerr << "clawlint: wrote " << target.string() << '\n';
  std::cout << kPreCommitSnippet;
  return kExitClean;
}

// "clawlint: linting N config roots..." on a terminal when a scan takes
// more than a moment; erased when done.
class Progress {
 public:
  Progress(bool enabled, size_t roots) {
    if (!enabled) return;
    thread_ = std::thread([this, roots] {
      for (int i = 0; i < 10 && !done_; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
      if (done_) return;
      std::cerr << "clawlint: linting " << roots << " config root"
                << (roots == 1 ? "" : "s") << "...\r" << std::flush;
      shown_ = true;
    });
  }
  ~Progress() {
    done_ = true;
    if (thread_.joinable()) thread_.join();
    if (shown_) std::cerr << "\r\033[K" << std::flush;
  }

 private:
  std::atomic<bool> done_{false};
  std::atomic<bool> shown_{false};
  std::thread thread_;
};

int Run(CliOptions o) {
  std::string error;
  auto repo = tree::Repository::Discover(".", &error);
  if (!repo) throw UsageError{error};
  if (o.command == "init") return Init(*repo, o);
  auto reader = OpenTree(*repo, o);

  ignores::ProjectConfig config = LoadProjectConfig(*reader, *repo, o);
  const bool cli_paths = !o.paths.empty();
  MergeConfig(&config, &o);
  if (o.dump_config) {
    std::cout << ignores::DumpProjectConfig(config);
    return kExitClean;
  }

  Report report;
  std::vector<std::string> roots;
  const std::vector<std::string> paths =
      cli_paths ? RepoRelativePaths(*repo, o.paths)
                : ConfigPaths(*reader, config.paths);
  if (!FindConfigRoots(*reader, paths, &roots, &report.notes, &error)) {
    throw UsageError{error};
  }
  if (roots.empty()) {
    std::cerr << "clawlint: no OpenClaw config (openclaw.json or "
                 "clawdbot.json) found in "
              << reader->Describe() << '\n';
    return kExitNoConfig;
  }
  LintOptions lint{o.profile, o.env, repo->workdir()};
  if (o.check_env) lint.opt_in.push_back("secrets.env_ref_unresolved");
  lint.tree_paths = paths;
  {
    Progress progress(!o.quiet && isatty(STDERR_FILENO), roots.size());
    Lint(*reader, roots, lint, &report);
  }
  ignores::ApplyCheckOverrides(config, &report.findings);
  ignores::Baseline baseline;
  if (!o.no_ignores) {
    ignores::Options ignore_options;
    ignore_options.today = ignores::Today();
    ignore_options.fingerprint = formats::Fingerprint;
    ignore_options.path_ignores = config.ignore;
    ignore_options.config_path = config.file;
    ignore_options.config_bytes = config.bytes;
    if (!o.trusted_rev.empty()) {
      ignore_options.trusted =
          TrustedKeys(*repo, report, config, o.trusted_rev);
    }
    if (!o.baseline_file.empty() && o.command.empty()) {
      baseline = ReadBaseline(o.baseline_file);
      ignore_options.baseline = &baseline;
    }
    ignores::Apply(&report, ignore_options);
  }
  if (o.command == "baseline-write") {
    std::vector<const Finding*> all;
    for (const Finding& f : report.findings) all.push_back(&f);
    WriteBaseline(o.command_file, all, report);
    if (!o.quiet) {
      std::cerr << "clawlint: baseline " << o.command_file << ": " << all.size()
                << " finding" << (all.size() == 1 ? "" : "s") << '\n';
    }
    return kExitClean;
  }
  if (o.command == "baseline-prune") {
    ignores::Baseline old = ReadBaseline(o.command_file);
    std::vector<const Finding*> kept;
    size_t before = 0;
    for (const auto& [fp, n] : old.counts) before += n;
    for (const Finding& f : report.findings) {
      auto it = old.counts.find(formats::Fingerprint(f, report));
      if (it != old.counts.end() && it->second > 0) {
        --it->second;
        kept.push_back(&f);
      }
    }
    WriteBaseline(o.command_file, kept, report);
    if (!o.quiet) {
      std::cerr << "clawlint: baseline " << o.command_file << ": pruned "
                << before - kept.size() << ", kept " << kept.size() << '\n';
    }
    return kExitClean;
  }
  if (o.fixing()) return RunFixes(*reader, roots, lint, *repo, o, report);
  WriteOutputs(report, o);
  return ExitCode(report, o.fail_on);
}

// `clawlint install-hook [--hook pre-commit|pre-push] [--force] [-C DIR]`.
int InstallHookCommand(int argc, char** argv) {
  cxxopts::Options parser("clawlint install-hook",
                          "Install hooks/pre-commit (lints the staged "
                          "OpenClaw configs) or hooks/pre-push (lints every "
                          "pushed commit) into the repository's hooks "
                          "directory (core.hooksPath when set).");
  // clang-format off
  parser.add_options()
      ("C", "Repository directory", cxxopts::value<std::string>(), "DIR")
      ("hook", "pre-commit (default) | pre-push",
       cxxopts::value<std::string>()->default_value("pre-commit"), "NAME")
      ("force", "Replace a hook clawlint did not write (it is kept as "
                "NAME.clawlint-backup)")
      ("print", "Print the hook instead of installing it")
      ("h,help", "Print this help");
  // clang-format on
  cxxopts::ParseResult args = parser.parse(argc, argv);
  if (args.count("help")) {
    std::cout << parser.help();
    return kExitClean;
  }
  if (!args.unmatched().empty()) {
    throw UsageError{"install-hook takes no positional arguments"};
  }
  InstallHookOptions options;
  if (args.count("C")) options.start_dir = args["C"].as<std::string>();
  options.hook = args["hook"].as<std::string>();
  if (!HookScript(options.hook)) {
    throw UsageError{"unknown --hook '" + options.hook +
                     "' (pre-commit or pre-push)"};
  }
  options.force = args.count("force") > 0;
  std::error_code ec;
  const std::filesystem::path self =
      std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) options.installed_by = self.string();
  if (args.count("print")) {
    std::cout << RenderHook(options.hook, options.installed_by);
    return kExitClean;
  }
  return InstallHook(options, std::cout, std::cerr);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    if (argc > 1 && std::string(argv[1]) == "install-hook") {
      return InstallHookCommand(argc - 1, argv + 1);
    }
    // Subcommands: `baseline write|prune FILE`, `init`; options follow.
    std::string command, command_file;
    std::vector<char*> rest(argv, argv + argc);
    if (argc >= 2 && std::string_view(argv[1]) == "baseline") {
      if (argc < 4 || (std::string_view(argv[2]) != "write" &&
                       std::string_view(argv[2]) != "prune")) {
        throw UsageError{"usage: clawlint baseline write|prune FILE [OPTIONS]"};
      }
      command = std::string("baseline-") + argv[2];
      command_file = argv[3];
      rest.erase(rest.begin() + 1, rest.begin() + 4);
    } else if (argc >= 2 && std::string_view(argv[1]) == "init") {
      command = "init";
      rest.erase(rest.begin() + 1);
    }
    cxxopts::Options parser = MakeParser();
    cxxopts::ParseResult args =
        parser.parse(static_cast<int>(rest.size()), rest.data());
    if (args.count("help")) {
      std::cout << parser.help()
                << "\nExit codes: 0 clean, 1 findings at or "
                   "above --fail-on, 2 usage or repository "
                   "error, 3 no config found.\n";
      return kExitClean;
    }
    if (args.count("list-checks")) return ListChecks(args);
    if (args.count("explain"))
      return Explain(args["explain"].as<std::string>());
    if (args.count("version")) {
      std::cout << "clawlint " << CLAWLINT_VERSION << '\n';
      return kExitClean;
    }
    ChangeDirectory(args);
    CliOptions options = ToOptions(args);
    options.command = command;
    options.command_file = command_file;
    return Run(std::move(options));
  } catch (const UsageError& e) {
    std::cerr << "clawlint: error: " << e.message << '\n';
  } catch (const cxxopts::exceptions::exception& e) {
    std::cerr << "clawlint: error: " << e.what() << '\n';
  } catch (const std::exception& e) {
    std::cerr << "clawlint: error: " << e.what() << '\n';
  }
  return kExitUsage;
}
