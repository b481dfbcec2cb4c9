#include "checks/remediations.h"

#include "fix/edits.h"

namespace clawlint::checks {
namespace {

void FlipIfOpen(const config::ConfigView& config, const config::Value& holder,
                std::vector<fix::Edit>* edits) {
  const config::Value* policy = holder.Get("groupPolicy");
  if (!policy || !policy->is_string() || policy->string != "open") return;
  if (auto edit = fix::ReplaceString(config.sources(), *policy, "allowlist")) {
    edits->push_back(std::move(*edit));
  }
}

}  // namespace

std::optional<fix::Fix> OpenGroupPoliciesToAllowlist(
    const config::ConfigView& config) {
  const config::Value* channels = config.Find("channels");
  if (!channels || !channels->is_object()) return std::nullopt;
  std::vector<fix::Edit> edits;
  for (const config::MemberEntry& channel : channels->members) {
    if (!channel.value->is_object()) continue;
    FlipIfOpen(config, *channel.value, &edits);
    const config::Value* accounts = channel.value->Get("accounts");
    if (!accounts || !accounts->is_object()) continue;
    for (const config::MemberEntry& account : accounts->members) {
      if (account.key.empty() || !account.value->is_object()) continue;
      FlipIfOpen(config, *account.value, &edits);
    }
  }
  if (edits.empty()) return std::nullopt;
  return fix::Fix::Safe("Set every open channel groupPolicy to \"allowlist\"",
                        std::move(edits));
}

}  // namespace clawlint::checks
