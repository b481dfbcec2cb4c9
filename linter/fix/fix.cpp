#include "fix/fix.h"

#include <algorithm>
#include <tuple>

namespace clawlint::fix {

std::string_view ApplicabilityName(Applicability a) {
  switch (a) {
    case Applicability::kSafe:
      return "safe";
    case Applicability::kUnsafe:
      return "unsafe";
    case Applicability::kDisplayOnly:
      return "display-only";
  }
  return "unsafe";
}

namespace {
Fix Make(std::string title, Applicability applicability,
         std::vector<Edit> edits) {
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
    return std::tie(a.span.file, a.span.begin, a.span.end) <
           std::tie(b.span.file, b.span.begin, b.span.end);
  });
  return Fix{std::move(title), applicability, std::move(edits)};
}
}  // namespace

Fix Fix::Safe(std::string title, std::vector<Edit> edits) {
  return Make(std::move(title), Applicability::kSafe, std::move(edits));
}

Fix Fix::Unsafe(std::string title, std::vector<Edit> edits) {
  return Make(std::move(title), Applicability::kUnsafe, std::move(edits));
}

}  // namespace clawlint::fix
