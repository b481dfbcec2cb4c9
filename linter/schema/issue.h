// The validator's internal problem record: close to a zod issue, because the
// reference's final wording depends on zod's issue codes (the allowed-values
// hint, which union branch gets reported), not only on the message.
#pragma once

#include <string>
#include <vector>

#include "source/source.h"

namespace clawlint::schema {

/// zod issue codes (zod/v4/core/errors); kAjv marks an issue of the ajv
/// dialect, whose message is final when created.
enum class Code {
  kInvalidType,
  kInvalidValue,
  kInvalidUnion,
  kTooSmall,
  kTooBig,
  kInvalidFormat,
  kUnrecognizedKeys,
  kInvalidKey,
  kNotMultipleOf,
  kCustom,
  kAjv,
};

/// A value the reference lists in an "(allowed: ...)" hint.
struct AllowedValue {
  std::string key;    // JSON text, for de-duplication
  std::string label;  // how the hint shows it
};

/// The reference's collectAllowedValuesFromIssue() result for one issue:
/// `incomplete` means "no hint" for the whole enclosing union.
struct Allowed {
  bool incomplete = false;
  std::vector<AllowedValue> values;
};

struct Issue {
  Code code = Code::kCustom;
  std::string path;  // dotted, "" for the root
  std::string message;
  Span span;
  /// zod stops checking a value after an aborting issue, and a union
  /// reports its only branch without one (zod's handleUnionResults).
  bool aborts = false;
  Allowed allowed;
  std::string bound_hint;  // 2026.9.6's " (maximum: N)" for numbers
  std::string detail;
};

using Issues = std::vector<Issue>;

}  // namespace clawlint::schema
