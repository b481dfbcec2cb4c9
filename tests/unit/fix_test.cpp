// The fix model: edit builders, splicing, unified diffs checked by the real
// `git apply`, and the apply/re-lint loop on an in-memory tree.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "driver.h"
#include "fix/apply.h"
#include "fix/diff.h"
#include "fix/edits.h"
#include "fix/fixer.h"
#include "json5/json5.h"
#include "tree/memory_tree.h"

namespace {

namespace fs = std::filesystem;
using namespace clawlint;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A scratch git repository where patches are applied by git itself.
class ScratchRepo {
 public:
  ScratchRepo() {
    char tmpl[] = "/tmp/clawlint-fix-XXXXXX";
    dir_ = mkdtemp(tmpl);
    Sh("git init -q");
  }
  ~ScratchRepo() { fs::remove_all(dir_); }
  void Write(const std::string& rel, const std::string& body) const {
    fs::create_directories((dir_ / rel).parent_path());
    std::ofstream(dir_ / rel, std::ios::binary) << body;
  }
  std::string Read(const std::string& rel) const { return Slurp(dir_ / rel); }
  // Applies `patch` with `git apply`; true when git accepted it.
  bool Apply(const std::string& patch) const {
    Write(".git/fix.patch", patch);
    return Sh("git apply .git/fix.patch");
  }
  bool Sh(const std::string& command) const {
    std::string cmd =
        "cd '" + dir_.string() + "' && " + command + " >/dev/null 2>&1";
    return std::system(cmd.c_str()) == 0;
  }

 private:
  fs::path dir_;
};

std::string RandomText(std::mt19937& rng, bool final_newline) {
  static const char* kLines[] = {"{",         "}", "  a: 1,",     "  b: 'x',",
                                 "  // note", "",  "  c: [1, 2],"};
  std::string text;
  const int lines = static_cast<int>(rng() % 30);
  for (int i = 0; i < lines; ++i) {
    text += kLines[rng() % 7];
    if (i + 1 < lines || final_newline) text += '\n';
  }
  return text;
}

// Deletes, replaces and inserts random lines.
std::string Mutate(std::mt19937& rng, std::string text) {
  std::vector<std::string> lines;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  const bool final_newline = !text.empty() && text.back() == '\n';
  const int edits = 1 + static_cast<int>(rng() % 4);
  for (int i = 0; i < edits; ++i) {
    const size_t at = lines.empty() ? 0 : rng() % (lines.size() + 1);
    switch (rng() % 3) {
      case 0:
        if (at < lines.size()) lines.erase(lines.begin() + at);
        break;
      case 1:
        if (at < lines.size()) lines[at] = "  changed" + std::to_string(i);
        break;
      default:
        lines.insert(lines.begin() + at, "  new" + std::to_string(i));
    }
  }
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    out += lines[i];
    if (i + 1 < lines.size() || (final_newline ^ (rng() % 5 == 0))) out += '\n';
  }
  return out;
}

}  // namespace

TEST_CASE("fix: unified diffs are exactly what git apply needs", "[fix]") {
  ScratchRepo repo;
  std::mt19937 rng(20261125);
  int checked = 0;
  for (int round = 0; round < 60; ++round) {
    const std::string before = RandomText(rng, rng() % 4 != 0);
    const std::string after = Mutate(rng, before);
    const std::string path = "dir/case" + std::to_string(round) + ".json5";
    repo.Write(path, before);
    const std::string patch = fix::UnifiedDiff(path, before, after);
    if (before == after) {
      CHECK(patch.empty());
      continue;
    }
    INFO("before:\n"
         << before << "\nafter:\n"
         << after << "\npatch:\n"
         << patch);
    REQUIRE(repo.Apply(patch));
    CHECK(repo.Read(path) == after);
    ++checked;
  }
  CHECK(checked > 40);
}

TEST_CASE("fix: hunks keep three lines of context and merge when close",
          "[fix]") {
  std::string before, after;
  for (int i = 1; i <= 20; ++i) {
    before += "l" + std::to_string(i) + "\n";
    after += (i == 5 || i == 9 ? "X" : "l") + std::to_string(i) + "\n";
  }
  const std::string patch = fix::UnifiedDiff("f", before, after);
  // Lines 5 and 9 are 3 apart: one hunk from line 2 to line 12.
  CHECK(patch.find("@@ -2,11 +2,11 @@\n") != std::string::npos);
  CHECK(std::count(patch.begin(), patch.end(), '@') == 4);
}

TEST_CASE("fix: string edits keep the literal's quote style", "[fix]") {
  CHECK(fix::QuoteJson5("it's", '\'') == R"('it\'s')");
  CHECK(fix::QuoteJson5("say \"hi\"\n", '"') == R"("say \"hi\"\n")");
  SourceSet sources;
  const std::string text = "{ a: 'off', b: \"off\", c: 1 }";
  const FileId id = sources.Add("openclaw.json", text);
  json5::Document doc;
  json5::ParseError error;
  REQUIRE(json5::Parse(text, &doc, &error));
  auto at = [&](size_t begin, size_t end) {
    config::Value v;
    v.origin.span =
        Span{id, static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    return v;
  };
  auto single = fix::ReplaceString(&sources, at(5, 10), "tools");
  REQUIRE(single);
  CHECK(single->replacement == "'tools'");
  auto dbl = fix::ReplaceString(&sources, at(15, 20), "tools");
  REQUIRE(dbl);
  CHECK(dbl->replacement == "\"tools\"");
  CHECK_FALSE(fix::ReplaceString(&sources, at(25, 26), "x"));  // a number
  CHECK_FALSE(fix::ReplaceString(nullptr, at(5, 10), "x"));
}

TEST_CASE("fix: overlapping fixes are skipped, duplicates applied once",
          "[fix]") {
  SourceSet sources;
  const FileId a = sources.Add("a.json5", "0123456789");
  const FileId a_again = sources.Add("a.json5", "0123456789");  // 2nd root
  auto finding = [](std::string id, std::vector<fix::Edit> edits,
                    fix::Applicability level) {
    Finding f;
    f.check_id = std::move(id);
    f.fix = fix::Fix{"t", level, std::move(edits)};
    return f;
  };
  std::vector<Finding> findings = {
      finding("x.first", {{{a, 2, 4}, "AB"}}, fix::Applicability::kSafe),
      finding("x.overlap", {{{a, 3, 6}, "Z"}}, fix::Applicability::kSafe),
      finding("x.same", {{{a_again, 2, 4}, "AB"}}, fix::Applicability::kSafe),
      finding("x.later", {{{a, 8, 8}, "+"}}, fix::Applicability::kSafe),
      finding("x.unsafe", {{{a, 0, 1}, "U"}}, fix::Applicability::kUnsafe),
  };
  fix::Splice safe =
      fix::ApplyFixes(findings, sources, fix::Applicability::kSafe);
  CHECK(safe.files.at("a.json5") == "01AB4567+89");
  std::vector<std::string> applied;
  for (const auto& f : safe.applied) applied.push_back(f.check_id);
  CHECK(applied == std::vector<std::string>{"x.first", "x.same", "x.later"});

  fix::Splice all =
      fix::ApplyFixes(findings, sources, fix::Applicability::kUnsafe);
  CHECK(all.files.at("a.json5") == "U1AB4567+89");
}

TEST_CASE("fix: the loop fixes an included file and re-lints clean", "[fix]") {
  tree::MemoryTree tree;
  tree.AddFile("openclaw.json",
               "// root\n{\n  $include: './logging.json5',\n  gateway: { "
               "bind: 'loopback' },\n}\n");
  tree.AddFile("logging.json5",
               "{\n  // why: debugging\n  logging: { redactSensitive: 'off' "
               "},\n}\n");
  Report report;
  LintOptions options;
  Lint(tree, {"openclaw.json"}, options, &report);
  auto has = [](const Report& r, const std::string& id) {
    return std::any_of(r.findings.begin(), r.findings.end(),
                       [&](const Finding& f) { return f.check_id == id; });
  };
  REQUIRE(has(report, "logging.redact_off"));

  fix::FixRun run = fix::RunFixes(tree, {"openclaw.json"}, options, report,
                                  fix::Applicability::kSafe);
  CHECK(run.problems.empty());
  CHECK(run.rounds == 1);
  REQUIRE(run.files.size() == 1);
  CHECK(run.files[0].path == "logging.json5");
  CHECK(
      run.files[0].after ==
      "{\n  // why: debugging\n  logging: { redactSensitive: 'tools' },\n}\n");
  CHECK_FALSE(has(run.after, "logging.redact_off"));
  CHECK(run.after.findings.size() + 1 == report.findings.size());

  ScratchRepo repo;
  repo.Write("logging.json5", run.files[0].before);
  REQUIRE(repo.Apply(fix::Patch(run)));
  CHECK(repo.Read("logging.json5") == run.files[0].after);
}
