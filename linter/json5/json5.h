// A JSON5 parser that accepts exactly the dialect of the `json5` npm package
// 2.2.3 (the one OpenClaw uses) and keeps byte spans for every value and key,
// plus every comment, so findings and fixes can point into the original bytes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace clawlint::json5 {

enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject };

struct Node;

/// One member of an object. For duplicate keys json5 keeps the position of
/// the FIRST occurrence and the value of the LAST one; `key_begin/key_end`
/// and `value` belong to the last occurrence (where the effective bytes are).
struct Member {
  std::string key;  // decoded key
  uint32_t key_begin = 0;
  uint32_t key_end = 0;
  std::unique_ptr<Node> value;
};

/// A parsed value with its byte span [begin, end) in the file.
struct Node {
  Kind kind = Kind::kNull;
  uint32_t begin = 0;
  uint32_t end = 0;
  bool boolean = false;
  double number = 0;      // IEEE double, as JavaScript (NaN/Infinity allowed)
  std::string string;     // decoded string value (UTF-8)
  std::vector<std::unique_ptr<Node>> items;  // kArray
  std::vector<Member> members;               // kObject, in JS insertion order

  bool is_object() const { return kind == Kind::kObject; }
  bool is_array() const { return kind == Kind::kArray; }
  bool is_string() const { return kind == Kind::kString; }
  /// The member named `key`, or nullptr.
  const Member* Find(std::string_view key) const;
};

/// A `//` or `/* */` comment, byte span including the delimiters.
struct Comment {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool block = false;
};

struct Document {
  std::unique_ptr<Node> root;
  std::vector<Comment> comments;  // in file order
};

/// A syntax error, positioned as json5 2.2.3 positions it (see
/// spec config-format.md §1.4): `line` counts LF only, `column` counts UTF-16
/// code units. `offset` is the byte offset of the offending character (or the
/// end of input) for our own file:line:col rendering.
struct ParseError {
  std::string message;  // e.g. "JSON5: invalid character ',' at 4:17"
  uint32_t offset = 0;
  uint32_t line = 1;
  uint32_t column = 1;
};

struct Limits {
  uint32_t max_depth = 1000;               // nesting of arrays/objects
  uint64_t max_bytes = 64ull * 1024 * 1024;  // whole file
};

/// Parses `text` (UTF-8; invalid sequences read as U+FFFD like Node's
/// decoder). Returns false and fills `error` on a syntax error or when a
/// limit is exceeded; never throws.
bool Parse(std::string_view text, Document* doc, ParseError* error,
           const Limits& limits = {});

}  // namespace clawlint::json5
