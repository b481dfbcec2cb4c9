// A read-only view over a compiled JSON blob (layout: blob_format.h).
//
// Everything here is constexpr and reads the blob byte by byte, so a blob
// that is a string literal can be queried at compile time, and at run time a
// lookup is a few loads and a binary search: loading a schema costs nothing.
#pragma once

#include <bit>
#include <cstdint>
#include <string>
#include <string_view>

#include "schema/blob_format.h"

namespace clawlint::schema {

class JsonNode;

/// The bytes of one compiled blob.
class Blob {
 public:
  constexpr explicit Blob(std::string_view bytes) : bytes_(bytes) {}

  /// True when the bytes start with a header this reader understands.
  constexpr bool ok() const {
    return bytes_.size() >= blob::kHeaderWords * 4 &&
           Header(blob::kWordMagic) == blob::kMagic &&
           Header(blob::kWordVersion) == blob::kVersion;
  }
  constexpr JsonNode root() const;
  constexpr uint32_t node_count() const { return Header(blob::kWordNodeCount); }
  constexpr size_t size() const { return bytes_.size(); }

  /// The little-endian word at `byte_offset`.
  constexpr uint32_t Word(uint32_t byte_offset) const {
    uint32_t w = 0;
    for (uint32_t i = 0; i < 4; ++i) {
      w |= static_cast<uint32_t>(
               static_cast<unsigned char>(bytes_[byte_offset + i]))
           << (8 * i);
    }
    return w;
  }
  constexpr uint32_t Header(uint32_t word) const { return Word(word * 4); }
  constexpr uint32_t Table(uint32_t header_word, uint32_t index) const {
    return Word(Header(header_word) + index * 4);
  }
  constexpr std::string_view String(uint32_t offset, uint32_t length) const {
    return bytes_.substr(Header(blob::kWordStrings) + offset, length);
  }

 private:
  std::string_view bytes_;
};

/// One value in a blob; default-constructed (or a failed lookup) it is
/// invalid. Cheap to copy.
class JsonNode {
 public:
  using Kind = blob::NodeKind;

  constexpr JsonNode() = default;
  constexpr JsonNode(const Blob* blob, uint32_t index)
      : blob_(blob), index_(index) {}

  // Validity is the index, not the pointer: GCC cannot constant-evaluate
  // comparing a constexpr object's address with null under -fsanitize.
  constexpr bool valid() const { return index_ != kInvalid; }
  explicit constexpr operator bool() const { return valid(); }
  /// The node's index in its blob: a stable identity for caches.
  constexpr uint32_t id() const { return index_; }
  constexpr const Blob* blob() const { return blob_; }

  constexpr Kind kind() const { return static_cast<Kind>(Field(0)); }
  constexpr bool is_null() const { return valid() && kind() == Kind::kNull; }
  constexpr bool is_bool() const {
    return valid() && (kind() == Kind::kTrue || kind() == Kind::kFalse);
  }
  constexpr bool is_number() const {
    return valid() && kind() == Kind::kNumber;
  }
  constexpr bool is_string() const {
    return valid() && kind() == Kind::kString;
  }
  constexpr bool is_array() const { return valid() && kind() == Kind::kArray; }
  constexpr bool is_object() const {
    return valid() && kind() == Kind::kObject;
  }

  constexpr bool boolean() const { return kind() == Kind::kTrue; }
  constexpr double number() const {
    const uint64_t bits =
        static_cast<uint64_t>(Field(1)) | static_cast<uint64_t>(Field(2)) << 32;
    return std::bit_cast<double>(bits);
  }
  constexpr std::string_view string() const {
    return blob_->String(Field(1), Field(2));
  }

  /// Array items or object members.
  constexpr uint32_t size() const {
    return is_array() || is_object() ? Field(2) : 0;
  }
  constexpr JsonNode item(uint32_t i) const {
    return {blob_, blob_->Table(blob::kWordItems, Field(1) + i)};
  }
  /// The i-th member in the document's order.
  constexpr std::string_view key(uint32_t i) const {
    const uint32_t m = (Field(1) + i) * blob::kMemberWords;
    return blob_->String(blob_->Table(blob::kWordMembers, m),
                         blob_->Table(blob::kWordMembers, m + 1));
  }
  constexpr JsonNode value(uint32_t i) const {
    const uint32_t m = (Field(1) + i) * blob::kMemberWords;
    return {blob_, blob_->Table(blob::kWordMembers, m + 2)};
  }

  /// The member named `k` (binary search), or an invalid node.
  constexpr JsonNode Find(std::string_view k) const {
    const int64_t i = IndexOf(k);
    return i < 0 ? JsonNode() : value(static_cast<uint32_t>(i));
  }
  /// Position of member `k` in the document's order, or -1.
  constexpr int64_t IndexOf(std::string_view k) const;

 private:
  constexpr uint32_t Field(uint32_t w) const {
    return blob_->Table(blob::kWordNodes, index_ * blob::kNodeWords + w);
  }
  constexpr std::string_view KeyOf(uint32_t member) const {
    const uint32_t m = member * blob::kMemberWords;
    return blob_->String(blob_->Table(blob::kWordMembers, m),
                         blob_->Table(blob::kWordMembers, m + 1));
  }

  static constexpr uint32_t kInvalid = UINT32_MAX;

  const Blob* blob_ = nullptr;
  uint32_t index_ = kInvalid;
};

constexpr JsonNode Blob::root() const {
  return JsonNode(this, Header(blob::kWordRoot));
}

constexpr int64_t JsonNode::IndexOf(std::string_view k) const {
  if (!is_object()) return -1;
  uint32_t lo = 0, hi = Field(2);
  while (lo < hi) {
    const uint32_t mid = lo + (hi - lo) / 2;
    const uint32_t member = blob_->Table(blob::kWordSorted, Field(1) + mid);
    const int c = KeyOf(member).compare(k);
    if (c == 0) return static_cast<int64_t>(member) - Field(1);
    if (c < 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return -1;
}

/// JSON.stringify of `node` (members in the document's order); used for
/// messages and to check the compiler round trip.
std::string JsonText(JsonNode node);

}  // namespace clawlint::schema
