// Human-readable report: `path:line:col: severity: title [checkId]`, the
// detail indented below, findings grouped per file, one summary line.
#pragma once

#include <ostream>

#include "driver.h"

namespace clawlint::formats {

void WriteText(const Report& report, std::ostream& out, bool color);

}  // namespace clawlint::formats
