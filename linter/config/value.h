// The merged configuration: what OpenClaw sees after `$include` resolution and
// `${VAR}` substitution, where every value still knows the bytes it came from.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "json5/json5.h"
#include "source/source.h"

namespace clawlint::config {

using json5::Kind;

class Value;
using ValuePtr = std::shared_ptr<Value>;

/// Where a value is written: its span, and which include load brought its
/// file in (an index into LoadedConfig::loads, for the include chain).
struct Origin {
  Span span;
  uint32_t load = 0;
};

struct MemberEntry {
  std::string key;
  Span key_span;  // the key as written (may be in another file than the value)
  ValuePtr value;
};

/// One node of the merged tree. Built by the loader, read-only afterwards.
class Value {
 public:
  Kind kind = Kind::kNull;
  bool boolean = false;
  double number = 0;
  std::string string;  // after ${VAR} substitution
  std::vector<ValuePtr> items;
  std::vector<MemberEntry> members;  // JavaScript enumeration order
  Origin origin;

  /// ${VAR} bookkeeping for string values (config-format.md §3.1).
  bool env_substituted = false;  // at least one ${VAR} was replaced
  bool env_unresolved = false;   // at least one ${VAR} was left literal
  bool env_done = false;         // substitution already ran on this value
  /// The string as written, before substitution; empty when substitution
  /// left it unchanged (then `string` is what is written).
  std::string authored;

  bool is_null() const { return kind == Kind::kNull; }
  bool is_bool() const { return kind == Kind::kBool; }
  bool is_number() const { return kind == Kind::kNumber; }
  bool is_string() const { return kind == Kind::kString; }
  bool is_array() const { return kind == Kind::kArray; }
  bool is_object() const { return kind == Kind::kObject; }
  bool is_true() const { return is_bool() && boolean; }
  bool is_false() const { return is_bool() && !boolean; }

  /// Member value by key, or nullptr (also when this is not an object).
  const Value* Get(std::string_view key) const;
  const MemberEntry* GetMember(std::string_view key) const;
  /// The string value as written in the file (before `${VAR}` substitution).
  const std::string& Authored() const {
    return authored.empty() ? string : authored;
  }
};

/// The `typeof` name JavaScript gives a value ("object" for null and arrays).
std::string_view TypeOf(const Value& v);

/// Deep-merges `source` over `target` as OpenClaw's include merge does
/// (config-format.md §2.7): arrays concatenate, objects merge key by key
/// (skipping __proto__/prototype/constructor), anything else: source wins.
ValuePtr Merge(const ValuePtr& target, const ValuePtr& source);

/// Reorders members the way a JavaScript object enumerates them: canonical
/// array-index keys ("0", "42") first in ascending order, then the rest in
/// insertion order.
void SortMembersLikeJavaScript(std::vector<MemberEntry>& members);

}  // namespace clawlint::config
