// The layout of a compiled schema blob, shared by the build-time compiler
// (compile_schema.cpp) and the run-time view (static_json.h).
//
// A blob is a read-only JSON DOM flattened into little-endian 32-bit words,
// so the view can answer every question with a few loads and no parsing:
//
//   header   kHeaderWords words (see HeaderWord)
//   nodes    node_count x {kind, a, b}
//              string: a = byte offset in the string pool, b = length
//              number: a, b = low, high word of the IEEE double
//              array:  a = first entry in `items`, b = count
//              object: a = first entry in `members` (and in `sorted`), b =
//              count
//   members  {key offset, key length, value node}, in the document's order
//   sorted   member indices; sorted[a .. a+b) lists an object's members by
//            key (bytewise), for binary search
//   items    node indices of array elements
//   strings  the string pool (keys and values, deduplicated)
//
// Identical subtrees are stored once (the DOM is a DAG), which is invisible
// to readers since nothing points back to a parent.
#pragma once

#include <cstdint>

namespace clawlint::schema::blob {

inline constexpr uint32_t kMagic = 0x4a534c43;  // "CLSJ" read little-endian
inline constexpr uint32_t kVersion = 1;

enum HeaderWord : uint32_t {
  kWordMagic,
  kWordVersion,
  kWordNodeCount,
  kWordNodes,    // byte offset of the node table
  kWordMembers,  // byte offset of the member table
  kWordSorted,   // byte offset of the sorted member index
  kWordItems,    // byte offset of the array item table
  kWordStrings,  // byte offset of the string pool
  kWordStringsSize,
  kWordRoot,  // node index of the document root
  kHeaderWords
};

enum class NodeKind : uint32_t {
  kNull,
  kFalse,
  kTrue,
  kNumber,
  kString,
  kArray,
  kObject
};

inline constexpr uint32_t kNodeWords = 3;
inline constexpr uint32_t kMemberWords = 3;

/// The keyword the compiler adds to subschemas that the reference validates
/// with ajv (channel and plugin config schemas) rather than zod, because the
/// two report problems with different messages (config-format.md §4).
inline constexpr char kValidatorKeyword[] = "x-clawlint-validator";

}  // namespace clawlint::schema::blob
