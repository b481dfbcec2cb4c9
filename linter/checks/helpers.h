// Notions shared by several checks: exposure predicates and the resolved
// gateway auth of checks-gateway.md §1, for both reference releases.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/view.h"
#include "diag/finding.h"

namespace clawlint::checks {

/// JavaScript's String.prototype.trim() whitespace set, on UTF-8.
std::string_view Trim(std::string_view s);
/// JavaScript string length (UTF-16 code units) of UTF-8 text.
size_t Utf16Length(std::string_view s);

/// The string at `path`, or "" when absent or not a string.
std::string_view StringAt(const config::ConfigView& c, std::string_view path);
/// A non-blank string (after trim).
bool IsNonBlankString(const config::Value* v);
/// A `{source, provider?, id}` SecretRef object.
bool IsSecretRef(const config::Value* v);
/// A string that still holds a literal `${NAME}` (unset variable).
bool HasUnresolvedEnv(const config::Value* v);

/// The secret at `path` as the audit's secret-resolved config holds it: a
/// trimmed plain string without a literal ${VAR}, or a SecretRef resolved from
/// the --env map when the reference could resolve it locally; else "".
std::string ResolvedSecret(const config::ConfigView& c, std::string_view path);

/// gateway.bind after the load-time migrations; "loopback" when unset.
std::string_view Bind(const config::ConfigView& c);
/// gateway.tailscale.mode; "off" when unset.
std::string_view TailscaleMode(const config::ConfigView& c);
/// E_bind: bind != loopback.
bool ExposedByBind(const config::ConfigView& c);
/// E_remote: bind != loopback or tailscale serve/funnel.
bool RemotelyExposed(const config::ConfigView& c);
/// gateway.controlUi.enabled !== false.
bool ControlUiEnabled(const config::ConfigView& c);

/// The gateway auth the reference resolves (§1.2).
struct GatewayAuth {
  std::string mode;      // token | password | none | trusted-proxy | ...
  std::string token;     // resolved, trimmed; "" when none
  std::string password;  // resolved, trimmed; "" when none
  bool allow_tailscale = false;
};
GatewayAuth ResolveGatewayAuth(const config::ConfigView& c);

/// hasSharedSecret / hasGatewayAuth / (9.6) hasLoopbackAuth of §1.3.
bool HasSharedSecret(const config::ConfigView& c, const GatewayAuth& auth);
/// passwordCanWin of §1.3: the password decides auth (explicit password
/// mode, or no mode and no token anywhere). 4.29 resolves a password
/// SecretRef only then.
bool PasswordCanWin(const config::ConfigView& c, const GatewayAuth& auth);
bool HasGatewayAuth(const config::ConfigView& c, const GatewayAuth& auth);
bool HasLoopbackAuth(const config::ConfigView& c, const GatewayAuth& auth);

/// 9.6 reads a secret string `$NAME` (trimmed, NAME an uppercase env name;
/// with `braced`, also a literal `${NAME}`) as an env SecretRef: returns NAME,
/// else "". Its config loader records a `$NAME` value as a pending env
/// reference that the audit never resolves.
std::string_view EnvSecretShorthand(std::string_view s, bool braced = false);

/// 9.6: the gateway secret whose strength the audit checks when auth.mode is
/// `credential` ("token" or "password", §2.6): the resolved value (config,
/// env, gateway.remote.*), else the raw config string as written. A SecretRef
/// object counts as the value it resolves to from the env; nullopt when it
/// does not resolve, for the `$NAME` shorthand (never resolved), for an
/// unresolved ${VAR}, or when there is nothing to check.
std::optional<std::string> SelectedGatewaySecret(const config::ConfigView& c,
                                                 const GatewayAuth& auth,
                                                 std::string_view credential);

}  // namespace clawlint::checks

namespace clawlint::checks {

/// The 4.29 hook install records kept in config
/// (`hooks.internal.installs.<id>`) whose source is "npm", in order.
std::vector<const config::MemberEntry*> NpmHookInstalls(
    const config::ConfigView& c);

/// hooks.enabled === true: every hooks.* hardening check is gated on it.
bool HooksEnabled(const config::ConfigView& c);
/// trim(hooks.token) when it is a string, else "".
std::string_view HooksToken(const config::ConfigView& c);
/// Severity of the hooks.* exposure-graded checks: critical when remotely
/// exposed (E_remote), else warn.
Severity ExposureSeverity(const config::ConfigView& c);

}  // namespace clawlint::checks

namespace clawlint::checks {

/// One configured agent as the audit's collectors list them (§2.16).
/// 2026.4.29: the objects of `agents.list`. 2026.9.6: `agents.entries.<key>`
/// (the key is the id) when `agents.entries` is present, else the legacy
/// `agents.list` objects.
struct AgentEntry {
  std::string id;                        // the raw id; "" when none
  bool has_string_id = false;            // `typeof entry.id === "string"`
  const config::Value* value = nullptr;  // the entry object
  std::string path;  // "agents.list[0]" or "agents.entries.<key>"
  /// How the reference names the agent in finding texts:
  /// "agents.list.<id>" (4.29) or "agents.entries.<id>" (9.6).
  std::string label;
};
std::vector<AgentEntry> AgentEntries(const config::ConfigView& c);

/// normalizeAgentId: trimmed, lower-cased, invalid characters folded to "-";
/// "main" when nothing is left.
std::string NormalizeAgentId(std::string_view id);

/// The first entry whose normalized id equals normalize(`agent_id`), or
/// nullptr (resolveAgentConfig's lookup).
const AgentEntry* FindAgent(const std::vector<AgentEntry>& agents,
                            std::string_view agent_id);

/// The effective sandbox mode of an agent (`agent.sandbox.mode ??
/// agents.defaults.sandbox.mode ?? "off"`); `agent` may be nullptr (the
/// defaults).
std::string SandboxMode(const config::ConfigView& c, const AgentEntry* agent);

}  // namespace clawlint::checks

namespace clawlint::checks {

/// A docker settings block the sandbox audit examines (§2.16): the defaults'
/// block, then each agent's (agents with a string id), whatever the sandbox
/// mode.
struct DockerBlock {
  std::string label;  // "agents.defaults.sandbox.docker", "agents.list.<id>..."
  std::string path;   // config path: "agents.list[0].sandbox.docker"
  const config::Value* value = nullptr;
};
std::vector<DockerBlock> SandboxDockerBlocks(const config::ConfigView& c);

}  // namespace clawlint::checks
