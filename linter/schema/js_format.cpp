#include "schema/js_format.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace clawlint::schema {
namespace {

// ECMAScript Number::toString for finite non-zero `d`, from the shortest
// round-trip digits (ECMA-262 §6.1.6.1.20, radix 10).
std::string FromDigits(bool negative, const std::string& digits, int n) {
  const int k = static_cast<int>(digits.size());
  std::string out = negative ? "-" : "";
  if (k <= n && n <= 21) return out + digits + std::string(n - k, '0');
  if (0 < n && n <= 21) {
    return out + digits.substr(0, n) + "." + digits.substr(n);
  }
  if (-6 < n && n <= 0) return out + "0." + std::string(-n, '0') + digits;
  const int e = n - 1;
  out += digits.substr(0, 1);
  if (k > 1) out += "." + digits.substr(1);
  return out + "e" + (e < 0 ? "-" : "+") + std::to_string(std::abs(e));
}

}  // namespace

std::string JsNumber(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d < 0 ? "-Infinity" : "Infinity";
  if (d == 0) return "0";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, std::fabs(d),
                                 std::chars_format::scientific);
  const std::string sci(buf, ec == std::errc() ? end : buf);
  const size_t e_at = sci.find('e');
  std::string digits;
  for (size_t i = 0; i < e_at; ++i) {
    if (sci[i] != '.') digits += sci[i];
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  const int exponent = std::stoi(sci.substr(e_at + 1));
  return FromDigits(d < 0, digits, exponent + 1);
}

size_t JsLength(std::string_view utf8) {
  size_t n = 0;
  for (char c : utf8) {
    const unsigned char u = static_cast<unsigned char>(c);
    if ((u & 0xc0) != 0x80) n += u >= 0xf0 ? 2 : 1;  // astral: a pair
  }
  return n;
}

std::string JsonQuote(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char esc[8];
          std::snprintf(esc, sizeof esc, "\\u%04x", c);
          out += esc;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

}  // namespace clawlint::schema
