// clawlint: lint OpenClaw configs straight from a git tree.
//
// This file maps the command line to a run and the run to an exit code; it is
// the only place that decides exit codes:
//   0 nothing at or above --fail-on, 1 findings at or above it,
//   2 usage error / unreadable repository / unknown revision,
//   3 no OpenClaw config found.
#include <unistd.h>

#include <cstdio>
#include <cxxopts.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "checks/builtin.h"
#include "checks/catalog.h"
#include "checks/channels/identity.h"
#include "checks/check.h"
#include "config/env.h"
#include "driver.h"
#include "formats/json.h"
#include "formats/openclaw_json.h"
#include "formats/text.h"
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
  std::string format;  // text | json | openclaw-json
  std::string file;    // "-" = stdout
};

struct CliOptions {
  TreeSource source = TreeSource::kWorkingTree;
  std::string revision;
  std::vector<OutputSpec> outputs;
  config::Profile profile = config::Profile::k2026_4_29;
  config::EnvMap env;
  Severity fail_on = Severity::kWarn;
  std::vector<std::string> paths;
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
      ("format", "text (default) | json | openclaw-json, optionally =FILE "
                 "('-' = stdout); repeatable",
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
  if (out.format != "text" && out.format != "json" &&
      out.format != "openclaw-json") {
    throw UsageError{"unknown format '" + out.format +
                     "' (expected text, json or openclaw-json)"};
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

void WriteOutputs(const Report& report,
                  const std::vector<OutputSpec>& outputs) {
  for (const OutputSpec& spec : outputs) {
    const bool to_stdout = spec.file == "-";
    std::ofstream file;
    if (!to_stdout) {
      file.open(spec.file, std::ios::binary | std::ios::trunc);
      if (!file) throw UsageError{"cannot write " + spec.file};
    }
    std::ostream& out = to_stdout ? std::cout : file;
    if (spec.format == "json") {
      formats::WriteJson(report, out);
    } else if (spec.format == "openclaw-json") {
      formats::WriteOpenClawJson(report, out);
    } else {
      formats::WriteText(report, out, to_stdout && StdoutIsTerminal());
    }
    out.flush();
    if (!out) throw UsageError{"failed writing " + spec.file};
  }
}

std::string ReleasesText(const checks::CheckMeta& meta) {
  if (meta.releases == checks::kBothReleases) return "both";
  return meta.releases == checks::k429 ? "2026.4.29" : "2026.9.6";
}

void ListChecks() {
  std::vector<const checks::CheckMeta*> metas;
  for (const auto& c : checks::AllChecks()) metas.push_back(&c->meta());
  for (const checks::CheckMeta* m : checks::BuiltinMetas()) metas.push_back(m);
  std::printf("%-48s %-9s %-10s %s\n", "CHECK", "SEVERITY", "RELEASES",
              "STATUS");
  for (const checks::CheckMeta* m : metas) {
    std::printf("%-48s %-9s %-10s %s\n", std::string(m->id).c_str(),
                std::string(SeverityName(m->severity)).c_str(),
                ReleasesText(*m).c_str(),
                m->id.starts_with("clawlint.") ? "clawlint's own" : "checked");
  }
  for (const checks::NotDerivable& n : checks::NotDerivableChecks()) {
    std::printf("%-48s %-9s %-10s not derivable from a repository: %s\n",
                std::string(n.id).c_str(), "-", "-",
                std::string(n.reason).c_str());
  }
}

int Explain(const std::string& id) {
  const checks::CheckMeta* meta = nullptr;
  if (const checks::Check* c = checks::FindCheck(id)) meta = &c->meta();
  for (const checks::CheckMeta* m : checks::BuiltinMetas()) {
    if (m->id == id) meta = m;
  }
  if (!meta) throw UsageError{"unknown check '" + id + "' (see --list-checks)"};
  std::cout << "# " << meta->id << ": " << meta->title
            << "\n\nSeverity: " << SeverityName(meta->severity)
            << ". Releases: " << ReleasesText(*meta) << ".\n\n"
            << meta->docs << checks::channels::IdentityDocsFor(meta->id);
  return kExitClean;
}

int Run(const CliOptions& o) {
  std::string error;
  auto repo = tree::Repository::Discover(".", &error);
  if (!repo) throw UsageError{error};
  auto reader = OpenTree(*repo, o);

  Report report;
  std::vector<std::string> roots;
  if (!FindConfigRoots(*reader, RepoRelativePaths(*repo, o.paths), &roots,
                       &report.notes, &error)) {
    throw UsageError{error};
  }
  if (roots.empty()) {
    std::cerr << "clawlint: no OpenClaw config (openclaw.json or "
                 "clawdbot.json) found in "
              << reader->Describe() << '\n';
    return kExitNoConfig;
  }
  LintOptions lint{o.profile, o.env, repo->workdir()};
  Lint(*reader, roots, lint, &report);
  WriteOutputs(report, o.outputs);
  for (const Finding& f : report.findings) {
    if (f.severity >= o.fail_on) return kExitFindings;
  }
  return kExitClean;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    cxxopts::Options parser = MakeParser();
    cxxopts::ParseResult args = parser.parse(argc, argv);
    if (args.count("help")) {
      std::cout << parser.help()
                << "\nExit codes: 0 clean, 1 findings at or "
                   "above --fail-on, 2 usage or repository "
                   "error, 3 no config found.\n";
      return kExitClean;
    }
    if (args.count("list-checks")) {
      ListChecks();
      return kExitClean;
    }
    if (args.count("explain"))
      return Explain(args["explain"].as<std::string>());
    if (args.count("version")) {
      std::cout << "clawlint " << CLAWLINT_VERSION << '\n';
      return kExitClean;
    }
    ChangeDirectory(args);
    return Run(ToOptions(args));
  } catch (const UsageError& e) {
    std::cerr << "clawlint: error: " << e.message << '\n';
  } catch (const cxxopts::exceptions::exception& e) {
    std::cerr << "clawlint: error: " << e.what() << '\n';
  } catch (const std::exception& e) {
    std::cerr << "clawlint: error: " << e.what() << '\n';
  }
  return kExitUsage;
}
