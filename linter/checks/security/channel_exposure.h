// Channel-side inputs of security.exposure.* and security.trust_model.*
// (checks-channels.md §6, §8), read from the normalized channel view.
#pragma once

#include <string>
#include <vector>

#include "config/view.h"

namespace clawlint::checks::exposure {

/// A channel policy path the exposure matrix lists, with the value it reads.
struct PolicyHit {
  std::string path;  // "channels.slack.groupPolicy", "...accounts.x.dm.policy"
  std::string text;  // the signal text (multi-user heuristic), else ""
  const config::Value* value = nullptr;
  config::ValuePtr keep;  // keeps the channels view alive
};

/// 4.29: every `channels.<key>.groupPolicy` and
/// `channels.<key>.accounts.<id>.groupPolicy` equal to "open". 9.6 adds
/// `dmPolicy` "open" (or legacy `dm.policy` when dmPolicy is unset), after
/// the groupPolicy of the same section.
std::vector<PolicyHit> OpenInboundPolicies(const config::ConfigView& c);

/// listPotentialMultiUserSignals: one hit per distinct signal, in order.
/// 9.6 merges each account over its channel root first.
std::vector<PolicyHit> MultiUserSignals(const config::ConfigView& c);

}  // namespace clawlint::checks::exposure
