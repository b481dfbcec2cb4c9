// The reference's tool-policy evaluation (checks-channels.md §6), shared by
// the tools.* and security.exposure.* / security.trust_model.* checks: tool
// profiles, allow/alsoAllow/deny lists, tool groups, aliases and `*` globs,
// for both reference releases (their tool catalogues differ).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checks/helpers.h"
#include "config/view.h"

namespace clawlint::checks::tools {

/// Which release's catalogue and matcher to use.
enum class Release { k429, k96 };
Release ReleaseOf(const config::ConfigView& c);

/// One allow/deny policy. An absent list is nullopt; entries are kept as
/// written (non-strings become "", which never matches anything).
struct ToolPolicy {
  std::optional<std::vector<std::string>> allow;
  std::optional<std::vector<std::string>> deny;
};

/// normalizeToolName: JS-trimmed, lower-cased, aliases resolved (`bash` →
/// `exec`, `apply-patch` → `apply_patch`; 9.6 also `cron` → `automations`).
std::string NormalizeToolName(std::string_view name, Release r);

/// expandToolGroups: normalizes, drops blanks, expands `group:<section>` and
/// `group:openclaw`, de-duplicates in order.
std::vector<std::string> ExpandToolGroups(const std::vector<std::string>& list,
                                          Release r);

/// A `*` glob as the reference compiles it (whole-name match).
bool GlobMatches(std::string_view pattern, std::string_view name);

/// The built-in profile policy (`minimal`, `coding`, `messaging`; 9.6 `full`
/// = allow `*`); nullopt for `full` (4.29), unknown or unset profiles.
std::optional<ToolPolicy> ProfilePolicy(const config::Value* profile,
                                        Release r);

/// pickSandboxToolPolicy of a `tools`-shaped object (allow + alsoAllow,
/// deny); nullopt when it sets neither.
std::optional<ToolPolicy> PickToolPolicy(const config::Value* tools);

/// One policy admits `name`.
bool IsToolAllowedByPolicy(std::string_view name, const ToolPolicy& policy,
                           Release r);
/// Every policy admits `name`.
bool IsToolAllowed(std::string_view name,
                   const std::vector<ToolPolicy>& policies, Release r);

/// The 9.6 sandbox tool policy of an agent (`tools.sandbox.tools`, agent over
/// global, over the built-in defaults); `agent` may be nullptr.
ToolPolicy SandboxToolPolicy(const config::ConfigView& c,
                             const AgentEntry* agent);

/// The policies that decide which tools a context (agents.defaults when
/// `agent` is nullptr, else one agent) may use: profile (agent ?? global;
/// 9.6 merges the explicit alsoAllow), global tools.allow/deny, agent
/// allow/deny, then (sandbox mode "all") the sandbox tool policy (9.6).
std::vector<ToolPolicy> ConfiguredToolPolicies(const config::ConfigView& c,
                                               const AgentEntry* agent,
                                               std::string_view sandbox_mode);

/// The audit's agent contexts: agents.defaults, then every agent entry with a
/// string id.
struct ToolContext {
  std::string label;  // "agents.defaults", "agents.list.<id>"
  const AgentEntry* agent = nullptr;
  const config::Value* tools = nullptr;  // the agent's `tools` object
};
std::vector<ToolContext> ToolContexts(const config::ConfigView& c,
                                      const std::vector<AgentEntry>& agents);

/// collectRiskyToolExposureContexts: contexts whose sandbox mode is not
/// "all" and that admit runtime tools (exec, process), or fs tools (read,
/// write, edit, apply_patch) without tools.fs.workspaceOnly === true.
struct RiskyContexts {
  std::vector<std::string> labels;
  bool runtime_risk = false;
};
RiskyContexts CollectRiskyContexts(const config::ConfigView& c);

}  // namespace clawlint::checks::tools
