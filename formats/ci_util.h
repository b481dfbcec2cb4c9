// Small helpers the CI formats (SARIF, JUnit, GitHub annotations) share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "driver.h"

namespace clawlint::formats {

/// `s` as valid UTF-8: every invalid byte sequence becomes U+FFFD.
std::string ValidUtf8(std::string_view s);

/// A repo-relative POSIX path as a relative URI reference: bytes outside
/// RFC 3986 unreserved characters and '/' are percent-encoded.
std::string PathToUri(std::string_view path);

/// A finding's one-line message: its title as a sentence, then the detail.
std::string Message(const Finding& f);

/// A finding together with whether a suppression moved it out of the report
/// (and why), in the report's order: active findings first, then suppressed.
struct ReportedFinding {
  const Finding* finding = nullptr;
  bool suppressed = false;
  std::string_view reason;  // suppression reason, may be empty
  checks::SuppressionKind kind = checks::SuppressionKind::kAudit;
};
std::vector<ReportedFinding> CollectFindings(const Report& report,
                                             bool include_suppressed);

/// Indexes of `items` ordered by severity (critical first), stable.
std::vector<size_t> SeverityOrder(const std::vector<ReportedFinding>& items);

}  // namespace clawlint::formats
