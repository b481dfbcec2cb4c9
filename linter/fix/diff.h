// Unified diffs that `git apply` and `patch -p1` accept.
#pragma once

#include <string>
#include <string_view>

namespace clawlint::fix {

/// The unified diff (3 lines of context) turning `before` into `after` for
/// the repo-relative `path`, with `a/` and `b/` prefixes and "\ No newline
/// at end of file" markers. Empty when the texts are equal.
std::string UnifiedDiff(std::string_view path, std::string_view before,
                        std::string_view after);

}  // namespace clawlint::fix
