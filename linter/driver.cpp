#include "driver.h"

#include <algorithm>
#include <exception>

#include "checks/builtin.h"
#include "checks/check.h"
#include "config/view.h"

namespace clawlint {

namespace {

bool IsConfigFileName(std::string_view path) {
  size_t slash = path.rfind('/');
  std::string_view base =
      slash == std::string_view::npos ? path : path.substr(slash + 1);
  return base == "openclaw.json" || base == "clawdbot.json";
}

bool UnderPrefix(std::string_view path, std::string_view prefix) {
  if (prefix.empty()) return true;
  return path.size() > prefix.size() && path.starts_with(prefix) &&
         path[prefix.size()] == '/';
}

// Lists roots and submodules under one directory prefix.
void CollectUnder(const std::vector<tree::Entry>& entries,
                  std::string_view prefix, std::vector<std::string>* roots,
                  std::vector<std::string>* notes) {
  for (const tree::Entry& e : entries) {
    if (!UnderPrefix(e.path, prefix)) continue;
    if (e.kind == tree::EntryKind::kSubmodule) {
      notes->push_back("submodule " + e.path + " is not scanned");
    } else if (IsConfigFileName(e.path)) {
      roots->push_back(e.path);
    }
  }
}

void ReportLoadError(const config::LoadedConfig& loaded,
                     std::vector<Finding>* out) {
  const config::LoadError& error = *loaded.error;
  const checks::CheckMeta& meta = error.kind == config::LoadErrorKind::kParse
                                      ? checks::kParseError
                                      : checks::kIncludeError;
  Finding f;
  f.check_id = std::string(meta.id);
  f.severity = meta.severity;
  f.title = std::string(meta.title);
  f.detail = error.message;
  f.remediation = std::string(meta.remediation);
  f.span = error.span;
  f.include_chain = config::IncludeChain(loaded, error.load);
  f.root_path = loaded.root_path;
  out->push_back(std::move(f));
}

// True when one dotted path is a segment prefix of the other ("" is the
// root): a check that read "gateway" depends on an invalid "gateway.port",
// and one that read "gateway.auth.token" on an invalid "gateway.auth".
bool Overlaps(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  return a.empty() ||
         (b.starts_with(a) && (b.size() == a.size() || b[a.size()] == '.'));
}

bool ReadsAny(const std::vector<std::string>& reads,
              const std::vector<std::string>& invalid_paths) {
  for (const std::string& read : reads) {
    for (const std::string& invalid : invalid_paths) {
      if (Overlaps(read, invalid)) return true;
    }
  }
  return false;
}

// Runs every check of `profile`. A check that read a value the schema
// rejects is set aside: its findings would rest on input the reference
// never accepts, and the schema error already says what is wrong.
void RunChecks(const config::LoadedConfig& loaded, config::Profile profile,
               const std::vector<std::string>& invalid_paths,
               std::vector<Finding>* out) {
  config::ConfigView view(loaded, profile);
  std::vector<std::string> reads;
  for (const auto& check : checks::AllChecks()) {
    if (!checks::RunsIn(check->meta(), profile)) continue;
    const size_t first = out->size();
    reads.clear();
    view.RecordReads(invalid_paths.empty() ? nullptr : &reads);
    checks::Reporter reporter(check->meta(), view, *out);
    try {
      check->Run(view, reporter);
    } catch (const std::exception& e) {
      // One broken check must not hide the others' findings.
      checks::Reporter internal(checks::kInternalError, view, *out);
      internal.Report(view.root(), "",
                      "error in check '" + std::string(check->meta().id) +
                          "': " + e.what());
    }
    view.RecordReads(nullptr);
    if (ReadsAny(reads, invalid_paths)) out->resize(first);
  }
}

}  // namespace

bool FindConfigRoots(const tree::TreeReader& tree,
                     const std::vector<std::string>& paths,
                     std::vector<std::string>* roots,
                     std::vector<std::string>* notes, std::string* error) {
  const std::vector<tree::Entry> entries = tree.List();
  if (paths.empty()) {
    CollectUnder(entries, "", roots, notes);
  }
  for (const std::string& path : paths) {
    auto kind = tree.Stat(path);
    if (!kind) {
      *error = "path not found in " + tree.Describe() + ": " +
               (path.empty() ? "." : path);
      return false;
    }
    if (*kind == tree::EntryKind::kDirectory) {
      CollectUnder(entries, path, roots, notes);
    } else if (*kind == tree::EntryKind::kSubmodule) {
      notes->push_back("submodule " + path + " is not scanned");
    } else {
      roots->push_back(path);
    }
  }
  std::sort(roots->begin(), roots->end());
  roots->erase(std::unique(roots->begin(), roots->end()), roots->end());
  return true;
}

void Lint(const tree::TreeReader& tree, const std::vector<std::string>& roots,
          const LintOptions& options, Report* report) {
  report->profile = std::string(config::ProfileName(options.profile));
  report->tree = tree.Describe();
  report->roots = roots;
  config::LoadOptions load_options{options.profile, options.env,
                                   options.workdir};
  for (const std::string& root : roots) {
    config::LoadedConfig loaded =
        config::Load(tree, report->sources, root, load_options);
    if (loaded.error) {
      ReportLoadError(loaded, &report->findings);
    } else {
      RunChecks(loaded, options.profile, /*invalid_paths=*/{},
                &report->findings);
    }
  }
  std::stable_sort(report->findings.begin(), report->findings.end(),
                   [&](const Finding& a, const Finding& b) {
                     return FindingLess(a, b, report->sources);
                   });
}

}  // namespace clawlint
