// The channel configuration as `openclaw security audit` sees it
// (checks-channels.md §0.1 steps 2, 2b, 3 and §0.4), for every check that
// reads `channels.*`: channel checks, security.exposure.*,
// security.trust_model.* and summary.attack_surface.
//
// Usage:
//   ConfigView& c = ...;
//   config::ValuePtr ch = channels::NormalizedChannels(c);  // may be nullptr
//   for (const auto& m : ch->members) {                     // key order kept
//     const ChannelSpec* spec = channels::FindChannel(m.key);  // nullptr for
//     // "defaults", "modelByChannel" and unknown keys
//     const Value* policy = m.value->Get("groupPolicy");   // after defaults
//     const Value* accounts = m.value->Get("accounts");    // raw account
//     // objects after seeding/promotion/defaults (not merged with the root)
//   }
//
// Provenance: moved values (seeded `accounts.default`, promoted `dm.*`) are
// the very same Value objects, so they keep their Origin spans; a schema
// default is a synthetic string whose origin (and key span) is the object it
// was added to, so a finding about it points at that object.
#pragma once

#include <span>
#include <string_view>

#include "config/value.h"
#include "config/view.h"

namespace clawlint::checks::channels {

/// How the runtime resolves an absent groupPolicy (§0.4).
enum class GroupFallback {
  kOpenProvider,       // channels.defaults.groupPolicy, then "open"
  kAllowlistProvider,  // channels.defaults.groupPolicy, then "allowlist"
  kOwnElseAllowlist,   // own value, else "allowlist" (ignores defaults)
  kNone,               // no group policy concept known
};

/// One bundled channel of 2026.4.29 (22 of them, sorted by id).
struct ChannelSpec {
  std::string_view id;
  /// Produces `channels.<id>.*` findings in the 4.29 audit from config
  /// alone (§1.1: a security adapter in the read-only plugin view and a
  /// config-derivable "configured" state). No channel does in 9.6 (§8).
  bool audited_4_29;
  GroupFallback group_fallback;
  // Schema defaults (§0.1 step 3); "" = none. Applied only in 4.29 for
  // accounts; see NormalizeChannels.
  std::string_view root_dm_policy;
  std::string_view root_group_policy;
  std::string_view account_dm_policy;
  std::string_view account_group_policy;
  /// Legacy `dm.policy`/`dm.allowFrom` promoted to top level (discord, slack).
  bool dm_alias_promotion;
};

/// The 22 bundled channels, sorted by id.
std::span<const ChannelSpec> BundledChannels();
/// The spec of a bundled channel id, or nullptr ("defaults",
/// "modelByChannel" and unknown keys).
const ChannelSpec* FindChannel(std::string_view id);
/// True when `id` is audited (produces channel findings) in `profile`.
bool Audited(std::string_view id, config::Profile profile);

/// The `channels` object normalized for `profile`; `channels` itself is not
/// modified (changed containers are copies, untouched values are shared).
///  - 4.29: seed missing default account (static promotion set; matrix
///    refinement; telegram uses the static set as in the oracle), then the
///    discord/slack `dm.*` alias promotion (root and each account), then the
///    schema defaults of the table on the root and every account object.
///  - 9.6: no load-time migration; only the root schema defaults (observed:
///    root groupPolicy defaults count in summary.attack_surface, account
///    objects get none and are merged with the root by 9.6 checks), and
///    none for feishu, irc and nextcloud-talk sections holding more than
///    `enabled` (observed; the other
///    channels keep the table's root defaults, verified for discord, slack,
///    telegram and imessage). The test "normalized group policies match the
///    recorded summaries" checks this view against every channel record.
/// A non-object `channels` is returned unchanged.
config::ValuePtr NormalizeChannels(const config::ValuePtr& channels,
                                   config::Profile profile);

/// NormalizeChannels of `c.Find("channels")` (records the read); nullptr
/// when absent or not an object.
config::ValuePtr NormalizedChannels(const config::ConfigView& c);

/// The runtime group policy of a channel/account config object when its own
/// `groupPolicy` is absent (§0.4); `defaults` is the `channels.defaults`
/// object or nullptr. Returns "" for GroupFallback::kNone.
std::string_view FallbackGroupPolicy(const ChannelSpec& spec,
                                     const config::Value* defaults);
/// Own string `groupPolicy` of `object` if set, else FallbackGroupPolicy.
std::string_view EffectiveGroupPolicy(const ChannelSpec& spec,
                                      const config::Value& object,
                                      const config::Value* defaults);

}  // namespace clawlint::checks::channels
