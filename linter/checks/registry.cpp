#include <algorithm>

#include "checks/check.h"
#include "config/loader.h"

namespace clawlint::checks {

#define CLAWLINT_CHECK(Class) std::unique_ptr<Check> Make##Class();
#include "checks/all_checks.inc"
#undef CLAWLINT_CHECK

namespace {

std::vector<std::unique_ptr<Check>> BuildAll() {
  std::vector<std::unique_ptr<Check>> all;
#define CLAWLINT_CHECK(Class) all.push_back(Make##Class());
#include "checks/all_checks.inc"
#undef CLAWLINT_CHECK
  return all;
}

}  // namespace

const std::vector<std::unique_ptr<Check>>& AllChecks() {
  static const std::vector<std::unique_ptr<Check>> all = BuildAll();
  return all;
}

namespace {

// A family id ("channels.<ch>.warning.<n>") matches a concrete id segment by
// segment, each `<...>` standing for one non-empty segment.
bool MatchesFamily(std::string_view family, std::string_view id) {
  if (family.find('<') == std::string_view::npos) return false;
  while (!family.empty() || !id.empty()) {
    const size_t fd = family.find('.');
    const size_t id_dot = id.find('.');
    std::string_view f = family.substr(0, fd);
    std::string_view s = id.substr(0, id_dot);
    const bool placeholder = f.starts_with('<') && f.ends_with('>');
    if (s.empty() || (!placeholder && f != s)) return false;
    if ((fd == std::string_view::npos) != (id_dot == std::string_view::npos))
      return false;
    if (fd == std::string_view::npos) return true;
    family.remove_prefix(fd + 1);
    id.remove_prefix(id_dot + 1);
  }
  return true;
}

}  // namespace

const Check* FindCheck(std::string_view id) {
  for (const auto& c : AllChecks()) {
    if (c->meta().id == id) return c.get();
  }
  // Concrete ids of a family; a specific check (an exact id) wins above.
  for (const auto& c : AllChecks()) {
    if (MatchesFamily(c->meta().id, id)) return c.get();
  }
  return nullptr;
}

bool RunsIn(const CheckMeta& meta, config::Profile profile) {
  return (meta.releases &
          (profile == config::Profile::k2026_4_29 ? k429 : k96)) != 0;
}

Finding& TreeReporter::Report(const std::string& path, std::string detail) {
  Finding f;
  f.check_id = std::string(meta_.id);
  f.severity = meta_.severity;
  f.title = std::string(meta_.title);
  f.detail = std::move(detail);
  f.remediation = std::string(meta_.remediation);
  f.root_path = path;  // no config root: formats locate it at the file
  out_.push_back(std::move(f));
  return out_.back();
}

Finding& Reporter::Report(const config::Value& at, std::string config_path,
                          std::string detail) {
  return Report(at, std::move(config_path), std::move(detail), meta_.severity);
}

Finding& Reporter::Report(const config::Value& at, std::string config_path,
                          std::string detail, Severity severity) {
  Finding f;
  f.check_id = std::string(meta_.id);
  f.severity = severity;
  f.title = std::string(meta_.title);
  f.detail = std::move(detail);
  f.remediation = std::string(meta_.remediation);
  // Findings about the config as a whole point at the root file, even when
  // the merged root object came from an included file.
  const bool whole_config = &at == &config_.root();
  const uint32_t load = whole_config ? 0 : at.origin.load;
  f.span = whole_config ? Span{config_.loaded().loads[0].file, 0, 0}
                        : at.origin.span;
  f.config_path = std::move(config_path);
  f.include_chain = config::IncludeChain(config_.loaded(), load);
  f.root_path = config_.loaded().root_path;
  out_.push_back(std::move(f));
  return out_.back();
}

}  // namespace clawlint::checks
