#include "fix/fixer.h"

#include <map>

#include "fix/diff.h"
#include "json5/json5.h"
#include "tree/overlay_tree.h"

namespace clawlint::fix {
namespace {

bool Parses(const std::string& bytes) {
  json5::Document doc;
  json5::ParseError error;
  return json5::Parse(bytes, &doc, &error);
}

std::string FixNames(const std::vector<AppliedFix>& applied,
                     const std::string& path) {
  std::string names;
  for (const AppliedFix& f : applied) {
    for (const std::string& p : f.paths) {
      if (p != path) continue;
      if (!names.empty()) names += ", ";
      names += f.check_id;
    }
  }
  return names;
}

bool Touches(const AppliedFix& fix, const std::vector<std::string>& paths) {
  for (const std::string& p : fix.paths) {
    for (const std::string& d : paths) {
      if (p == d) return true;
    }
  }
  return false;
}

}  // namespace

FixRun RunFixes(const tree::TreeReader& tree,
                const std::vector<std::string>& roots,
                const LintOptions& options, const Report& report,
                Applicability required) {
  FixRun run;
  tree::OverlayTree overlay(tree);
  std::map<std::string, std::string> current;  // path -> patched bytes
  const Report* latest = &report;
  for (int round = 0; round < kMaxFixRounds; ++round) {
    Splice splice = ApplyFixes(latest->findings, latest->sources, required);
    bool changed = false;
    std::vector<std::string> discarded;
    for (auto& [path, bytes] : splice.files) {
      auto it = current.find(path);
      const std::string* before = it == current.end() ? nullptr : &it->second;
      if (before && *before == bytes) continue;
      if (!Parses(bytes)) {
        run.problems.push_back("fixes by " + FixNames(splice.applied, path) +
                               " would leave " + path +
                               " unparsable; not applied");
        discarded.push_back(path);
        continue;
      }
      current[path] = bytes;
      overlay.Replace(path, bytes);
      changed = true;
    }
    if (!changed) break;
    run.rounds = round + 1;
    for (AppliedFix& f : splice.applied) {
      if (!Touches(f, discarded)) run.applied.push_back(std::move(f));
    }
    run.after = Report{};
    Lint(overlay, roots, options, &run.after);
    latest = &run.after;
  }

  for (const auto& [path, after] : current) {
    std::string before, error;
    if (!tree.Read(path, UINT64_MAX, &before, &error)) continue;
    if (before != after) run.files.push_back({path, before, after});
  }
  return run;
}

std::string Patch(const FixRun& run) {
  std::string patch;
  for (const PatchedFile& f : run.files) {
    patch += UnifiedDiff(f.path, f.before, f.after);
  }
  return patch;
}

}  // namespace clawlint::fix
