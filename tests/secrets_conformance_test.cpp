// Agreement of clawlint's secrets.* checks with `openclaw secrets audit
// --json` (2026.4.29), and the canary rule: no planted secret value appears
// in any output format.
//
// Cases: every config under tests/secrets/, fixtures/secrets.*/ and
// examples/ (a `<case>.json5` file, or a folder holding `openclaw.json`)
// with a record made by `openclaw-record --secrets`:
//   <case>.2026.4.29.secrets.json / .secrets.err  (folders:
//   expected.2026.4.29.secrets.json / .secrets.err)
// For each, the set of `jsonPath`s of the reference's PLAINTEXT_FOUND
// findings must equal the config paths of clawlint's
// secrets.plaintext_credential findings, and the env references it reports
// REF_UNRESOLVED must equal clawlint's secrets.env_ref_unresolved (run
// with --check-env and no environment, as the recording had none). A config
// the reference calls invalid (one REF_UNRESOLVED at <root>) must be one
// clawlint reports input errors for. Differences listed with a reason in
// tests/secrets/known-differences.txt are tolerated.
#include <re2/re2.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "driver.h"
#include "formats/json.h"
#include "formats/openclaw_json.h"
#include "formats/openclaw_secrets_json.h"
#include "formats/text.h"
#include "tree/memory_tree.h"

namespace {

namespace fs = std::filesystem;
using namespace clawlint;

const fs::path kSourceDir = CLAWLINT_SOURCE_DIR;
constexpr const char* kRelease = "2026.4.29";

struct Case {
  fs::path config;
  fs::path base_dir;
  bool folder = false;
  std::string name;

  fs::path Record(const std::string& ext) const {
    const std::string suffix = std::string(".") + kRelease + ".secrets" + ext;
    if (folder) return base_dir / ("expected" + suffix);
    fs::path p = config;
    return p.replace_extension(suffix);
  }
};

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<Case> FindCases(bool corpus_only) {
  std::vector<Case> cases;
  std::vector<fs::path> tops = {kSourceDir / "tests/secrets"};
  if (!corpus_only) {
    tops.push_back(kSourceDir / "examples");
    for (const auto& e : fs::directory_iterator(kSourceDir / "fixtures")) {
      if (e.path().filename().string().starts_with("secrets.")) {
        tops.push_back(e.path());
      }
    }
  }
  for (const fs::path& top : tops) {
    if (!fs::exists(top)) continue;
    for (const auto& e : fs::recursive_directory_iterator(top)) {
      const fs::path& p = e.path();
      if (!e.is_regular_file()) continue;
      if (p.extension() == ".json5" &&
          !fs::exists(p.parent_path() / "openclaw.json")) {
        cases.push_back({p, p.parent_path(), false,
                         p.lexically_relative(kSourceDir).generic_string()});
      } else if (p.filename() == "openclaw.json") {
        cases.push_back(
            {p, p.parent_path(), true,
             p.parent_path().lexically_relative(kSourceDir).generic_string()});
      }
    }
  }
  std::sort(cases.begin(), cases.end(),
            [](const Case& a, const Case& b) { return a.name < b.name; });
  return cases;
}

tree::MemoryTree TreeFor(const Case& c) {
  tree::MemoryTree t;
  if (!c.folder) {
    t.AddFile("openclaw.json", ReadFile(c.config));
    return t;
  }
  for (const auto& e : fs::recursive_directory_iterator(c.base_dir)) {
    std::string rel = e.path().lexically_relative(c.base_dir).generic_string();
    if (rel.starts_with("expected.")) continue;  // records, not the tree
    if (e.is_symlink()) {
      t.AddSymlink(rel, fs::read_symlink(e.path()).generic_string());
    } else if (e.is_regular_file()) {
      t.AddFile(rel, ReadFile(e.path()));
    }
  }
  return t;
}

Report LintCase(const Case& c) {
  tree::MemoryTree t = TreeFor(c);
  Report report;
  LintOptions options;
  options.opt_in = {"secrets.env_ref_unresolved"};
  Lint(t, {"openclaw.json"}, options, &report);
  return report;
}

std::string Describe(const std::set<std::string>& s) {
  std::string out;
  for (const std::string& x : s) out += " " + x;
  return out.empty() ? " (none)" : out;
}

std::set<std::string> KnownDifferences() {
  std::set<std::string> known;
  std::istringstream in(
      ReadFile(kSourceDir / "tests/secrets/known-differences.txt"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    known.insert(line.substr(0, line.find(':')));
  }
  return known;
}

struct Outcome {
  bool compared = false;
  std::string problem;
};

Outcome CompareCase(const Case& c) {
  Outcome o;
  const std::string err = ReadFile(c.Record(".err"));
  if (err.find("rc=") == std::string::npos) return o;  // no finished record
  auto doc = nlohmann::json::parse(ReadFile(c.Record(".json")), nullptr, false);
  o.compared = true;
  if (doc.is_discarded() || !doc.contains("findings")) {
    o.problem = "unreadable record";
    return o;
  }
  std::set<std::string> their_plain, their_unresolved;
  bool their_invalid = false;
  for (const auto& f : doc["findings"]) {
    const std::string code = f.value("code", "");
    const std::string path = f.value("jsonPath", "");
    if (code == "PLAINTEXT_FOUND") their_plain.insert(path);
    if (code == "REF_UNRESOLVED" && path == "<root>") their_invalid = true;
    if (code == "REF_UNRESOLVED" &&
        f.value("message", "").starts_with("Failed to resolve env:")) {
      their_unresolved.insert(path);
    }
  }
  const Report report = LintCase(c);
  std::set<std::string> our_plain, our_unresolved;
  bool our_invalid = false;
  for (const Finding& f : report.findings) {
    if (f.check_id == "secrets.plaintext_credential")
      our_plain.insert(f.config_path);
    if (f.check_id == "secrets.env_ref_unresolved")
      our_unresolved.insert(f.config_path);
    our_invalid |= f.check_id == "clawlint.schema_error" ||
                   f.check_id == "clawlint.parse_error" ||
                   f.check_id == "clawlint.include_error";
  }
  if (their_invalid) {
    if (!our_invalid) o.problem = "reference: invalid config; clawlint: valid";
    return o;
  }
  if (our_plain != their_plain) {
    o.problem += "PLAINTEXT_FOUND reference" + Describe(their_plain) +
                 " | clawlint" + Describe(our_plain) + "; ";
  }
  if (our_unresolved != their_unresolved) {
    o.problem += "REF_UNRESOLVED (env) reference" + Describe(their_unresolved) +
                 " | clawlint" + Describe(our_unresolved) + "; ";
  }
  return o;
}

// Every output format of a report, concatenated.
std::string AllOutputs(const Report& report) {
  std::ostringstream out;
  formats::WriteText(report, out, false);
  formats::WriteJson(report, out);
  formats::WriteOpenClawJson(report, out);
  formats::WriteOpenClawSecretsJson(report, out);
  return out.str();
}

}  // namespace

TEST_CASE("secrets: plaintext findings agree with openclaw secrets audit",
          "[conformance][secrets]") {
  const std::set<std::string> known = KnownDifferences();
  size_t compared = 0, agree = 0, tolerated = 0;
  std::vector<std::string> failures;
  for (const Case& c : FindCases(false)) {
    Outcome o = CompareCase(c);
    if (!o.compared) continue;
    ++compared;
    if (o.problem.empty()) {
      ++agree;
    } else if (known.count(c.name + " " + kRelease)) {
      ++tolerated;
    } else {
      failures.push_back(c.name + ": " + o.problem);
    }
  }
  std::cout << "secrets conformance " << kRelease << ": " << agree << "/"
            << compared << " configs agree with `openclaw secrets audit` ("
            << tolerated << " known differences)\n";
  for (const std::string& f : failures) std::cout << "  DIFFERS " << f << '\n';
  CHECK(compared >= 10);
  CHECK(failures.empty());
}

TEST_CASE("secrets: no planted canary value appears in any output format",
          "[secrets]") {
  static const RE2 kCanary(R"((CANARY[A-Za-z0-9:_-]+))");
  size_t planted = 0;
  for (const Case& c : FindCases(false)) {
    // Every file of the case: configs and includes.
    std::string text;
    const tree::MemoryTree t = TreeFor(c);
    for (const tree::Entry& e : t.List()) {
      std::string body, error;
      if (t.Read(e.path, 1 << 20, &body, &error)) text += body + "\n";
    }
    re2::StringPiece input(text);
    std::string token;
    std::vector<std::string> tokens;
    while (RE2::FindAndConsume(&input, kCanary, &token))
      tokens.push_back(token);
    if (tokens.empty()) continue;
    const std::string outputs = AllOutputs(LintCase(c));
    for (const std::string& t : tokens) {
      INFO(c.name << ": " << t);
      ++planted;
      CHECK(outputs.find(t) == std::string::npos);
      // Not even the part after the 3 characters a hint may show.
      CHECK(outputs.find(t.substr(3)) == std::string::npos);
    }
  }
  CHECK(planted >= 40);
}
