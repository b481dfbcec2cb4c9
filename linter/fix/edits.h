// Edit builders that keep the file's own style: checks describe a change in
// terms of config values, these turn it into byte-range edits.
#pragma once

#include <optional>
#include <string_view>

#include "config/value.h"
#include "fix/fix.h"
#include "source/source.h"

namespace clawlint::fix {

/// Replaces the string literal of `value` with `text`, written with the quote
/// character the literal already uses ('…' stays '…'). nullopt when the value
/// has no literal in a scanned file (e.g. a default the loader filled in) or
/// `sources` is null.
std::optional<Edit> ReplaceString(const SourceSet* sources,
                                  const config::Value& value,
                                  std::string_view text);

/// Replaces the `true`/`false` literal of `value` with `to`. nullopt when the
/// value is not written as a boolean literal in a scanned file.
std::optional<Edit> ReplaceBool(const SourceSet* sources,
                                const config::Value& value, bool to);

/// `text` as a JSON5 string literal quoted with `quote` (' or ").
std::string QuoteJson5(std::string_view text, char quote);

}  // namespace clawlint::fix
