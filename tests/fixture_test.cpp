// Conformance of clawlint with the reference on the fixture corpus.
//
// Every config under fixtures/, examples/ and tests/conformance/ (a
// `<case>.json5` file, or a folder holding `openclaw.json` and its includes)
// has the reference's output recorded next to it by scripts/record-fixtures:
//   <case>.<release>.json / .err   (folders: expected.<release>.json / .err)
// The .err ends with `rc=N`; rc=1 means the reference refused the config.
// For each release this test asserts that clawlint reports the same multiset
// of (checkId, severity) for the checks it implements, the same refusal for
// broken configs, and that `// expect: <checkId>` comments in the fixtures
// match the file and line of a finding. Disagreements listed with a reason in
// tests/known-differences.txt are tolerated and reported.
#include <re2/re2.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "checks/catalog.h"
#include "checks/check.h"
#include "driver.h"
#include "fix/fixer.h"
#include "formats/openclaw_json.h"
#include "tree/memory_tree.h"

namespace {

namespace fs = std::filesystem;
using namespace clawlint;

const fs::path kSourceDir = CLAWLINT_SOURCE_DIR;

struct Case {
  fs::path config;    // the file the reference was given
  fs::path base_dir;  // the folder copied for the reference (folders only)
  bool folder = false;
  std::string name;  // repo-relative, for messages

  fs::path Record(const std::string& release, const std::string& ext) const {
    if (folder) return base_dir / ("expected." + release + ext);
    fs::path p = config;
    return p.replace_extension("." + release + ext);
  }
};

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<Case> FindCases() {
  std::vector<Case> cases;
  for (const char* top : {"fixtures", "examples", "tests/conformance"}) {
    if (!fs::exists(kSourceDir / top)) continue;
    for (const auto& e : fs::recursive_directory_iterator(kSourceDir / top)) {
      const fs::path& p = e.path();
      std::string rel = p.lexically_relative(kSourceDir).generic_string();
      if (e.is_regular_file() && p.extension() == ".json5" &&
          !fs::exists(p.parent_path() / "openclaw.json")) {
        cases.push_back({p, p.parent_path(), false, rel});
      } else if (e.is_regular_file() && p.filename() == "openclaw.json") {
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

// The tree the reference saw: the config as openclaw.json, or the folder.
tree::MemoryTree TreeFor(const Case& c) {
  tree::MemoryTree t;
  if (!c.folder) {
    t.AddFile("openclaw.json", ReadFile(c.config));
    return t;
  }
  for (const auto& e : fs::recursive_directory_iterator(c.base_dir)) {
    std::string rel = e.path().lexically_relative(c.base_dir).generic_string();
    if (e.is_symlink()) {
      t.AddSymlink(rel, fs::read_symlink(e.path()).generic_string());
    } else if (e.is_regular_file()) {
      t.AddFile(rel, ReadFile(e.path()));
    }
  }
  return t;
}

using Multiset = std::multiset<std::pair<std::string, std::string>>;

std::string Describe(const Multiset& m) {
  std::string out;
  for (const auto& [id, sev] : m) out += " " + id + "/" + sev;
  return out.empty() ? " (none)" : out;
}

// Entries are "<case> <release>"; a case ending in '*' covers every case
// that starts with the rest (a family of configs with one shared reason).
bool IsKnown(const std::set<std::string>& known, const std::string& name,
             const std::string& release) {
  if (known.count(name + " " + release)) return true;
  for (const std::string& entry : known) {
    size_t star = entry.find("* ");
    if (star != std::string::npos && entry.substr(star + 2) == release &&
        name.starts_with(entry.substr(0, star))) {
      return true;
    }
  }
  return false;
}

std::set<std::string> KnownDifferences() {
  std::set<std::string> known;
  std::istringstream in(ReadFile(kSourceDir / "tests/known-differences.txt"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    // "<case> <release>: reason"
    known.insert(line.substr(0, line.find(':')));
  }
  return known;
}

// The reference's error text with its scratch folder replaced by our
// repository-relative view: "<tmp>/cfg/a.json5" -> "a.json5", "<tmp>/cfg" ->
// ".".
std::string NormalizeReferencePaths(std::string text) {
  static const RE2 kFileInScratch(R"(/[^\s:()]*/cfg/)");
  static const RE2 kScratch(R"(/[^\s:()]*/cfg\b)");
  RE2::GlobalReplace(&text, kFileInScratch, "");
  RE2::GlobalReplace(&text, kScratch, ".");
  return text;
}

// What of our error message must appear in the reference's stderr: ours adds
// the json5 detail to include parse errors, which the reference drops.
// Schema errors: only the first line is the reference's "path: message".
std::string ComparableMessage(const std::string& message) {
  size_t detail = message.find(": JSON5:");
  if (message.starts_with("Failed to parse include file:") &&
      detail != std::string::npos) {
    return message.substr(0, detail);
  }
  return message.substr(0, message.find('\n'));
}

// 2026.9.6 also prints its refusal as JSON: {"ok": false, "issues":
// [{path, message}]}; its paths use ".1" where its stderr says "[1]".
std::string RefusalIssues(const fs::path& json_path) {
  auto doc = nlohmann::json::parse(ReadFile(json_path), nullptr, false);
  std::string out;
  if (doc.is_discarded() || !doc.contains("issues")) return out;
  for (const auto& issue : doc["issues"]) {
    if (!issue.contains("path") || !issue.contains("message")) continue;
    out += "\n" + issue["path"].get<std::string>() + ": " +
           issue["message"].get<std::string>();
  }
  return out;
}

struct Expectation {
  std::string file;
  uint32_t line;
  std::string check_id;
};

// `// expect: <id>` comments: trailing ones name their own line, own-line
// ones the next line that is not blank or a comment.
std::vector<Expectation> ReadExpectations(const std::string& file,
                                          const std::string& text) {
  static const RE2 kExpect(R"((//\s*expect:\s*([A-Za-z0-9_.<>-]+)))");
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::vector<Expectation> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    re2::StringPiece comment;
    std::string check_id;
    if (!RE2::PartialMatch(lines[i], kExpect, &comment, &check_id)) continue;
    const size_t comment_at = comment.data() - lines[i].data();
    const bool own_line =
        lines[i].substr(0, comment_at).find_first_not_of(" \t") ==
        std::string::npos;
    size_t target = i;
    if (own_line) {
      while (target + 1 < lines.size()) {
        ++target;
        size_t first = lines[target].find_first_not_of(" \t\r");
        if (first != std::string::npos &&
            lines[target].compare(first, 2, "//") != 0) {
          break;
        }
      }
    }
    out.push_back({file, static_cast<uint32_t>(target + 1), check_id});
  }
  return out;
}

bool Implemented(const std::string& id, config::Profile profile) {
  const checks::Check* c = checks::FindCheck(id);
  return c && checks::RunsIn(c->meta(), profile);
}

struct Outcome {
  bool compared = false;  // a record exists
  std::string problem;    // empty = agreement
};

Outcome CompareCase(const Case& c, const std::string& release) {
  Outcome outcome;
  const fs::path json_path = c.Record(release, ".json");
  const fs::path err_path = c.Record(release, ".err");
  if (!fs::exists(err_path)) return outcome;
  const std::string err = ReadFile(err_path);
  // openclaw-record writes `rc=N` last: without it the record is unfinished.
  if (!err.starts_with("rc=") && err.find("\nrc=") == std::string::npos) {
    return outcome;
  }
  outcome.compared = true;
  const bool refused = err.find("rc=1") != std::string::npos;
  const config::Profile profile = *config::ParseProfile(release);

  tree::MemoryTree t = TreeFor(c);
  Report report;
  Lint(t, {"openclaw.json"}, {profile, {}, ""}, &report);
  Multiset ours;
  std::vector<const Finding*> input_errors;
  for (const Finding& f : report.findings) {
    if (f.check_id == "clawlint.parse_error" ||
        f.check_id == "clawlint.include_error" ||
        f.check_id == "clawlint.schema_error" ||
        f.check_id == "clawlint.internal_error") {
      input_errors.push_back(&f);
    } else if (checks::IsReferenceCheckId(f.check_id)) {
      // clawlint's own checks (clawlint.*, secrets.*) are compared elsewhere.
      ours.emplace(f.check_id, std::string(SeverityName(f.severity)));
    }
  }

  if (refused) {
    if (input_errors.empty()) {
      outcome.problem = "reference refused the config, clawlint did not";
      return outcome;
    }
    const std::string expected =
        NormalizeReferencePaths(err) + RefusalIssues(json_path);
    const std::string message = ComparableMessage(input_errors[0]->detail);
    if (expected.find(message) == std::string::npos) {
      outcome.problem = "reference error differs: ours \"" + message + "\"";
    }
    return outcome;
  }
  if (!input_errors.empty()) {
    outcome.problem = "clawlint refused the config: " + input_errors[0]->detail;
    return outcome;
  }
  Multiset theirs;
  std::vector<std::string> their_order;
  auto doc = nlohmann::json::parse(ReadFile(json_path), nullptr, false);
  if (doc.is_discarded() || !doc.contains("findings")) {
    outcome.problem = "unreadable reference record " + json_path.string();
    return outcome;
  }
  for (const auto& f : doc["findings"]) {
    std::string id = f["checkId"];
    if (!Implemented(id, profile)) continue;
    theirs.emplace(id, f["severity"]);
    their_order.push_back(id);
  }
  if (ours != theirs) {
    outcome.problem =
        "reference" + Describe(theirs) + " | clawlint" + Describe(ours);
    return outcome;
  }
  // --format openclaw-json lists them in the reference's emission order.
  std::ostringstream drop_in;
  formats::WriteOpenClawJson(report, drop_in);
  std::vector<std::string> our_order;
  const auto drop_in_doc = nlohmann::json::parse(drop_in.str());
  for (const auto& f : drop_in_doc["findings"])
    our_order.push_back(f["checkId"]);
  if (our_order != their_order) {
    outcome.problem = "openclaw-json emission order differs from the reference";
    return outcome;
  }
  // 9.6 suppressions: the same findings moved, in the same order.
  std::vector<std::string> their_moved, our_moved;
  for (const auto& f :
       doc.value("suppressedFindings", nlohmann::json::array())) {
    if (Implemented(f["checkId"], profile)) their_moved.push_back(f["checkId"]);
  }
  for (const auto& f :
       drop_in_doc.value("suppressedFindings", nlohmann::json::array())) {
    our_moved.push_back(f["checkId"]);
  }
  if (our_moved != their_moved) {
    outcome.problem = "suppressedFindings differ from the reference";
    return outcome;
  }
  if (profile != config::Profile::k2026_4_29) return outcome;
  // Locations: every `// expect:` names a finding at that file and line.
  for (size_t id = 0; id < report.sources.size(); ++id) {
    const SourceFile& file = report.sources.Get(static_cast<FileId>(id));
    for (const Expectation& e : ReadExpectations(file.path, file.bytes)) {
      bool found = false;
      for (const Finding& f : report.findings) {
        // An expectation may name a family ("channels.<ch>.dm.open").
        const checks::Check* check = checks::FindCheck(f.check_id);
        const bool same_check = f.check_id == e.check_id ||
                                (check && check->meta().id == e.check_id);
        found |= same_check && f.span.valid() &&
                 report.sources.Get(f.span.file).path == e.file &&
                 report.sources.Get(f.span.file).lines.At(f.span.begin).line ==
                     e.line;
      }
      if (!found) {
        outcome.problem += "no " + e.check_id + " at " + e.file + ":" +
                           std::to_string(e.line) + "; ";
      }
    }
  }
  return outcome;
}

void RunConformance(const std::string& release) {
  const std::set<std::string> known = KnownDifferences();
  size_t compared = 0, agree = 0, tolerated = 0;
  std::vector<std::string> failures, known_problems;
  for (const Case& c : FindCases()) {
    Outcome o = CompareCase(c, release);
    if (!o.compared) continue;
    ++compared;
    if (o.problem.empty()) {
      ++agree;
    } else if (IsKnown(known, c.name, release)) {
      ++tolerated;
      known_problems.push_back(c.name + ": " + o.problem);
    } else {
      failures.push_back(c.name + ": " + o.problem);
    }
  }
  std::cout << "conformance " << release << ": " << agree << "/" << compared
            << " configs agree (" << tolerated << " known differences)\n";
  for (const std::string& f : known_problems) {
    std::cout << "  known   " << f << '\n';
  }
  for (const std::string& f : failures) std::cout << "  DIFFERS " << f << '\n';
  CHECK(compared > 0);
  CHECK(failures.empty());
}

// What an unsafe fix may trade for the finding it removes, and why. Safe
// fixes trade nothing.
const std::map<std::string, std::set<std::string>> kUnsafeTrades = {
    // Binding to loopback removes the exposure but not the missing auth,
    // which the loopback checks then report (as the reference does).
    {"gateway.bind_no_auth",
     {"gateway.loopback_no_auth", "gateway.trusted_proxies_missing"}},
    // Without the Host-header fallback an exposed Control UI needs an
    // explicit origin list, which the reference then asks for.
    {"gateway.control_ui.host_header_origin_fallback",
     {"gateway.control_ui.allowed_origins_required"}},
};

// A finding is not new when the same check reported it before at the same
// or a higher severity (a fix may lower a severity, e.g. once a bind is
// loopback).
// Numbered ids (`channels.<ch>.warning.<n>`) renumber when a fix removes
// an earlier warning: compare them by family.
std::string FamilyOf(const std::string& id) {
  const size_t dot = id.find_last_of('.');
  const bool numbered =
      dot != std::string::npos && dot + 1 < id.size() &&
      id.find_first_not_of("0123456789", dot + 1) == std::string::npos;
  return numbered ? id.substr(0, dot) : id;
}

bool TakeMatching(std::multimap<std::string, Severity>& before,
                  const Finding& f) {
  auto [first, last] = before.equal_range(FamilyOf(f.check_id));
  for (auto it = first; it != last; ++it) {
    if (it->second >= f.severity) {
      before.erase(it);
      return true;
    }
  }
  return false;
}

// The fix property over the whole corpus: applying every fix at `level`
// leaves files that parse, converges, and brings no new finding beyond the
// documented trades. Returns "" or what went wrong.
std::string CheckFixes(const Case& c, config::Profile profile,
                       fix::Applicability level, size_t* fixed) {
  tree::MemoryTree t = TreeFor(c);
  Report report;
  const LintOptions options{profile, {}, ""};
  Lint(t, {"openclaw.json"}, options, &report);
  fix::FixRun run = fix::RunFixes(t, {"openclaw.json"}, options, report, level);
  if (!run.problems.empty()) return run.problems.front();
  if (run.rounds == 0) return "";
  ++*fixed;
  if (run.applied.empty()) return "files changed without an applied fix";
  std::set<std::string> allowed;
  for (const fix::AppliedFix& f : run.applied) {
    auto trade = kUnsafeTrades.find(f.check_id);
    if (trade != kUnsafeTrades.end() &&
        f.applicability == fix::Applicability::kUnsafe) {
      allowed.insert(trade->second.begin(), trade->second.end());
    }
  }
  std::multimap<std::string, Severity> before;
  for (const Finding& f : report.findings)
    before.emplace(FamilyOf(f.check_id), f.severity);
  for (const Finding& f : run.after.findings) {
    if (f.fix && f.fix->applicability >= level) {
      return "not converged: " + f.check_id + " still has a fix";
    }
    if (!TakeMatching(before, f) && !allowed.count(f.check_id)) {
      return "fixing brought a new finding " + f.check_id;
    }
  }
  return "";
}

}  // namespace

TEST_CASE("fixes: every corpus config fixes cleanly, both releases",
          "[fix][conformance]") {
  size_t fixed = 0;
  std::vector<std::string> failures;
  for (const Case& c : FindCases()) {
    for (config::Profile profile :
         {config::Profile::k2026_4_29, config::Profile::k2026_9_6}) {
      for (fix::Applicability level :
           {fix::Applicability::kSafe, fix::Applicability::kUnsafe}) {
        const std::string problem = CheckFixes(c, profile, level, &fixed);
        if (problem.empty()) continue;
        failures.push_back(
            c.name + " " + std::string(config::ProfileName(profile)) + " " +
            std::string(fix::ApplicabilityName(level)) + ": " + problem);
      }
    }
  }
  std::cout << "fixes: " << fixed
            << " (config, release, safe/unsafe) runs changed a file\n";
  for (const std::string& f : failures) std::cout << "  FIX " << f << '\n';
  CHECK(fixed > 0);
  CHECK(failures.empty());
}

TEST_CASE("conformance: fixtures agree with the reference, 2026.4.29",
          "[conformance]") {
  RunConformance("2026.4.29");
}

TEST_CASE("conformance: fixtures agree with the reference, 2026.9.6",
          "[conformance]") {
  RunConformance("2026.9.6");
}

TEST_CASE("conformance: expect comments are read as documented",
          "[conformance]") {
  auto e = ReadExpectations("f",
                            "{\n  a: 1, // expect: x.y\n  // expect: z.w\n\n  "
                            "// other\n  b: 2,\n}\n");
  REQUIRE(e.size() == 2);
  CHECK(e[0].line == 2);
  CHECK(e[0].check_id == "x.y");
  CHECK(e[1].line == 6);
  CHECK(e[1].check_id == "z.w");
}
