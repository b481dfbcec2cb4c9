// .clawlint.yml: per-repository settings, read from the tree being linted.
//
//   profile: 2026.9.6
//   paths: [openclaw.json, "deploy/**/openclaw.json"]
//   fail-on: critical
//   env: { OPENCLAW_GATEWAY_TOKEN: dummy }
//   checks:
//     logging.redact_off: { severity: critical }
//     hooks.token_too_short: { enabled: false }
//   ignore:
//     - path: "lab/**"
//       checks: [gateway.bind_no_auth]
//       reason: isolated lab network
//       until: 2026-12-31
//
// Unknown keys and wrong types are errors at file:line:col.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/finding.h"
#include "ignores/ignores.h"

namespace clawlint::ignores {

struct CheckOverride {
  std::optional<Severity> severity;
  bool enabled = true;
};

struct ProjectConfig {
  std::string file;  // where it was read from, "" = none
  std::string bytes;
  std::optional<std::string> profile;
  std::vector<std::string> paths;
  std::optional<Severity> fail_on;
  std::map<std::string, std::string> env;
  std::map<std::string, CheckOverride> checks;
  std::vector<PathIgnore> ignore;
};

/// Limits against hostile files (YAML bombs, deep nesting).
inline constexpr size_t kMaxConfigBytes = 1 << 20;
inline constexpr size_t kMaxConfigNodes = 100000;
inline constexpr int kMaxConfigDepth = 64;

/// Parses `bytes` (the text of `file`). On error returns false with a
/// one-line `error` "file:line:col: message".
bool ParseProjectConfig(const std::string& file, std::string bytes,
                        ProjectConfig* out, std::string* error);

/// `config` as YAML (the effective settings, for --dump-config).
std::string DumpProjectConfig(const ProjectConfig& config);

/// Applies `checks:` overrides: disabled checks' findings are dropped,
/// severities replaced.
void ApplyCheckOverrides(const ProjectConfig& config,
                         std::vector<Finding>* findings);

}  // namespace clawlint::ignores
