// JavaScript string semantics on UTF-8 text, where the reference's
// behaviour depends on them: String.prototype.trim() and `.length`.
#pragma once

#include <cstddef>
#include <string_view>

namespace clawlint::config {

/// String.prototype.trim(): strips ECMAScript white space and line
/// terminators (including NBSP, U+2028/9, the BOM) from both ends.
std::string_view JsTrim(std::string_view s);

/// `.length` of the string in JavaScript: UTF-16 code units.
size_t JsLength(std::string_view s);

}  // namespace clawlint::config
