// Rule metadata shared by the SARIF writer, --list-checks and --explain:
// every check's CheckMeta plus clawlint's own input findings, and the
// severity mappings CI consumers need (docs/sarif.md).
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "checks/check.h"

namespace clawlint::formats {

/// Every check and builtin meta (clawlint.parse_error, ...), sorted by id.
const std::vector<const checks::CheckMeta*>& AllRuleMetas();
/// The meta with `id` (check or builtin), or nullptr.
const checks::CheckMeta* FindRuleMeta(std::string_view id);

/// SARIF `level`: critical -> error, warn -> warning, info -> note.
std::string_view SarifLevel(Severity s);
/// GitHub `security-severity` score: critical "9.5" (Critical), warn "5.5"
/// (Medium), info "2.0" (Low).
std::string_view SecuritySeverity(Severity s);
/// `problem.severity`: critical -> error, warn -> warning,
/// info -> recommendation.
std::string_view ProblemSeverity(Severity s);
/// `precision`: "very-high" for clawlint's own input findings (parse,
/// include, schema), "high" for checks (deterministic reads of the config).
std::string_view Precision(const checks::CheckMeta& meta);

/// "2026.4.29", "2026.9.6" or "both".
std::string ReleasesText(const checks::CheckMeta& meta);
/// Pascal-case rule name (SARIF2012): "gateway.bind_no_auth" ->
/// "GatewayBindNoAuth".
std::string RuleName(std::string_view id);
/// The text of a `## heading` section of check docs (trimmed), or "".
std::string DocsSection(std::string_view docs, std::string_view heading);
/// A section's text on one line: whitespace runs become one space.
std::string OneLine(std::string_view text);
/// GitHub's anchor for a Markdown heading "`id`" in docs/checks.md.
std::string CatalogAnchor(std::string_view id);
/// Where a rule's documentation lives (SARIF helpUri, informationUri).
std::string_view DocsUrl();

/// `--explain ID` as Markdown: title, severity, releases, docs, remediation.
std::string ExplainMarkdown(const checks::CheckMeta& meta);

/// `--list-checks` (text table), `--list-checks --format markdown` (the
/// committed docs/checks.md) and `--list-checks --format json`.
void WriteChecksText(std::ostream& out);
void WriteChecksMarkdown(std::ostream& out);
void WriteChecksJson(std::ostream& out);

}  // namespace clawlint::formats
