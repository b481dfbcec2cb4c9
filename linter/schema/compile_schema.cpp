// Build-time schema compiler: turns the reference's exported JSON Schema
// (schema/openclaw-<V>.schema.json, written by scripts/schema/export) into a
// generated header holding the schema as a flattened, read-only JSON DOM in
// one string literal (layout: blob_format.h), so clawlint never parses JSON
// at run time.
//
//   compile_schema <schema.json> <out.inc> <symbol>
//
// Before flattening it applies the post-processing of config-format.md §4,
// which the data deliberately does not contain (it stays the reference's
// own export):
//   1. `required` entries whose property schema has a `default` are dropped:
//      the export derives `required` from zod *output* types, where defaulted
//      fields always exist, but an input may omit them.
//   2. `#/$defs/...` refs that do not resolve at the root are rewritten to the
//      nearest enclosing `$defs` holding the name (plugin schemas embedded in
//      the export keep their own `$defs` but refer to them root-relatively).
// and marks the subschemas that the reference validates with ajv instead of
// zod (blob::kValidatorKeyword), since their problems read differently.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "schema/blob_format.h"

namespace {

using json = nlohmann::ordered_json;
namespace blob = clawlint::schema::blob;

// ---------------------------------------------------------------------------
// Walking the schema positions of draft-07 (never into `default`, `const`,
// `enum` or `examples`, whose values are data, not schemas).

struct SchemaWalk {
  std::vector<std::string> segments;  // JSON pointer segments to the node
  std::vector<std::string> defs;      // pointers of enclosing `$defs` objects
};

std::string EscapePointerSegment(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string Pointer(const std::vector<std::string>& segments) {
  std::string out = "#";
  for (const std::string& s : segments) out += "/" + EscapePointerSegment(s);
  return out;
}

bool IsSchemaMap(const std::string& k) {
  return k == "properties" || k == "patternProperties" || k == "$defs" ||
         k == "definitions";
}

bool IsSchemaList(const std::string& k) {
  return k == "anyOf" || k == "oneOf" || k == "allOf";
}

bool IsSingleSchema(const std::string& k) {
  return k == "additionalProperties" || k == "additionalItems" || k == "not" ||
         k == "if" || k == "then" || k == "else" || k == "propertyNames" ||
         k == "contains" || k == "items";
}

template <typename Visit>
void Walk(json& s, SchemaWalk& w, const Visit& visit) {
  if (!s.is_object()) return;
  visit(s, w);
  const bool has_defs = s.contains("$defs");
  if (has_defs) w.defs.push_back(Pointer(w.segments) + "/$defs");
  for (auto& [key, value] : s.items()) {
    w.segments.push_back(key);
    if (IsSchemaMap(key) && value.is_object()) {
      for (auto& [name, sub] : value.items()) {
        w.segments.push_back(name);
        Walk(sub, w, visit);
        w.segments.pop_back();
      }
    } else if ((IsSchemaList(key) || key == "items") && value.is_array()) {
      for (size_t i = 0; i < value.size(); ++i) {
        w.segments.push_back(std::to_string(i));
        Walk(value[i], w, visit);
        w.segments.pop_back();
      }
    } else if (IsSingleSchema(key)) {
      Walk(value, w, visit);
    }
    w.segments.pop_back();
  }
  if (has_defs) w.defs.pop_back();
}

// ---------------------------------------------------------------------------
// Post-processing (config-format.md §4).

struct Stats {
  size_t dropped_required = 0;
  size_t kept_required = 0;
  size_t rewritten_refs = 0;
  size_t ajv_roots = 0;
};

void DropDefaultedRequired(json& s, Stats& stats) {
  if (!s.contains("required") || !s["required"].is_array()) return;
  const json* props = s.contains("properties") ? &s["properties"] : nullptr;
  json kept = json::array();
  for (const json& name : s["required"]) {
    const bool defaulted =
        props && name.is_string() && props->contains(name.get<std::string>()) &&
        (*props)[name.get<std::string>()].is_object() &&
        (*props)[name.get<std::string>()].contains("default");
    if (defaulted) {
      ++stats.dropped_required;
    } else {
      kept.push_back(name);
      ++stats.kept_required;
    }
  }
  s["required"] = kept;
}

// Resolves a local JSON pointer ("#/a/b") in `root`, or nullptr.
const json* Resolve(const json& root, const std::string& ref) {
  if (ref.rfind("#", 0) != 0) return nullptr;
  const json* node = &root;
  size_t pos = 1;
  while (pos < ref.size()) {
    if (ref[pos] != '/') return nullptr;
    size_t end = ref.find('/', pos + 1);
    if (end == std::string::npos) end = ref.size();
    std::string seg;
    for (size_t i = pos + 1; i < end; ++i) {
      if (ref[i] == '~' && i + 1 < end) {
        seg += ref[i + 1] == '1' ? '/' : '~';
        ++i;
      } else {
        seg += ref[i];
      }
    }
    if (node->is_object() && node->contains(seg)) {
      node = &(*node)[seg];
    } else if (node->is_array() && !seg.empty() &&
               seg.find_first_not_of("0123456789") == std::string::npos &&
               std::stoul(seg) < node->size()) {
      node = &(*node)[std::stoul(seg)];
    } else {
      return nullptr;
    }
    pos = end;
  }
  return node;
}

void FixDanglingRef(const json& root, json& s, const SchemaWalk& w,
                    Stats& stats) {
  if (!s.contains("$ref") || !s["$ref"].is_string()) return;
  const std::string ref = s["$ref"];
  static const std::string kRootDefs = "#/$defs/";
  if (ref.rfind(kRootDefs, 0) != 0 || Resolve(root, ref)) return;
  const std::string rest = ref.substr(kRootDefs.size());
  for (auto it = w.defs.rbegin(); it != w.defs.rend(); ++it) {
    const std::string candidate = *it + "/" + rest;
    if (Resolve(root, candidate)) {
      s["$ref"] = candidate;
      ++stats.rewritten_refs;
      return;
    }
  }
}

// The reference validates channel configs (`channels.<id>`, each a plugin's
// JSON Schema, recognisable by its own `$schema`) and plugin configs
// (`plugins.entries.<id>.config`) with ajv, everything else with zod.
bool IsAjvRoot(const json& s, const std::vector<std::string>& seg) {
  if (seg.size() == 4 && seg[0] == "properties" && seg[1] == "channels" &&
      seg[2] == "properties") {
    return s.contains("$schema");
  }
  return seg.size() == 8 && seg[0] == "properties" && seg[1] == "plugins" &&
         seg[2] == "properties" && seg[3] == "entries" &&
         seg[4] == "properties" && seg[6] == "properties" && seg[7] == "config";
}

bool PostProcess(json& root, Stats& stats) {
  SchemaWalk w;
  Walk(root, w, [&](json& s, const SchemaWalk& at) {
    DropDefaultedRequired(s, stats);
    FixDanglingRef(root, s, at, stats);
    if (IsAjvRoot(s, at.segments)) {
      s[blob::kValidatorKeyword] = "ajv";
      ++stats.ajv_roots;
    }
  });
  bool ok = true;
  SchemaWalk check;
  Walk(root, check, [&](json& s, const SchemaWalk& at) {
    if (s.contains("$ref") && !Resolve(root, s["$ref"].get<std::string>())) {
      std::cerr << "compile_schema: unresolved $ref " << s["$ref"] << " at "
                << Pointer(at.segments) << "\n";
      ok = false;
    }
  });
  return ok;
}

// ---------------------------------------------------------------------------
// Flattening into the blob (blob_format.h), sharing identical subtrees.

class Flattener {
 public:
  uint32_t Add(const json& j) {
    if (j.is_array()) return AddArray(j);
    if (j.is_object()) return AddObject(j);
    return AddScalar(j);
  }

  std::string Serialize(uint32_t root) const {
    std::vector<uint32_t> words(blob::kHeaderWords, 0);
    words[blob::kWordMagic] = blob::kMagic;
    words[blob::kWordVersion] = blob::kVersion;
    words[blob::kWordNodeCount] = static_cast<uint32_t>(NodeCount());
    words[blob::kWordRoot] = root;
    Append(&words, blob::kWordNodes, nodes_);
    Append(&words, blob::kWordMembers, members_);
    Append(&words, blob::kWordSorted, sorted_);
    Append(&words, blob::kWordItems, items_);
    words[blob::kWordStrings] = static_cast<uint32_t>(words.size() * 4);
    words[blob::kWordStringsSize] = static_cast<uint32_t>(strings_.size());
    std::string out;
    out.reserve(words.size() * 4 + strings_.size());
    for (uint32_t w : words) {
      for (int i = 0; i < 4; ++i) {
        out += static_cast<char>((w >> (8 * i)) & 0xff);
      }
    }
    return out + strings_;
  }

  size_t NodeCount() const { return nodes_.size() / blob::kNodeWords; }

 private:
  using Kind = blob::NodeKind;

  static void Append(std::vector<uint32_t>* words, uint32_t header_word,
                     const std::vector<uint32_t>& table) {
    (*words)[header_word] = static_cast<uint32_t>(words->size() * 4);
    words->insert(words->end(), table.begin(), table.end());
  }

  uint32_t Intern(const std::string& s) {
    auto [it, inserted] =
        string_ids_.emplace(s, static_cast<uint32_t>(strings_.size()));
    if (inserted) strings_ += s;
    return it->second;
  }

  // A node's identity is its content: kind, scalar payload, and the ids of
  // its (already shared) children, so equal subtrees get one node.
  static std::string Signature(Kind kind, const std::vector<uint32_t>& words) {
    std::string sig(1, static_cast<char>(kind));
    sig.append(reinterpret_cast<const char*>(words.data()),
               words.size() * sizeof(uint32_t));
    return sig;
  }

  uint32_t Existing(const std::string& signature) const {
    auto it = node_ids_.find(signature);
    return it == node_ids_.end() ? UINT32_MAX : it->second;
  }

  uint32_t NewNode(std::string signature, Kind kind, uint32_t a, uint32_t b) {
    const uint32_t id = static_cast<uint32_t>(NodeCount());
    nodes_.insert(nodes_.end(), {static_cast<uint32_t>(kind), a, b});
    node_ids_.emplace(std::move(signature), id);
    return id;
  }

  uint32_t AddScalar(const json& j) {
    Kind kind = Kind::kNull;
    uint32_t a = 0, b = 0;
    if (j.is_boolean()) {
      kind = j.get<bool>() ? Kind::kTrue : Kind::kFalse;
    } else if (j.is_number()) {
      const double d = j.get<double>();
      uint64_t bits = 0;
      std::memcpy(&bits, &d, sizeof bits);
      kind = Kind::kNumber;
      a = static_cast<uint32_t>(bits);
      b = static_cast<uint32_t>(bits >> 32);
    } else if (j.is_string()) {
      const std::string& s = j.get_ref<const std::string&>();
      kind = Kind::kString;
      a = Intern(s);
      b = static_cast<uint32_t>(s.size());
    }
    std::string sig = Signature(kind, {a, b});
    const uint32_t existing = Existing(sig);
    return existing != UINT32_MAX ? existing
                                  : NewNode(std::move(sig), kind, a, b);
  }

  uint32_t AddArray(const json& j) {
    std::vector<uint32_t> children;
    for (const json& item : j) children.push_back(Add(item));
    std::string sig = Signature(Kind::kArray, children);
    const uint32_t existing = Existing(sig);
    if (existing != UINT32_MAX) return existing;
    const uint32_t first = static_cast<uint32_t>(items_.size());
    items_.insert(items_.end(), children.begin(), children.end());
    return NewNode(std::move(sig), Kind::kArray, first,
                   static_cast<uint32_t>(children.size()));
  }

  uint32_t AddObject(const json& j) {
    std::vector<uint32_t> words;  // key offset, key length, value; in order
    std::vector<std::string> keys;
    for (const auto& [key, value] : j.items()) {
      const uint32_t v = Add(value);
      words.insert(words.end(),
                   {Intern(key), static_cast<uint32_t>(key.size()), v});
      keys.push_back(key);
    }
    std::string sig = Signature(Kind::kObject, words);
    const uint32_t existing = Existing(sig);
    if (existing != UINT32_MAX) return existing;
    const uint32_t first =
        static_cast<uint32_t>(members_.size() / blob::kMemberWords);
    members_.insert(members_.end(), words.begin(), words.end());
    std::vector<uint32_t> order(keys.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    // std::string compares bytes as unsigned char, as the reader does.
    std::sort(order.begin(), order.end(),
              [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
    for (uint32_t i : order) sorted_.push_back(first + i);
    return NewNode(std::move(sig), Kind::kObject, first,
                   static_cast<uint32_t>(keys.size()));
  }

  std::vector<uint32_t> nodes_;
  std::vector<uint32_t> members_;
  std::vector<uint32_t> sorted_;
  std::vector<uint32_t> items_;
  std::string strings_;
  std::unordered_map<std::string, uint32_t> string_ids_;
  std::unordered_map<std::string, uint32_t> node_ids_;
};

// ---------------------------------------------------------------------------
// Output.

// One C++ string literal piece per 64 bytes; octal escapes always use three
// digits so a following digit can never extend them.
std::string Literal(const std::string& bytes) {
  std::string out;
  out.reserve(bytes.size() * 3);
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (i % 64 == 0) out += i ? "\"\n    \"" : "    \"";
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?') {
      out += static_cast<char>(c);
    } else {
      char esc[5];
      std::snprintf(esc, sizeof esc, "\\%03o", c);
      out += esc;
    }
  }
  return out + "\"";
}

bool Write(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: compile_schema <schema.json> <out.inc> <symbol>\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  json doc = json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!in || doc.is_discarded() || !doc.is_object()) {
    std::cerr << "compile_schema: cannot read a JSON Schema from " << argv[1]
              << "\n";
    return 1;
  }
  Stats stats;
  if (!PostProcess(doc, stats)) return 1;
  Flattener flat;
  const uint32_t root = flat.Add(doc);
  const std::string bytes = flat.Serialize(root);
  std::ostringstream text;
  text << "// Generated by compile_schema from " << argv[1]
       << ". Do not edit.\n"
       << "// required entries dropped (defaulted): " << stats.dropped_required
       << ", kept: " << stats.kept_required
       << "; $defs refs rewritten: " << stats.rewritten_refs
       << "; ajv-validated subschemas: " << stats.ajv_roots
       << "; nodes: " << flat.NodeCount() << "; bytes: " << bytes.size() << "\n"
       << "inline constexpr char " << argv[3] << "[] =\n"
       << Literal(bytes) << ";\n";
  if (!Write(argv[2], text.str())) {
    std::cerr << "compile_schema: cannot write " << argv[2] << "\n";
    return 1;
  }
  return 0;
}
