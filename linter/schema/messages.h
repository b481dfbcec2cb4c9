// The reference's wording of schema problems: zod 4's English messages for
// the base config, ajv 8's (prefixed "invalid config: ") for channel and
// plugin configs, and OpenClaw's post-processing of both (allowed-values and
// numeric-bound hints; openclaw dist/io-*.js mapZodIssueToConfigIssue,
// dist/zod-schema-*.js formatAjvErrors).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "config/loader.h"
#include "schema/issue.h"
#include "schema/static_json.h"

namespace clawlint::schema {

/// zod's util.stringifyPrimitive (strings in double quotes, unescaped).
std::string StringifyPrimitive(JsonNode value);

/// An allowed value as the reference labels it.
AllowedValue AllowedFrom(JsonNode value);
AllowedValue AllowedBoolean(bool value);

/// The reference's collectAllowedValuesFromIssueList over one union branch.
Allowed CollectAllowed(const Issues& branch);

/// Issue text after OpenClaw's post-processing for `profile`: the numeric
/// bound hint (2026.9.6) and the "(allowed: ...)" hint.
std::string FinalMessage(const Issue& issue, config::Profile profile);

/// `message` + " (allowed: a, b, ... (+N more))" unless it already lists
/// them (appendAllowedValuesHint).
std::string AppendAllowedHint(const std::string& message,
                              const std::vector<AllowedValue>& values);

/// zod drops the messages OpenClaw gives some `.regex()` checks when it
/// exports the JSON Schema; this restores them. `key` is the property being
/// checked, `source` the `source` of the object holding it (SecretRefs), "".
/// Returns "" when the check uses zod's default message.
std::string_view CustomPatternMessage(std::string_view pattern,
                                      std::string_view key,
                                      std::string_view source);

}  // namespace clawlint::schema
