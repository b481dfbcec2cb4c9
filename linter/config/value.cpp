#include "config/value.h"

#include <algorithm>
#include <unordered_map>

namespace clawlint::config {

const MemberEntry* Value::GetMember(std::string_view key) const {
  if (kind != Kind::kObject) return nullptr;
  for (const MemberEntry& m : members) {
    if (m.key == key) return &m;
  }
  return nullptr;
}

const Value* Value::Get(std::string_view key) const {
  const MemberEntry* m = GetMember(key);
  return m ? m->value.get() : nullptr;
}

std::string_view TypeOf(const Value& v) {
  switch (v.kind) {
    case Kind::kBool:
      return "boolean";
    case Kind::kNumber:
      return "number";
    case Kind::kString:
      return "string";
    default:
      return "object";
  }
}

namespace {

bool IsBlockedMergeKey(std::string_view key) {
  return key == "__proto__" || key == "prototype" || key == "constructor";
}

// JavaScript's canonical array index: "0" or digits without a leading zero,
// below 2^32 - 1.
bool IsArrayIndexKey(std::string_view key, uint64_t* index) {
  if (key.empty() || key.size() > 10) return false;
  if (key.size() > 1 && key[0] == '0') return false;
  uint64_t n = 0;
  for (char c : key) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + static_cast<uint64_t>(c - '0');
  }
  if (n >= 4294967295ull) return false;
  *index = n;
  return true;
}

}  // namespace

void SortMembersLikeJavaScript(std::vector<MemberEntry>& members) {
  uint64_t unused = 0;
  auto is_index = [&](const MemberEntry& m) {
    return IsArrayIndexKey(m.key, &unused);
  };
  auto first_named =
      std::stable_partition(members.begin(), members.end(), is_index);
  std::sort(members.begin(), first_named,
            [](const MemberEntry& a, const MemberEntry& b) {
              uint64_t x = 0, y = 0;
              IsArrayIndexKey(a.key, &x);
              IsArrayIndexKey(b.key, &y);
              return x < y;
            });
}

ValuePtr Merge(const ValuePtr& target, const ValuePtr& source) {
  if (target && source && target->is_array() && source->is_array()) {
    auto result = std::make_shared<Value>(*source);
    result->items = target->items;
    result->items.insert(result->items.end(), source->items.begin(),
                         source->items.end());
    return result;
  }
  if (target && source && target->is_object() && source->is_object()) {
    auto result = std::make_shared<Value>(*source);
    result->members = target->members;
    // Keys are copied: member storage may reallocate while we append.
    std::unordered_map<std::string, size_t> index;
    for (size_t i = 0; i < result->members.size(); ++i) {
      index.emplace(result->members[i].key, i);
    }
    for (const MemberEntry& m : source->members) {
      if (IsBlockedMergeKey(m.key)) continue;
      auto [it, inserted] = index.emplace(m.key, result->members.size());
      if (inserted) {
        result->members.push_back(m);
      } else {
        MemberEntry& slot = result->members[it->second];
        slot.value = Merge(slot.value, m.value);
      }
    }
    SortMembersLikeJavaScript(result->members);
    return result;
  }
  return source;
}

}  // namespace clawlint::config
