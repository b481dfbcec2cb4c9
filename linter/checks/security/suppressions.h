// 2026.9.6 `security.audit.suppressions` (checks-gateway.md §2.20): a pass
// the driver runs after every check of a config root. It moves matching
// findings out of the report and completes the
// security.audit.suppressions.active marker.
#pragma once

#include <string>
#include <vector>

#include "config/view.h"
#include "diag/finding.h"

namespace clawlint::checks {

/// Where a suppression comes from.
enum class SuppressionKind {
  kAudit,     // the config's own 2026.9.6 security.audit.suppressions
  kInline,    // a `// clawlint: ignore[...]` JSON5 comment
  kConfig,    // an `ignore:` entry of .clawlint.yml
  kBaseline,  // a --baseline file entry
};

/// "audit" | "inline" | "config" | "baseline".
std::string_view SuppressionKindName(SuppressionKind kind);

/// A finding a suppression moved out of the report.
struct SuppressedFinding {
  Finding finding;
  std::string reason;  // the entry's trimmed reason; "" when none
  SuppressionKind kind = SuppressionKind::kAudit;
  std::string until;   // YYYY-MM-DD expiry, "" when none
  std::string source;  // where the suppression is written: "path:line"
};

/// The marker's detail text.
std::string SuppressionsActiveDetail(size_t configured, size_t moved);

/// Applies the suppressions of `config` (2026.9.6 only; no-op otherwise) to
/// findings[first...]: each finding matched by an entry moves to
/// `suppressed`, in order. The marker is never suppressed; its detail gets
/// the moved count.
void ApplyAuditSuppressions(const config::ConfigView& config,
                            std::vector<Finding>* findings, size_t first,
                            std::vector<SuppressedFinding>* suppressed);

}  // namespace clawlint::checks
