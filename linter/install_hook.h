// `clawlint install-hook`: writes hooks/pre-commit (or hooks/pre-push) into a
// repository's hooks directory (core.hooksPath when set), refusing to replace a
// hook it did not write unless forced.
#pragma once

#include <ostream>
#include <string>

namespace clawlint {

struct InstallHookOptions {
  std::string start_dir = ".";      // any directory inside the repository
  std::string hook = "pre-commit";  // or "pre-push"
  bool force = false;               // replace a foreign hook (kept as a backup)
  std::string installed_by;  // absolute clawlint path baked into the hook
};

/// The hook scripts shipped in hooks/ (embedded at build time), by name:
/// "pre-commit" or "pre-push"; nullptr for another name.
const std::string* HookScript(const std::string& hook);

/// The hook with `installed_by` filled in ("" for an unknown hook).
std::string RenderHook(const std::string& hook,
                       const std::string& installed_by);

/// Installs the hook. Returns 0 on success (also when already up to date),
/// 2 on error (repository not found, foreign hook without force, I/O), after
/// printing what it did to `out` or the problem to `err`.
int InstallHook(const InstallHookOptions& options, std::ostream& out,
                std::ostream& err);

}  // namespace clawlint
