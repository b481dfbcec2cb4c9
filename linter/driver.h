// The data path of one run: tree -> config roots -> load -> checks ->
// findings. Formats and exit codes are the caller's business.
#pragma once

#include <string>
#include <vector>

#include "checks/security/suppressions.h"
#include "config/loader.h"
#include "diag/finding.h"
#include "source/source.h"
#include "tree/tree_reader.h"

namespace clawlint {

/// Everything a report writer needs.
struct Report {
  std::string profile;             // "2026.4.29"
  std::string tree;                // what was read: "working tree", ...
  std::vector<std::string> roots;  // config roots linted
  std::vector<std::string> notes;  // e.g. submodules not entered
  SourceSet sources;
  std::vector<Finding> findings;  // sorted by file and position
  /// Findings moved out by 2026.9.6 security.audit.suppressions.
  std::vector<checks::SuppressedFinding> suppressed;
};

struct LintOptions {
  config::Profile profile = config::Profile::k2026_4_29;
  config::EnvMap env;
  std::string workdir;  // absolute checkout path, for absolute includes
  /// Ids of opt-in checks to run (CheckMeta::opt_in), e.g. from --check-env.
  std::vector<std::string> opt_in = {};
  /// What tree checks (sensitive state files) look at: repo-relative paths
  /// as given on the command line; empty = the whole tree.
  std::vector<std::string> tree_paths = {};
};

/// The config roots under `paths` (repo-relative; empty = the whole tree):
/// a path naming a file is a root whatever its name; in directories the
/// roots are files named openclaw.json or clawdbot.json. Submodules met on
/// the way are added to `notes`. Returns false with `error` when a path does
/// not exist in the tree.
bool FindConfigRoots(const tree::TreeReader& tree,
                     const std::vector<std::string>& paths,
                     std::vector<std::string>* roots,
                     std::vector<std::string>* notes, std::string* error);

/// Loads and checks every root, then runs the tree checks over the files
/// under `options.tree_paths`. Input problems become findings.
void Lint(const tree::TreeReader& tree, const std::vector<std::string>& roots,
          const LintOptions& options, Report* report);

}  // namespace clawlint
