// Allowlist identity rules (checks-channels.md §4.1): per channel, whether an
// allowlist entry is a stable id or a mutable (or invalid) name. Each rule is
// data: prefixes to strip and re2 patterns, compiled once.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace clawlint::checks::channels {

enum class Identity {
  kStable,   // an immutable id
  kMutable,  // a display name, tag, e-mail...: can be taken over
  kIgnored,  // "", "*", or nothing left after the prefix
};

struct IdentityRule {
  std::string_view channel;
  /// Used by the 4.29 audit (discord name_based_entries, telegram
  /// invalid_entries, zalouser) or only by `openclaw doctor`.
  bool audit;
  /// What the non-stable verdict is called ("mutable" / "invalid").
  std::string_view bad_word;
  std::string_view lists;        // the lists it applies to, for docs
  std::string_view description;  // the rule, in words (for --explain)
};

/// Every rule (discord, telegram, zalouser, slack, googlechat, msteams, irc,
/// mattermost).
std::span<const IdentityRule> IdentityRules();
const IdentityRule* FindIdentityRule(std::string_view channel);

/// Classifies one entry (stringified; trimmed here) with `channel`'s rule.
/// kIgnored for channels without a rule.
Identity ClassifyIdentity(std::string_view channel, std::string_view entry);

/// The rules as a Markdown table (for check docs).
std::string IdentityRulesMarkdown(bool audit_only);

/// The identity rules a check applies, generated from the rule table, as a
/// Markdown section for `--explain` ("" for checks that use none).
std::string IdentityDocsFor(std::string_view check_id);

}  // namespace clawlint::checks::channels
