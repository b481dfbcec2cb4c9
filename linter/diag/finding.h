// Findings: what a check reports, against spans in the scanned bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fix/fix.h"
#include "source/source.h"

namespace clawlint {

enum class Severity { kInfo = 0, kWarn = 1, kCritical = 2 };

std::string_view SeverityName(Severity s);  // "info" | "warn" | "critical"
std::optional<Severity> ParseSeverity(std::string_view name);

struct Finding {
  std::string check_id;
  Severity severity = Severity::kWarn;
  std::string title;
  std::string detail;
  std::string remediation;  // may be empty
  Span span;                // primary location: where the bytes are
  std::string config_path;  // dotted path in the merged config, "" = root
  std::vector<Span> include_chain;  // `$include` sites, outermost first
  std::string root_path;            // the config root this finding belongs to
  std::optional<fix::Fix> fix;      // how to remove it, when clawlint knows
  /// secrets.*: the `${VAR}` name a fix would write instead of the literal
  /// at `span` (derived from the config path); empty otherwise.
  std::string suggested_env;
  /// Position among findings of the same emission rank, where the reference's
  /// order is not the location order (the channel pass); 0 = none.
  uint32_t emission_seq = 0;
};

/// Orders findings by file, position, then check id: a stable report order.
bool FindingLess(const Finding& a, const Finding& b, const SourceSet& sources);

/// A short, non-reversible description of a secret for messages:
/// `length 46, starts "123…"` (at most 3 leading characters, none for short
/// values). Never returns the value itself.
std::string RedactedHint(std::string_view secret);

}  // namespace clawlint
