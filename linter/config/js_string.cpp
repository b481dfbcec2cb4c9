#include "config/js_string.h"

namespace clawlint::config {

namespace {

// Length of the JS whitespace/line-terminator code point at the start of
// `s`, or 0.
size_t WhitespaceAt(std::string_view s) {
  if (s.empty()) return 0;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  static constexpr std::string_view kMultiByte[] = {
      "\xC2\xA0",     "\xE1\x9A\x80", "\xE2\x80\x80", "\xE2\x80\x81",
      "\xE2\x80\x82", "\xE2\x80\x83", "\xE2\x80\x84", "\xE2\x80\x85",
      "\xE2\x80\x86", "\xE2\x80\x87", "\xE2\x80\x88", "\xE2\x80\x89",
      "\xE2\x80\x8A", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\xAF",
      "\xE2\x81\x9F", "\xE3\x80\x80", "\xEF\xBB\xBF"};
  for (std::string_view ws : kMultiByte) {
    if (s.substr(0, ws.size()) == ws) return ws.size();
  }
  return 0;
}

size_t TrailingWhitespace(std::string_view s) {
  for (size_t len = 1; len <= 3 && len <= s.size(); ++len) {
    std::string_view tail = s.substr(s.size() - len);
    if (WhitespaceAt(tail) == len) return len;
  }
  return 0;
}

}  // namespace

std::string_view JsTrim(std::string_view s) {
  while (size_t n = WhitespaceAt(s)) s.remove_prefix(n);
  while (size_t n = TrailingWhitespace(s)) s.remove_suffix(n);
  return s;
}

size_t JsLength(std::string_view s) {
  size_t units = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) == 0x80) continue;
    units += c >= 0xF0 ? 2 : 1;  // astral code points are surrogate pairs
  }
  return units;
}

}  // namespace clawlint::config
