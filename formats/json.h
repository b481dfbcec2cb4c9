// The JSON report, versioned: {"version": 1, ...}. See docs/json-report.md.
#pragma once

#include <ostream>

#include "driver.h"

namespace clawlint::formats {

inline constexpr int kJsonReportVersion = 1;

void WriteJson(const Report& report, std::ostream& out);

}  // namespace clawlint::formats
