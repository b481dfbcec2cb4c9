// Development driver for scripts/json5/fuzz-diff.js: reads one hex-encoded
// input per line on stdin and prints our parser's result as one JSON line,
// in the encoding of record-cases.js. Not part of the build; compile with
//   g++ -std=c++20 -O1 -fsanitize=address,undefined -Ilinter \
//     scripts/json5/json5_driver.cpp linter/json5/json5.cpp -o
//     /tmp/json5_driver
#include <algorithm>
#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "json5/json5.h"

namespace {

using clawlint::json5::Kind;
using clawlint::json5::Member;
using clawlint::json5::Node;
using nlohmann::json;

bool IsArrayIndex(const std::string& key, uint64_t* index) {
  if (key.empty() || key.size() > 10) return false;
  if (key.size() > 1 && key[0] == '0') return false;
  uint64_t v = 0;
  for (const char c : key) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  *index = v;
  return v < 4294967295ull;
}

json Encode(const Node& node) {
  switch (node.kind) {
    case Kind::kNull:
      return nullptr;
    case Kind::kBool:
      return node.boolean;
    case Kind::kNumber: {
      const double d = node.number;
      if (std::isnan(d)) return {{"$num", "NaN"}};
      if (std::isinf(d)) return {{"$num", d > 0 ? "Infinity" : "-Infinity"}};
      if (d == 0 && std::signbit(d)) return {{"$num", "-0"}};
      return d;
    }
    case Kind::kString:
      return node.string;
    case Kind::kArray: {
      json out = json::array();
      for (const auto& item : node.items) out.push_back(Encode(*item));
      return out;
    }
    case Kind::kObject: {
      std::vector<std::pair<uint64_t, const Member*>> indices;
      std::vector<const Member*> rest;
      for (const Member& m : node.members) {
        uint64_t index = 0;
        if (IsArrayIndex(m.key, &index)) {
          indices.emplace_back(index, &m);
        } else {
          rest.push_back(&m);
        }
      }
      std::sort(indices.begin(), indices.end());
      json members = json::array();
      for (const auto& [index, m] : indices) {
        members.push_back(json::array({m->key, Encode(*m->value)}));
      }
      for (const Member* m : rest) {
        members.push_back(json::array({m->key, Encode(*m->value)}));
      }
      return {{"$obj", members}};
    }
  }
  return nullptr;
}

std::string FromHex(const std::string& hex) {
  std::string out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    out.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  }
  return out;
}

}  // namespace

int main() {
  std::string line;
  while (std::getline(std::cin, line)) {
    const std::string input = FromHex(line);
    clawlint::json5::Document doc;
    clawlint::json5::ParseError error;
    json out;
    if (clawlint::json5::Parse(input, &doc, &error)) {
      out["ok"] = true;
      out["value"] = Encode(*doc.root);
    } else {
      out["ok"] = false;
      out["error"] = error.message;
      out["line"] = error.line;
      out["column"] = error.column;
    }
    std::cout << out.dump(-1, ' ', false, json::error_handler_t::replace)
              << "\n";
  }
}
