// SARIF 2.1.0 for GitHub code scanning and other SARIF consumers; the
// conventions are in docs/sarif.md (ci-conventions.md §1).
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "driver.h"

namespace clawlint::formats {

/// GitHub rejects a run with more results (ci-conventions.md §1.2).
inline constexpr size_t kSarifMaxResults = 25000;

struct SarifOptions {
  /// Also emit findings moved out by suppressions, with `suppressions`
  /// (GitHub ignores them and would open alerts, hence off by default).
  bool include_suppressed = false;
  /// `automationDetails.id` is "<category>/".
  std::string category = "clawlint";
  size_t max_results = kSarifMaxResults;
};

/// Writes one run. Problems a user should see (results capped) are appended
/// to `warnings`.
void WriteSarif(const Report& report, std::ostream& out,
                const SarifOptions& options,
                std::vector<std::string>* warnings);

}  // namespace clawlint::formats
