// Notions shared by several checks: exposure predicates and the resolved
// gateway auth of checks-gateway.md §1, for both reference releases.
#pragma once

#include <string>
#include <string_view>

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
bool HasGatewayAuth(const config::ConfigView& c, const GatewayAuth& auth);
bool HasLoopbackAuth(const config::ConfigView& c, const GatewayAuth& auth);

}  // namespace clawlint::checks

namespace clawlint::checks {

/// hooks.enabled === true: every hooks.* hardening check is gated on it.
bool HooksEnabled(const config::ConfigView& c);
/// trim(hooks.token) when it is a string, else "".
std::string_view HooksToken(const config::ConfigView& c);
/// Severity of the hooks.* exposure-graded checks: critical when remotely
/// exposed (E_remote), else warn.
Severity ExposureSeverity(const config::ConfigView& c);

}  // namespace clawlint::checks
