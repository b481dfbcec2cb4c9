// Splicing fixes into file bytes, deterministically and all-or-nothing per
// fix: a fix whose edits overlap an already accepted edit is skipped (it is
// offered again in the next round, against the new bytes).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "diag/finding.h"
#include "fix/fix.h"
#include "source/source.h"

namespace clawlint::fix {

struct AppliedFix {
  std::string check_id;
  std::string title;
  Applicability applicability;
  std::vector<std::string> paths;  // files the fix edits
};

struct Splice {
  std::map<std::string, std::string> files;  // path -> patched bytes
  std::vector<AppliedFix> applied;
};

/// Applies the fixes of `findings` whose applicability is at least
/// `required`, ordered by their first edit then check id. Exact duplicate
/// edits (the same file included by two roots) are applied once.
Splice ApplyFixes(const std::vector<Finding>& findings,
                  const SourceSet& sources, Applicability required);

}  // namespace clawlint::fix
