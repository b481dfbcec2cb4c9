// JSON Schema `pattern` and `format` support: JavaScript regular expressions
// run with RE2, and the `uri` format as the reference checks it.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "schema/static_json.h"

namespace clawlint::schema {

/// A JavaScript regular expression run with RE2. RE2 has no lookarounds;
/// the ones zod's schemas use most are rewritten: negative lookaheads right
/// after the leading `^` (`^(?!A)(?!B)C` holds when neither `^(?:A)` nor
/// `^(?:B)` matches and `^C` does), and `(?![\s\S])` (end of input).
class JsPattern {
 public:
  /// JavaScript's RegExp.prototype.test(s).
  bool Test(std::string_view s) const;

 private:
  friend std::unique_ptr<JsPattern> CompileJsPattern(std::string_view);
  std::unique_ptr<RE2> main_;
  std::vector<std::unique_ptr<RE2>> excluded_;  // the lookahead prefixes
};

/// `pattern` compiled on first use and cached for the life of the process;
/// nullptr when RE2 cannot express it (other lookarounds, backreferences):
/// such patterns are not enforced. Thread-safe.
const JsPattern* CompiledPattern(std::string_view pattern);

/// The uncached compilation behind CompiledPattern().
std::unique_ptr<JsPattern> CompileJsPattern(std::string_view pattern);

/// Rewrites the JavaScript spellings RE2 reads differently: `\s` and `\S`
/// (Unicode spaces in JS; `\S` inside a class keeps RE2's ASCII meaning),
/// `.` (excludes every JS line terminator), `\0`.
std::string ToRe2Syntax(std::string_view js_pattern);

/// Whether JavaScript's `URL.canParse(s)` is true, which is how the
/// reference checks `format: "uri"`. An approximation of the WHATWG parser:
/// a scheme, and for the special schemes (http, https, ws, wss, ftp) a
/// non-empty host without forbidden code points and a valid port.
bool CanParseUrl(std::string_view s);

/// Every distinct `pattern` of `schema` that RE2 cannot compile, in
/// document order: the patterns clawlint does not enforce.
std::vector<std::string> UncompilablePatterns(JsonNode schema);

}  // namespace clawlint::schema
