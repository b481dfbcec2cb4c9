#include "checks/catalog.h"

#include <string>

namespace clawlint::checks {

namespace {

// The reference's collector order, both releases merged (the relative order
// of ids they share is the same). "area.*" entries rank a whole family.
constexpr std::string_view kEmissionOrder[] = {
    "summary.attack_surface",
    "config.agent_roster.invalid_default_count",
    "fs.synced_dir",
    "gateway.tools_invoke_http.dangerous_allow",
    "gateway.bind_no_auth",
    "gateway.env_token_overrides_config",
    "gateway.trusted_proxies_missing",
    "gateway.loopback_no_auth",
    "gateway.control_ui.allowed_origins_required",
    "gateway.control_ui.allowed_origins_wildcard",
    "gateway.control_ui.host_header_origin_fallback",
    "gateway.real_ip_fallback_enabled",
    "discovery.mdns_full_mode",
    "gateway.tailscale_funnel",
    "gateway.tailscale_serve",
    "mcp.apps.enabled",
    "gateway.control_ui.insecure_auth",
    "gateway.control_ui.device_auth_disabled",
    "config.insecure_or_dangerous_flags",
    "gateway.token_placeholder_value",
    "gateway.token_too_short",
    "gateway.password_placeholder_value",
    "gateway.password_too_short",
    "gateway.trusted_proxy_auth",
    "gateway.trusted_proxy_no_proxies",
    "gateway.trusted_proxy_no_user_header",
    "gateway.trusted_proxy_allow_loopback",
    "gateway.trusted_proxy_device_auto_approve",
    "gateway.trusted_proxy_device_auto_approve_admin",
    "gateway.trusted_proxy_no_allowlist",
    "gateway.auth_no_rate_limit",
    "plugins.*",
    "logging.redact_off",
    "tools.elevated.*",
    "tools.exec.host_sandbox_no_sandbox_defaults",
    "tools.exec.host_sandbox_no_sandbox_agents",
    "tools.exec.security_full_configured",
    "security.exposure.open_channels_with_exec",
    "tools.exec.fs_tools_disabled_but_exec_enabled",
    "tools.exec.auto_allow_skills_enabled",
    "tools.exec.allowlist_interpreter_without_strict_inline_eval",
    "tools.exec.safe_bins_interpreter_unprofiled",
    "tools.exec.safe_bins_broad_behavior",
    "tools.exec.safe_bin_trusted_dirs_risky",
    "tools.exec.agent_skill_mcp_boundary_drift",
    "tools.exec.mcporter_registry_inspection_incomplete",
    "tools.exec.*",
    "hooks.token_too_short",
    "hooks.token_reuse_gateway_token",
    "hooks.path_root",
    "hooks.default_session_key_unset",
    "hooks.allowed_agent_ids_unrestricted",
    "hooks.request_session_key_enabled",
    "hooks.request_session_key_prefixes_missing",
    "gateway.http.no_auth",
    "gateway.http.session_key_override_enabled",
    "sandbox.docker_config_mode_off",
    "sandbox.*",  // dangerous docker settings, interleaved per docker block
    "gateway.nodes.deny_commands_ineffective",
    "gateway.nodes.allow_commands_dangerous",
    "tools.profile_minimal_overridden",
    "config.secrets.gateway_password_in_config",
    "config.secrets.hooks_token_in_config",
    "models.legacy",
    "models.weak_tier",
    "models.small_params",
    "security.exposure.open_groups_with_elevated",
    "security.exposure.open_groups_with_runtime_or_fs",
    "security.exposure.open_groups_with_control_plane_tools",
    "security.exposure.*",
    "security.trust_model.group_scope_main",
    "security.trust_model.multi_user_heuristic",
    "security.trust_model.cross_agent_session_access_default",
    "security.trust_model.*",
    "fs.*",
    "hooks.installs_*",
    "channels.*",
    "gateway.probe_*",
};

constexpr int kUnknownRank = static_cast<int>(std::size(kEmissionOrder));

// `pattern` is an id, or ends with '*' to match a prefix.
bool Matches(std::string_view pattern, std::string_view id) {
  if (pattern.ends_with('*')) {
    return id.starts_with(pattern.substr(0, pattern.size() - 1));
  }
  return pattern == id;
}

}  // namespace

int EmissionRank(std::string_view check_id) {
  // The 9.6 suppressions marker is appended after everything else.
  if (check_id == "security.audit.suppressions.active") return kUnknownRank + 1;
  int best = kUnknownRank;
  size_t best_length = 0;
  for (int i = 0; i < kUnknownRank; ++i) {
    std::string_view pattern = kEmissionOrder[i];
    if (!Matches(pattern, check_id)) continue;
    if (pattern == check_id) return i;  // exact beats any family
    if (pattern.size() > best_length) {
      best = i;
      best_length = pattern.size();
    }
  }
  return best;
}

bool IsReferenceCheckId(std::string_view check_id) {
  // Areas the reference has no checkIds in.
  static constexpr std::string_view kOwnAreas[] = {"clawlint.", "secrets."};
  for (std::string_view area : kOwnAreas) {
    if (check_id.starts_with(area)) return false;
  }
  return true;
}

const std::vector<NotDerivable>& NotDerivableChecks() {
  static const std::vector<NotDerivable> table = {
      {"browser.control_invalid_config",
       "never emitted by `openclaw security audit` (browser plugin collector)"},
      {"browser.control_no_auth",
       "never emitted by `openclaw security audit` (browser plugin collector)"},
      {"browser.extension_relay_legacy_auth",
       "never emitted by `openclaw security audit` (browser plugin collector)"},
      {"browser.remote_cdp_http",
       "never emitted by `openclaw security audit` (browser plugin collector)"},
      {"browser.remote_cdp_private_host",
       "never emitted by `openclaw security audit` (browser plugin collector)"},
      {"channels.<ch>.account.read_only_resolution",
       "raised when the plugin's account resolver throws on an unresolvable "
       "secret reference: depends on the environment and secret providers"},
      {"channels.<ch>.allowFrom.mutable_entries_inert",
       "2026.9.6 only, and its CLI loads no audited channel plugin (external "
       "plugins), so it never emits it (checks-channels.md §8)"},
      {"channels.<ch>.dm.locked",
       "2026.9.6 only; needs the pairing store, and its CLI emits no channel "
       "findings (checks-channels.md §8)"},
      {"channels.<ch>.dm.wildcard_routing_unverified.<acct>",
       "2026.9.6 only; its CLI emits no channel findings (checks-channels.md "
       "§8)"},
      {"channels.<ch>.groups.open",
       "2026.9.6 only; its CLI emits no channel findings (checks-channels.md "
       "§8)"},
      {"channels.<ch>.routing.owner_missing.<acct>",
       "2026.9.6 only; its CLI emits no channel findings (checks-channels.md "
       "§8)"},
      {"channels.discord.allowlisted_groups.broad_members",
       "emitted only by the later external discord plugin, not by either "
       "reference release's CLI"},
      {"channels.dm.session_collision.<keys>.<n>",
       "2026.9.6 only; needs admitted DM principals from the pairing store "
       "and its CLI emits no channel findings (checks-channels.md §8)"},
      {"channels.slack.commands.slash.*",
       "in the slack plugin's code but never reached by `security audit` "
       "(slack is not audited in 2026.4.29, external in 2026.9.6)"},
      {"channels.whatsapp.*",
       "needs WhatsApp login state on the host (linked auth dir)"},
      {"channels.zalouser.groups.mutable_entries",
       "needs zalouser login state on the host (zca session)"},
      {"fs.auth_profiles.perms_readable", "host file permissions"},
      {"fs.auth_profiles.perms_writable", "host file permissions"},
      {"fs.config.perms_group_readable", "host file permissions"},
      {"fs.config.perms_world_readable", "host file permissions"},
      {"fs.config.perms_writable", "host file permissions"},
      {"fs.config.symlink", "host file system"},
      {"fs.config_include.perms_group_readable", "host file permissions"},
      {"fs.config_include.perms_world_readable", "host file permissions"},
      {"fs.config_include.perms_writable", "host file permissions"},
      {"fs.credentials_dir.perms_readable", "host file permissions"},
      {"fs.credentials_dir.perms_writable", "host file permissions"},
      {"fs.log_file.perms_readable", "host file permissions"},
      {"fs.sessions_store.perms_readable", "host file permissions"},
      {"fs.state_dir.*", "host file permissions of the state directory"},
      {"fs.synced_dir", "host file system (synced-folder detection)"},
      {"gateway.probe_auth_secretref_unavailable",
       "needs a live gateway (`--deep`)"},
      {"gateway.probe_failed", "needs a live gateway (`--deep`)"},
      {"hooks.installs_version_drift",
       "compares install records with installed packages on the host"},
      {"plugins.allow_phantom_entries",
       "needs the installed plugin directories (<stateDir>/extensions)"},
      {"plugins.extensions_no_allowlist",
       "needs the installed plugin directories (<stateDir>/extensions)"},
      {"plugins.tools_reachable_permissive_policy",
       "needs the installed plugin directories (<stateDir>/extensions); the "
       "tool-policy half is evaluated by checks/tools/tool_policy"},
      {"sandbox.bind_mount_non_absolute",
       "unreachable: the reference's schema rejects the config first"},
      {"sandbox.browser_cdp_bridge_unrestricted",
       "documented only; no emitter in either release"},
      {"sandbox.browser_container.*", "needs Docker on the host"},
      {"sandbox.dangerous_apparmor_profile",
       "unreachable: the reference's schema rejects the config first"},
      {"sandbox.dangerous_seccomp_profile",
       "unreachable: the reference's schema rejects the config first"},
      {"tools.exec.agent_skill_mcp_boundary_drift",
       "2026.9.6: also reads the global mcporter registry in the state dir"},
      {"tools.exec.allowlist_interpreter_without_strict_inline_eval",
       "reads the exec-approvals file in the state dir"},
      {"tools.exec.auto_allow_skills_enabled",
       "reads the exec-approvals file in the state dir"},
      {"tools.exec.mcporter_registry_inspection_incomplete",
       "2026.9.6: inspects skills/config/mcporter.json in the state dir"},
  };
  return table;
}

}  // namespace clawlint::checks
