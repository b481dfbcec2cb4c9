// The fix model: a fix is a set of byte-range edits on the scanned bytes.
// Checks attach fixes to their findings; fix/apply.h splices them in and
// fix/diff.h turns the result into a unified diff. Nothing here writes files.
#pragma once

#include <string>
#include <vector>

#include "source/source.h"

namespace clawlint::fix {

/// Replace the bytes of `span` with `replacement`. An insertion has an empty
/// span (begin == end); a deletion has an empty replacement.
struct Edit {
  Span span;
  std::string replacement;

  friend bool operator==(const Edit&, const Edit&) = default;
};

/// How safe applying a fix is. Ordered: a run applies every fix at or above
/// the applicability it was asked for.
enum class Applicability {
  kDisplayOnly = 0,  // shown, never applied
  kUnsafe = 1,       // changes behaviour a user may rely on (--unsafe-fixes)
  kSafe = 2,         // the reference's own --fix makes the same change
};

std::string_view ApplicabilityName(Applicability a);  // "safe" | "unsafe" | ...

struct Fix {
  std::string title;  // imperative: "Set logging.redactSensitive to \"tools\""
  Applicability applicability = Applicability::kUnsafe;
  std::vector<Edit> edits;  // sorted by (file, begin, end)

  static Fix Safe(std::string title, std::vector<Edit> edits);
  static Fix Unsafe(std::string title, std::vector<Edit> edits);
};

}  // namespace clawlint::fix
