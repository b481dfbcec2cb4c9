// Read access to a loaded config for checks: dotted-path lookup that returns
// the value together with where it is written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "config/loader.h"

namespace clawlint::config {

class ConfigView {
 public:
  /// `sources` holds the scanned bytes; checks need it only to build fixes.
  ConfigView(const LoadedConfig& loaded, Profile profile,
             const SourceSet* sources = nullptr)
      : loaded_(loaded), profile_(profile), sources_(sources) {}

  /// The value at a dotted path ("gateway.auth.token"), or nullptr when any
  /// segment is missing or a parent is not an object.
  const Value* Find(std::string_view path) const;
  /// The deepest value that exists along `path` (at least the root): where to
  /// point a finding about a missing key.
  const Value& Nearest(std::string_view path) const;

  const Value& root() const { return *loaded_.root; }
  Profile profile() const { return profile_; }
  bool is_4_29() const { return profile_ == Profile::k2026_4_29; }
  const EnvMap& env() const { return loaded_.env; }
  /// The value of an environment variable given with --env, or "" when unset.
  std::string_view EnvValue(std::string_view name) const;
  const LoadedConfig& loaded() const { return loaded_; }
  /// The scanned bytes, or nullptr (then checks offer no fixes).
  const SourceSet* sources() const { return sources_; }

  /// While set, every path looked up with Find/Nearest is appended to
  /// `sink`: the driver learns which inputs a check actually read, so a
  /// check whose inputs are schema-invalid can be set aside. nullptr stops.
  void RecordReads(std::vector<std::string>* sink) const { reads_ = sink; }

 private:
  const LoadedConfig& loaded_;
  Profile profile_;
  const SourceSet* sources_;
  mutable std::vector<std::string>* reads_ = nullptr;
};

}  // namespace clawlint::config
