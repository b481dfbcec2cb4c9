// Schema validation of a merged config, reproducing the refusals of the
// reference (`openclaw security audit` exits 1 with "Config invalid" when its
// strict schema rejects the config; config-format.md §1.5, §4).
//
// The reference's exported JSON Schema (schema/openclaw-<V>.schema.json) is
// the single source of truth; it is interpreted here as JSON Schema draft-07
// over the merged, env-substituted, migrated tree (§2.1), with the problems
// worded as the reference words them: zod's messages for the base config,
// ajv's ("invalid config: ...") inside channel and plugin configs.
#pragma once

#include <string>
#include <vector>

#include "config/loader.h"
#include "config/value.h"
#include "source/source.h"

namespace clawlint::schema {

/// One reason the reference would refuse the config.
struct SchemaIssue {
  /// The config path as the reference prints it: dot-joined keys with plain
  /// array indices ("gateway.port", "agents.list.0"), "<root>" for the root.
  std::string path;
  /// The reference's message, e.g. `Unrecognized key: "foo"`.
  std::string message;
  /// Where to report it: the offending value; for an unknown key the key;
  /// for a missing required key the object that lacks it.
  Span span;
  /// For a union no branch of which matched (the reference just says
  /// "Invalid input"): the closest branch's first problem, "path: message".
  std::string detail;
};

/// Validates `root` against the schema of `profile`'s release (2026.9.6:
/// after its rename of a legacy `agents.list` to `agents.entries`). Returns no
/// issue when the reference would accept the config's shape. Never throws.
std::vector<SchemaIssue> Validate(const config::Value& root,
                                  config::Profile profile);

}  // namespace clawlint::schema
