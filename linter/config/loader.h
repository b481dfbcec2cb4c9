// Loading one OpenClaw config root from a tree: read, parse, resolve
// `$include` (config-format.md §2), substitute `${VAR}` (§3.1) and apply the
// 4.29 load-time migrations (checks-gateway.md §0.1), keeping provenance.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/env.h"
#include "config/value.h"
#include "source/source.h"
#include "tree/tree_reader.h"

namespace clawlint::config {

/// The reference release whose behaviour is reproduced.
enum class Profile { k2026_4_29, k2026_9_6 };

std::string_view ProfileName(Profile p);
std::optional<Profile> ParseProfile(std::string_view name);

/// One file brought in by the root or by an `$include`. The same file included
/// twice gives two loads (their include chains differ).
struct IncludeLoad {
  FileId file = kNoFile;
  int32_t parent = -1;  // load index of the including file; -1 for the root
  Span site;            // the `$include` string in the parent file
};

enum class LoadErrorKind { kParse, kInclude };

/// Why a root could not be loaded, located at the offending bytes.
struct LoadError {
  LoadErrorKind kind = LoadErrorKind::kParse;
  std::string message;
  Span span;
  uint32_t load = 0;  // the load whose file holds `span`
};

/// A `${VAR}` left literal because the variable is not provided.
struct EnvWarning {
  std::string name;
  std::string config_path;  // "gateway.auth.password", "agents.list[1].name"
  Origin origin;
};

struct LoadedConfig {
  std::string root_path;
  std::vector<IncludeLoad> loads;  // loads[0] is the root file
  ValuePtr root;                   // merged config; nullptr when `error`
  std::optional<LoadError> error;
  std::vector<EnvWarning> env_warnings;
  EnvMap env;  // the environment substitution used (--env + config `env`)
};

struct LoadOptions {
  Profile profile = Profile::k2026_4_29;
  EnvMap env;           // values given with --env / --env-file
  std::string workdir;  // absolute checkout path, maps absolute includes; or ""
};

/// Loads the config whose root file is `root_path` (repo-relative). Never
/// throws; problems are returned in `LoadedConfig::error`.
LoadedConfig Load(const tree::TreeReader& tree, SourceSet& sources,
                  std::string_view root_path, const LoadOptions& options);

/// The `$include` sites that led to `load`, outermost first.
std::vector<Span> IncludeChain(const LoadedConfig& config, uint32_t load);

/// Include files are limited like the reference (config-format.md §2.5).
inline constexpr uint64_t kMaxIncludeBytes = 2097152;
inline constexpr int kMaxIncludeDepth = 10;
/// Root files have no limit in the reference; ours guards memory.
inline constexpr uint64_t kMaxRootBytes = 64ull * 1024 * 1024;
/// Our own guards against include bombs (the same small file included many
/// times at every level grows exponentially; the reference has no limit and
/// hangs): at most this many include loads per root, and this many bytes
/// read for them in total.
inline constexpr size_t kMaxIncludeLoads = 1000;
inline constexpr uint64_t kMaxIncludedBytes = 64ull * 1024 * 1024;
/// The merged config nests at most as deep as one file may (json5::Limits):
/// includes can stack files that are each within the limit. The reference
/// overflows its stack a little deeper (fixtures/NOTES.md, item 2).
inline constexpr uint32_t kMaxMergedDepth = json5::Limits{}.max_depth;

}  // namespace clawlint::config
