// Reserved ids for problems with the input itself. They are reported like
// check findings (so they reach every format) but are not checks.
#pragma once

#include "checks/check.h"

namespace clawlint::checks {

extern const CheckMeta kParseError;     // clawlint.parse_error
extern const CheckMeta kIncludeError;   // clawlint.include_error
extern const CheckMeta kSchemaError;    // clawlint.schema_error
extern const CheckMeta kInternalError;  // clawlint.internal_error
// Problems with clawlint's own suppressions (inline comments, .clawlint.yml).
extern const CheckMeta kSuppressionExpired;        // ...suppression.expired
extern const CheckMeta kSuppressionInvalid;        // ...suppression.invalid
extern const CheckMeta kSuppressionMissingReason;  // ...missing_reason
extern const CheckMeta kSuppressionUntrusted;      // ...untrusted
extern const CheckMeta kSuppressionUnused;         // ...unused

/// The reserved metas, sorted by id.
const std::vector<const CheckMeta*>& BuiltinMetas();

}  // namespace clawlint::checks
