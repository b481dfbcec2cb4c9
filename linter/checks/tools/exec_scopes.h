// Shared notions of the reference's exec-runtime collector (checks-channels.md
// §5.2, §8): the effective exec scopes and the open DM/group surfaces.
#pragma once

#include <string>
#include <vector>

#include "checks/helpers.h"
#include "config/view.h"

namespace clawlint::checks::tools {

/// One effective exec scope: the implicit default scope, then one per agent
/// entry with a string id (a later scope with the same id replaces an earlier
/// one in place).
struct ExecScope {
  std::string id;
  std::string security;  // "deny" | "allowlist" | "full" | other as written
  const config::Value* at = nullptr;  // where security is set (or nearest)
  std::string path;                   // its config path
};
std::vector<ExecScope> ExecScopes(const config::ConfigView& c);

/// An open DM/group surface: a `groupPolicy` or `dmPolicy` equal to "open"
/// in any nested object under `channels` (sorted by path).
struct OpenSurface {
  std::string path;
  const config::Value* value = nullptr;
  config::ValuePtr keep;  // keeps the (normalized) channels tree alive
};
std::vector<OpenSurface> OpenExecSurfaces(const config::ConfigView& c);

/// The channels section the reference audits (the normalized channel config
/// of checks-channels.md §0.1); nullptr when absent or not an object. The
/// one place that decides which channel view the tools/exposure/trust-model
/// checks read.
config::ValuePtr ChannelsSection(const config::ConfigView& c);

}  // namespace clawlint::checks::tools
