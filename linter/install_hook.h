// `clawlint install-hook`: writes hooks/pre-commit into a repository's hooks
// directory (core.hooksPath when set), refusing to replace a hook it did not
// write unless forced.
#pragma once

#include <ostream>
#include <string>

namespace clawlint {

struct InstallHookOptions {
  std::string start_dir = ".";  // any directory inside the repository
  bool force = false;           // replace a foreign hook (kept as a backup)
  std::string installed_by;     // absolute clawlint path baked into the hook
};

/// The hook script shipped in hooks/pre-commit (embedded at build time).
const std::string& PreCommitHookScript();

/// The hook with `installed_by` filled in.
std::string RenderPreCommitHook(const std::string& installed_by);

/// Installs the hook. Returns 0 on success (also when already up to date),
/// 2 on error (repository not found, foreign hook without force, I/O), after
/// printing what it did to `out` or the problem to `err`.
int InstallHook(const InstallHookOptions& options, std::ostream& out,
                std::ostream& err);

}  // namespace clawlint
