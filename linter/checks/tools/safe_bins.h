// safeBins / safeBinTrustedDirs as the exec collector reads them (§5.2).
#pragma once

#include <string>
#include <vector>

#include "config/view.h"

namespace clawlint::checks::tools {

/// One scope's safeBins: tools.exec, then each agent (string id) in order.
struct SafeBinScope {
  std::string label;  // "tools.exec" / "agents.list.<id>.tools.exec"
  std::string path;   // config path of the safeBins array
  const config::Value* safe_bins = nullptr;
  std::vector<std::string> bins;  // lower-cased, trimmed, deduped, sorted
  std::vector<std::string> unprofiled_interpreters;
  std::vector<std::string> broad;  // jq, awk family, sed family
};
/// Scopes with a non-empty safeBins list.
std::vector<SafeBinScope> SafeBinScopes(const config::ConfigView& c);

/// normalizeSafeBinName: last path segment, without .exe/.cmd/.bat/.com.
std::string SafeBinName(std::string_view raw);
bool IsInterpreterLikeSafeBin(std::string_view name);

struct RiskyTrustedDir {
  std::string path;  // config path of the array
  const config::Value* value = nullptr;
  std::string entry;
  std::string reason;
};
std::vector<RiskyTrustedDir> RiskyTrustedDirs(const config::ConfigView& c);
/// classifyRiskySafeBinTrustedDir: the reason, or "" when not risky.
std::string ClassifyTrustedDir(std::string_view entry);

}  // namespace clawlint::checks::tools
