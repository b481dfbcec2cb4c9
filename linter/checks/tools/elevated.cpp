#include "checks/tools/elevated.h"

#include <cmath>

#include "checks/helpers.h"

namespace clawlint::checks::tools {

namespace {

// String(value) of a JSON scalar, as normalizeAllowFromList stringifies.
std::string Stringify(const config::Value& v) {
  if (v.is_string()) return v.string;
  if (v.is_bool()) return v.boolean ? "true" : "false";
  if (v.is_null()) return "null";
  if (v.is_number()) {
    if (std::isfinite(v.number) && v.number == std::floor(v.number) &&
        std::fabs(v.number) < 1e21) {
      return std::to_string(static_cast<long long>(v.number));
    }
    return "n";  // non-blank; never "*"
  }
  if (v.is_array()) {
    std::string out;
    for (size_t i = 0; i < v.items.size(); ++i) {
      if (i) out += ",";
      if (!v.items[i]->is_null()) out += Stringify(*v.items[i]);
    }
    return out;
  }
  return "[object Object]";
}

}  // namespace

std::vector<ElevatedList> ElevatedAllowFrom(const config::ConfigView& c) {
  std::vector<ElevatedList> out;
  const config::Value* enabled = c.Find("tools.elevated.enabled");
  if (enabled && enabled->is_false()) return out;
  const config::Value* allow = c.Find("tools.elevated.allowFrom");
  if (!allow || !allow->is_object()) return out;
  for (const auto& m : allow->members) {
    ElevatedList l;
    l.provider = m.key;
    l.value = m.value.get();
    if (m.value->is_array()) {
      for (const auto& item : m.value->items) {
        const std::string text = Stringify(*item);
        std::string_view s = Trim(text);
        if (s.empty()) continue;
        ++l.count;
        l.has_wildcard |= s == "*";
      }
    }
    out.push_back(std::move(l));
  }
  return out;
}

}  // namespace clawlint::checks::tools
