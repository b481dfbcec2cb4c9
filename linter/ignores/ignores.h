// clawlint's own ways to silence a finding, applied after Lint(): inline
// `// clawlint: ignore[id,...] reason until=YYYY-MM-DD` JSON5 comments,
// `ignore:` entries of .clawlint.yml (path globs) and a baseline file of
// content fingerprints. Every suppression needs a reason; an expired or
// unused one is reported (clawlint.suppression.*).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "driver.h"

namespace clawlint::ignores {

/// One `clawlint: ignore[...]` comment.
struct Directive {
  Span comment;                     // the whole comment
  uint32_t target_line = 0;         // 1-based line it applies to
  std::vector<std::string> checks;  // ids; "*" = every check
  std::string reason;               // trimmed, "" when missing
  std::string until;                // "YYYY-MM-DD" or ""
  bool bad_until = false;           // until= present but not a date
};

/// The directives in the comments of `file` (a JSON5 config). A trailing
/// comment applies to its own line, a comment alone on its line to the next
/// line holding something other than comments. Unparsable files have none.
std::vector<Directive> ParseDirectives(const SourceFile& file, FileId id);

/// An `ignore:` entry of .clawlint.yml.
struct PathIgnore {
  std::string glob;                 // repo-relative path glob (*, **, ?)
  std::vector<std::string> checks;  // empty = every check
  std::string reason;
  std::string until;
  uint32_t line = 0;  // 1-based line of the entry in the config file
  uint32_t column = 0;
};

/// `path` matches `glob`: `*` and `?` stay within one path segment, `**`
/// matches any number of segments (also none).
bool GlobMatch(std::string_view glob, std::string_view path);

/// True for a well-formed YYYY-MM-DD date.
bool IsDate(std::string_view s);

/// Today as YYYY-MM-DD: $CLAWLINT_TODAY when set (tests), else the UTC
/// date of the clock.
std::string Today();

/// (file path, check id, reason) of a suppression, for --trusted-ignores.
using TrustKey = std::tuple<std::string, std::string, std::string>;

/// A --baseline file: fingerprint -> how many findings it covers.
struct Baseline {
  std::map<std::string, int> counts;
};

struct Options {
  std::string today;                     // YYYY-MM-DD
  std::vector<PathIgnore> path_ignores;  // from .clawlint.yml
  std::string config_path;               // where they are written
  std::string config_bytes;              // its text (for locations)
  /// When set (--trusted-ignores), only suppressions whose key is here are
  /// honoured; the others are reported as clawlint.suppression.untrusted.
  std::optional<std::set<TrustKey>> trusted;
  const Baseline* baseline = nullptr;
  /// The content fingerprint baselines are keyed on (formats::Fingerprint).
  std::function<std::string(const Finding&, const Report&)> fingerprint;
};

/// Moves suppressed and baselined findings of `report` to
/// `report->suppressed` and adds clawlint.suppression.* findings.
void Apply(Report* report, const Options& options);

/// The (path, check, reason) keys of the directives of one file and of
/// path ignores, as they exist in a trusted revision.
void AddTrustKeys(const std::string& path,
                  const std::vector<Directive>& directives,
                  std::set<TrustKey>* keys);
void AddTrustKeys(const std::string& config_path,
                  const std::vector<PathIgnore>& ignores,
                  std::set<TrustKey>* keys);

}  // namespace clawlint::ignores
