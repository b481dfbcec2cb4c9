// `${VAR}` substitution exactly as OpenClaw 2026.4.29 does it
// (config-format.md §3.1), from an explicit environment map: clawlint never
// reads the process environment for config values.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace clawlint::config {

using EnvMap = std::map<std::string, std::string, std::less<>>;

struct Substitution {
  std::string text;
  bool substituted = false;                // some ${VAR} was replaced
  std::vector<std::string> missing_names;  // ${VAR}s left literal (unset/empty)
};

/// Substitutes `${NAME}` (NAME = [A-Z_][A-Z0-9_]*) from `env`; `$${NAME}`
/// yields a literal `${NAME}`; unset or empty variables stay literal.
Substitution SubstituteEnv(std::string_view text, const EnvMap& env);

/// True when `name` matches the substitution name rule [A-Z_][A-Z0-9_]*.
bool IsEnvName(std::string_view name);

/// Parses `NAME=VALUE`; false when there is no '=' or NAME is empty.
bool ParseEnvAssignment(std::string_view text, std::string* name,
                        std::string* value);

/// Reads a dotenv-style file body: `NAME=VALUE` lines, `#` comments, blank
/// lines, optional `export `, optional matching single or double quotes.
/// Returns false with `error` ("line N: ...") on a malformed line.
bool ParseEnvFile(std::string_view body, EnvMap* env, std::string* error);

}  // namespace clawlint::config
