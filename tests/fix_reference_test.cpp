// clawlint's safe fixes against the reference's own `security audit --fix`
// (tests/fixes/, recorded with `openclaw-record --fix`): the config clawlint's
// patch produces, parsed, must equal the config the reference wrote, parsed,
// apart from the reference's `meta.lastTouched*` stamps. The reference
// rewrites the whole file as strict JSON; clawlint's patch keeps comments and
// layout, so only the meaning is compared.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "checks/channels/normalized.h"
#include "config/view.h"
#include "driver.h"
#include "fix/fixer.h"
#include "support/value_json.h"
#include "tree/memory_tree.h"

namespace {

namespace fs = std::filesystem;
using namespace clawlint;
using json = nlohmann::json;

const fs::path kFixes = fs::path(CLAWLINT_SOURCE_DIR) / "tests/fixes";

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Record {
  json report;       // the fix report and audit JSON printed first
  std::string diff;  // `diff -ruN before/ cfg/` of the copied config folder
};

// The record is the audit's JSON document followed by the diff (if any).
Record ReadRecord(const fs::path& p) {
  const std::string text = ReadFile(p);
  const size_t diff_at = text.find("\ndiff -ruN ");
  Record r;
  r.report = json::parse(text.substr(0, diff_at), nullptr, false);
  if (diff_at != std::string::npos) r.diff = text.substr(diff_at + 1);
  return r;
}

// The reference's fixed file: its diff applied by git to the original.
std::string ApplyReferenceDiff(const std::string& original,
                               const std::string& diff) {
  if (diff.empty()) return original;
  char tmpl[] = "/tmp/clawlint-fixref-XXXXXX";
  const fs::path dir = mkdtemp(tmpl);
  std::ofstream(dir / "openclaw.json", std::ios::binary) << original;
  std::ofstream(dir / "ref.diff", std::ios::binary) << diff;
  const std::string cmd = "cd '" + dir.string() +
                          "' && git apply --unsafe-paths -p1 ref.diff "
                          ">/dev/null 2>&1";
  const bool ok = std::system(cmd.c_str()) == 0;
  std::string fixed = ok ? ReadFile(dir / "openclaw.json") : "";
  fs::remove_all(dir);
  return fixed;
}

// A config as the audit sees it, without the reference's write stamps
// (`meta.lastTouched*`, 2026.9.6 `meta.migrations`). The reference writes
// its runtime shape (a root channel key moved into a seeded
// `accounts.default`, say) where clawlint edits the literal where it is
// written, so channels are compared after the loader's normalization.
json Meaning(const tree::MemoryTree& tree, config::Profile profile) {
  SourceSet sources;
  config::LoadedConfig loaded =
      config::Load(tree, sources, "openclaw.json", {profile, {}, ""});
  if (loaded.error) return json("load error: " + loaded.error->message);
  json out = json::parse(testing::ToJson(*loaded.root).dump());
  const config::ConfigView view(loaded, profile);
  if (config::ValuePtr channels = checks::channels::NormalizedChannels(view)) {
    out["channels"] = json::parse(testing::ToJson(*channels).dump());
  }
  if (out.contains("meta")) {
    for (const char* stamp :
         {"lastTouchedVersion", "lastTouchedAt", "migrations"}) {
      out["meta"].erase(stamp);
    }
    if (out["meta"].empty()) out.erase("meta");
  }
  return out;
}

// clawlint's safe fixes applied to the single-file case.
std::string ClawlintFixed(const std::string& original,
                          config::Profile profile) {
  tree::MemoryTree tree;
  tree.AddFile("openclaw.json", original);
  const LintOptions options{profile, {}, ""};
  Report report;
  Lint(tree, {"openclaw.json"}, options, &report);
  fix::FixRun run = fix::RunFixes(tree, {"openclaw.json"}, options, report,
                                  fix::Applicability::kSafe);
  return run.files.empty() ? original : run.files[0].after;
}

std::string CompareWithReference(const fs::path& config,
                                 const std::string& release) {
  fs::path record = config;
  record.replace_extension("." + release + ".fix.txt");
  const Record ref = ReadRecord(record);
  if (ref.report.is_discarded()) return "unreadable record";
  const std::string original = ReadFile(config);
  const std::string reference_text = ApplyReferenceDiff(original, ref.diff);
  if (reference_text.empty()) return "the reference's diff does not apply";
  tree::MemoryTree reference, ours;
  reference.AddFile("openclaw.json", reference_text);
  ours.AddFile("openclaw.json",
               ClawlintFixed(original, *config::ParseProfile(release)));
  const config::Profile profile = *config::ParseProfile(release);
  const json expected = Meaning(reference, profile),
             actual = Meaning(ours, profile);
  if (expected == actual) return "";
  return "reference " + expected.dump() + "\n    clawlint  " + actual.dump();
}

// At least `minimum` configs compared: every case the release audits
// (2026.9.6 refuses the logging ones: the key is gone there).
void RunFixConformance(const std::string& release, size_t minimum) {
  size_t compared = 0, agree = 0, changed = 0;
  std::vector<std::string> failures;
  for (const auto& e : fs::directory_iterator(kFixes)) {
    const fs::path& p = e.path();
    if (p.extension() != ".json5") continue;
    fs::path err = p;
    err.replace_extension("." + release + ".fix.err");
    const std::string status = ReadFile(err);
    // Only configs the reference audited (rc=0); invalid ones it refuses.
    if (status.find("rc=0") == std::string::npos) continue;
    ++compared;
    fs::path record = p;
    record.replace_extension("." + release + ".fix.txt");
    changed += ReadRecord(record).diff.empty() ? 0 : 1;
    const std::string problem = CompareWithReference(p, release);
    if (problem.empty()) {
      ++agree;
    } else {
      failures.push_back(p.filename().string() + ": " + problem);
    }
  }
  std::cout << "fix conformance " << release << ": " << agree << "/" << compared
            << " configs fixed as the reference fixes them (" << changed
            << " changed by the reference)\n";
  for (const std::string& f : failures) std::cout << "  DIFFERS " << f << '\n';
  CHECK(compared >= minimum);
  CHECK(failures.empty());
}

}  // namespace

TEST_CASE("fix conformance: safe fixes equal the reference's --fix, 2026.4.29",
          "[fix][conformance]") {
  RunFixConformance("2026.4.29", 30);
}

TEST_CASE("fix conformance: safe fixes equal the reference's --fix, 2026.9.6",
          "[fix][conformance]") {
  RunFixConformance("2026.9.6", 20);
}
