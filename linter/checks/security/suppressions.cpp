#include "checks/security/suppressions.h"

#include <cctype>

#include "checks/helpers.h"

namespace clawlint::checks {

namespace {

constexpr std::string_view kMarkerId = "security.audit.suppressions.active";

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  return out;
}

// normalizeSuppressionText: trimmed and lower-cased; "" when not a string.
std::string Needle(const config::Value* v) {
  return v && v->is_string() ? Lower(Trim(v->string)) : std::string();
}

// findingMatchesSuppression.
bool Matches(const Finding& f, const config::Value& entry) {
  const config::Value* id = entry.Get("checkId");
  if (!id || !id->is_string()) return false;
  std::string_view check_id = Trim(id->string);
  if (check_id.empty() || f.check_id != check_id) return false;
  const std::string title = Needle(entry.Get("titleIncludes"));
  if (!title.empty() && Lower(f.title).find(title) == std::string::npos) {
    return false;
  }
  const std::string detail = Needle(entry.Get("detailIncludes"));
  return detail.empty() || Lower(f.detail).find(detail) != std::string::npos;
}

}  // namespace

std::string_view SuppressionKindName(SuppressionKind kind) {
  switch (kind) {
    case SuppressionKind::kInline:
      return "inline";
    case SuppressionKind::kConfig:
      return "config";
    case SuppressionKind::kBaseline:
      return "baseline";
    case SuppressionKind::kAudit:
      break;
  }
  return "audit";
}

std::string SuppressionsActiveDetail(size_t configured, size_t moved) {
  return "security.audit.suppressions has " + std::to_string(configured) +
         " configured suppression(s); " + std::to_string(moved) +
         " finding(s) moved to suppressedFindings.";
}

void ApplyAuditSuppressions(const config::ConfigView& config,
                            std::vector<Finding>* findings, size_t first,
                            std::vector<SuppressedFinding>* suppressed) {
  if (config.is_4_29()) return;
  const config::Value* list = config.Find("security.audit.suppressions");
  if (!list || !list->is_array() || list->items.empty()) return;
  std::vector<Finding> kept;
  Finding* marker = nullptr;
  size_t moved = 0;
  for (size_t i = first; i < findings->size(); ++i) {
    Finding& f = (*findings)[i];
    const config::Value* match = nullptr;
    if (f.check_id != kMarkerId && !f.check_id.starts_with("clawlint.")) {
      for (const auto& entry : list->items) {
        if (Matches(f, *entry)) {
          match = entry.get();
          break;
        }
      }
    }
    if (!match) {
      kept.push_back(std::move(f));
      continue;
    }
    const config::Value* reason = match->Get("reason");
    SuppressedFinding entry;
    entry.finding = std::move(f);
    if (reason && reason->is_string()) {
      entry.reason = std::string(Trim(reason->string));
    }
    suppressed->push_back(std::move(entry));
    ++moved;
  }
  findings->resize(first);
  for (Finding& f : kept) findings->push_back(std::move(f));
  for (size_t i = first; i < findings->size(); ++i) {
    if ((*findings)[i].check_id == kMarkerId) marker = &(*findings)[i];
  }
  if (marker) {
    marker->detail = SuppressionsActiveDetail(list->items.size(), moved);
  }
}

}  // namespace clawlint::checks
