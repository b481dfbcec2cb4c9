// The check framework. One check = one .cpp file under checks/<area>/ holding
// its metadata (id, severity, title, docs) and its logic, registered once in
// all_checks.inc. Checks never format output: they report against values of
// the config view, and the Reporter turns that into a located Finding.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "config/view.h"
#include "diag/finding.h"

namespace clawlint::checks {

/// Which reference releases emit a check.
enum Releases : uint8_t {
  k429 = 1,
  k96 = 2,
  kBothReleases = k429 | k96,
};

struct CheckMeta {
  std::string_view id;           // "<area>.<bad_state>", stable forever
  Severity severity;             // the usual severity; a finding may differ
  uint8_t releases;              // Releases bitmask
  std::string_view title;        // one line, shown with every finding
  std::string_view remediation;  // default "how to fix", may be empty
  /// Markdown: What it does / Why is this bad? / Example / Use instead.
  std::string_view docs;
};

/// Collects one check's findings; stamps id, title and severity.
class Reporter {
 public:
  Reporter(const CheckMeta& meta, const config::ConfigView& config,
           std::vector<Finding>& out)
      : meta_(meta), config_(config), out_(out) {}

  /// Reports a finding about `at` (the value it concerns, or the nearest
  /// existing parent), whose dotted config path is `config_path`.
  Finding& Report(const config::Value& at, std::string config_path,
                  std::string detail);
  Finding& Report(const config::Value& at, std::string config_path,
                  std::string detail, Severity severity);

 private:
  const CheckMeta& meta_;
  const config::ConfigView& config_;
  std::vector<Finding>& out_;
};

class Check {
 public:
  virtual ~Check() = default;
  virtual const CheckMeta& meta() const = 0;
  /// Inspects the config and reports findings. Runs only for profiles listed
  /// in meta().releases; must not throw.
  virtual void Run(const config::ConfigView& config, Reporter& out) const = 0;
};

/// Every check, sorted by id.
const std::vector<std::unique_ptr<Check>>& AllChecks();
/// The check with `id`, or nullptr.
const Check* FindCheck(std::string_view id);
/// True when `meta` applies to `profile`.
bool RunsIn(const CheckMeta& meta, config::Profile profile);

}  // namespace clawlint::checks

/// Defines the factory a check file exports: CLAWLINT_CHECK(BindNoAuth)
/// creates MakeBindNoAuth() for all_checks.inc.
#define CLAWLINT_REGISTER_CHECK(Class)                       \
  std::unique_ptr<::clawlint::checks::Check> Make##Class() { \
    return std::make_unique<Class>();                        \
  }
