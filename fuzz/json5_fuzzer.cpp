// libFuzzer target: the JSON5 parser on arbitrary bytes. Besides "no crash,
// no sanitizer report", it checks what the rest of clawlint relies on: every
// span lies inside the input and is well ordered, comments are in file order,
// and an error points inside the input (or at its end).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "json5/json5.h"

namespace {

using clawlint::json5::Node;

void Require(bool ok) {
  if (!ok) std::abort();
}

void CheckNode(const Node& node, uint32_t begin, uint32_t end) {
  Require(node.begin <= node.end);
  Require(node.begin >= begin && node.end <= end);
  for (const auto& item : node.items) {
    Require(item != nullptr);
    CheckNode(*item, node.begin, node.end);
  }
  for (const auto& member : node.members) {
    Require(member.value != nullptr);
    Require(member.key_begin <= member.key_end);
    Require(member.key_begin >= node.begin && member.key_end <= node.end);
    CheckNode(*member.value, node.begin, node.end);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  clawlint::json5::Document doc;
  clawlint::json5::ParseError error;
  // A small depth limit keeps the recursion shallow under ASan and still
  // exercises the limit path; the default (1000) is covered by the tests.
  clawlint::json5::Limits limits;
  limits.max_depth = 200;
  if (clawlint::json5::Parse(text, &doc, &error, limits)) {
    Require(doc.root != nullptr);
    CheckNode(*doc.root, 0, static_cast<uint32_t>(size));
    uint32_t last = 0;
    for (const auto& c : doc.comments) {
      Require(c.begin < c.end && c.end <= size && c.begin >= last);
      last = c.end;
    }
  } else {
    Require(doc.root == nullptr);
    Require(error.offset <= size);
    Require(error.line >= 1);  // column 0 is json5's own quirk (raw LF)
    Require(!error.message.empty());
  }
  return 0;
}
