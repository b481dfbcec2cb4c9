// tools.elevated.allowFrom as the elevated collector reads it (§5.1).
#pragma once

#include <string>
#include <vector>

#include "config/view.h"

namespace clawlint::checks::tools {

struct ElevatedList {
  std::string provider;
  const config::Value* value = nullptr;
  size_t count = 0;  // normalized entries (duplicates counted)
  bool has_wildcard = false;
};

/// One entry per key of tools.elevated.allowFrom, in key order; empty when
/// tools.elevated.enabled === false.
std::vector<ElevatedList> ElevatedAllowFrom(const config::ConfigView& c);

}  // namespace clawlint::checks::tools
