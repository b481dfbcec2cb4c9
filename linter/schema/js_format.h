// Renders values the way the reference's JavaScript does, so that messages
// can be compared with the reference's byte for byte.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace clawlint::schema {

/// Number.prototype.toString(): "1", "0.5", "1e+21", "NaN", "-Infinity".
std::string JsNumber(double d);

/// String.prototype.length of a UTF-8 string: its UTF-16 code units.
size_t JsLength(std::string_view utf8);

/// JSON.stringify of a string, quotes included.
std::string JsonQuote(std::string_view s);

}  // namespace clawlint::schema
