// Turning spans into what people and tools read: path, line and column.
#pragma once

#include <string>

#include "driver.h"

namespace clawlint::formats {

struct Position {
  std::string path;
  uint32_t line = 1;    // 1-based
  uint32_t column = 1;  // 1-based, Unicode code points
  uint32_t end_line = 1;
  uint32_t end_column = 1;
};

/// The position of `span`; a finding without a span points at line 1 of its
/// config root.
Position Locate(const Report& report, const Span& span,
                const std::string& fallback_path);

/// A stable fingerprint of a finding that survives edits elsewhere in the
/// file: check id, file, config path and root (not line numbers).
std::string Fingerprint(const Finding& f, const Report& report);

}  // namespace clawlint::formats
