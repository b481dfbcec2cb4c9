// libFuzzer target: the whole pipeline over a small in-memory tree made from
// the input (see fuzz_tree.h): config roots, Lint (load, schema validation,
// every check), every report format, and fix generation with unsafe fixes
// selected, then the patch. Checks that the JSON formats are valid JSON, that
// a secret handed in through the environment never reaches any output, and
// that no fix produces a file that does not parse.
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "driver.h"
#include "fix/fixer.h"
#include "formats/json.h"
#include "formats/location.h"
#include "formats/openclaw_json.h"
#include "formats/text.h"
#include "fuzz_tree.h"

namespace {

using namespace clawlint;

constexpr std::string_view kSecret = "fuzzSecretEnvValue7431x";

void Require(bool ok) {
  if (!ok) std::abort();
}

void CheckOutput(const std::string& out, bool secret_in_input) {
  if (!secret_in_input) Require(out.find(kSecret) == std::string::npos);
}

void WriteAll(const Report& report, bool secret_in_input) {
  for (const Finding& f : report.findings) {
    formats::Locate(report, f.span, f.root_path);
    formats::Fingerprint(f, report);
  }
  std::ostringstream text, color, json, openclaw;
  formats::WriteText(report, text, false);
  formats::WriteText(report, color, true);
  formats::WriteJson(report, json);
  formats::WriteOpenClawJson(report, openclaw);
  Require(nlohmann::json::accept(json.str()));
  Require(nlohmann::json::accept(openclaw.str()));
  for (const std::string& out :
       {text.str(), color.str(), json.str(), openclaw.str()}) {
    CheckOutput(out, secret_in_input);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const bool secret_in_input = input.find(kSecret) != std::string_view::npos;
  fuzz::FuzzTree made = fuzz::MakeTree(data, size);

  std::vector<std::string> roots, notes;
  std::string error;
  Require(FindConfigRoots(made.tree, {}, &roots, &notes, &error));
  Require(!roots.empty());  // openclaw.json is always there

  unsigned sum = 0;
  for (size_t i = 0; i < size; ++i) sum += data[i];
  LintOptions options;
  options.profile =
      sum & 1 ? config::Profile::k2026_9_6 : config::Profile::k2026_4_29;
  options.workdir = "/work/repo";
  options.env = {{"OPENCLAW_GATEWAY_TOKEN", std::string(kSecret)},
                 {"OPENCLAW_GATEWAY_PASSWORD", std::string(kSecret)}};

  Report report;
  report.notes = notes;
  Lint(made.tree, roots, options, &report);
  WriteAll(report, secret_in_input);

  fix::FixRun run = fix::RunFixes(made.tree, roots, options, report,
                                  fix::Applicability::kUnsafe);
  Require(run.problems.empty());
  Require(run.rounds <= fix::kMaxFixRounds);
  const std::string patch = fix::Patch(run);
  Require(run.files.empty() == patch.empty());
  if (run.rounds > 0) WriteAll(run.after, secret_in_input);
  return 0;
}
