// A loaded config value as JSON, for comparing configs in tests.
#pragma once

#include <nlohmann/json.hpp>

#include "config/value.h"

namespace clawlint::testing {

/// Keeps the config's key order (nlohmann::ordered_json).
inline nlohmann::ordered_json ToJson(const config::Value& v) {
  using json = nlohmann::ordered_json;
  switch (v.kind) {
    case config::Kind::kNull:
      return nullptr;
    case config::Kind::kBool:
      return v.boolean;
    case config::Kind::kNumber:
      return v.number;
    case config::Kind::kString:
      return v.string;
    case config::Kind::kArray: {
      json out = json::array();
      for (const auto& item : v.items) out.push_back(ToJson(*item));
      return out;
    }
    case config::Kind::kObject: {
      json out = json::object();
      for (const auto& m : v.members) out[m.key] = ToJson(*m.value);
      return out;
    }
  }
  return nullptr;
}

}  // namespace clawlint::testing
