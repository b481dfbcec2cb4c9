#include "source/source.h"

#include <catch2/catch.hpp>

#include "diag/finding.h"

using clawlint::LineIndex;
using clawlint::RedactedHint;

TEST_CASE("source: line index maps offsets to 1-based line and column",
          "[source]") {
  const std::string text = "ab\ncd\r\nef";
  LineIndex index(text);
  CHECK(index.line_count() == 3);
  CHECK(index.At(0).line == 1);
  CHECK(index.At(0).column == 1);
  CHECK(index.At(1).column == 2);
  CHECK(index.At(3).line == 2);
  CHECK(index.At(3).column == 1);
  // CRLF: the CR is the last column of line 2, 'e' starts line 3.
  CHECK(index.At(7).line == 3);
  CHECK(index.At(7).column == 1);
  CHECK(index.At(999).line == 3);  // clamped to the end
}

TEST_CASE("source: columns count code points and skip the BOM", "[source]") {
  const std::string text = "\xEF\xBB\xBF{\"\xC3\xA9\xF0\x9F\x98\x80\": 1}";
  LineIndex index(text);
  CHECK(index.At(3).column == 1);   // '{' right after the BOM
  CHECK(index.At(4).column == 2);   // '"'
  CHECK(index.At(5).column == 3);   // 'é' (2 bytes)
  CHECK(index.At(7).column == 4);   // emoji (4 bytes, one code point)
  CHECK(index.At(11).column == 5);  // closing quote
}

TEST_CASE("source: redacted hints never contain the secret", "[source]") {
  CHECK(RedactedHint("short") == "length 5");
  const std::string token = "1234567890:ABCdefGHIjklMNOpqrSTUvwxYZ";
  const std::string hint = RedactedHint(token);
  CHECK(hint == "length 37, starts \"123\xE2\x80\xA6\"");
  CHECK(hint.find(token.substr(3)) == std::string::npos);
}
