// Fixing a tree: apply the selected fixes, re-parse and re-lint the result,
// and repeat until nothing more changes (bounded), all in memory. The result
// is a set of patched files and their unified diff; writing them is the
// caller's choice (--fix-patch, --diff, --fix).
#pragma once

#include <string>
#include <vector>

#include "driver.h"
#include "fix/apply.h"
#include "fix/fix.h"
#include "tree/tree_reader.h"

namespace clawlint::fix {

struct PatchedFile {
  std::string path;
  std::string before;  // bytes in the scanned tree
  std::string after;   // bytes once every applied fix is in
};

struct FixRun {
  std::vector<PatchedFile> files;   // sorted by path
  std::vector<AppliedFix> applied;  // every round, in order
  /// Fixes discarded because their result did not parse: a bug in a check.
  std::vector<std::string> problems;
  int rounds = 0;
  Report after;  // the lint of the fixed tree; empty when rounds == 0
};

inline constexpr int kMaxFixRounds = 10;

/// Fixes `report` (the lint of `roots` in `tree`), applying fixes at or above
/// `required`.
FixRun RunFixes(const tree::TreeReader& tree,
                const std::vector<std::string>& roots,
                const LintOptions& options, const Report& report,
                Applicability required);

/// One patch for every changed file, in path order.
std::string Patch(const FixRun& run);

}  // namespace clawlint::fix
