#include "driver.h"

#include <algorithm>
#include <exception>

#include "checks/builtin.h"
#include "checks/check.h"
#include "checks/security/suppressions.h"
#include "config/view.h"
#include "schema/validate.h"

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
// The first include load of the file holding `span` (for its include chain;
// a file included twice has two chains, either is a true story).
uint32_t LoadOf(const config::LoadedConfig& loaded, const Span& span) {
  for (uint32_t i = 0; i < loaded.loads.size(); ++i) {
    if (loaded.loads[i].file == span.file) return i;
  }
  return 0;
}

// Reports every schema problem of a loaded root and returns the config
// paths they concern.
std::vector<std::string> ReportSchemaIssues(const config::LoadedConfig& loaded,
                                            config::Profile profile,
                                            std::vector<Finding>* out) {
  std::vector<std::string> invalid_paths;
  for (const schema::SchemaIssue& issue :
       schema::Validate(*loaded.root, profile)) {
    Finding f;
    f.check_id = std::string(checks::kSchemaError.id);
    f.severity = checks::kSchemaError.severity;
    f.title = std::string(checks::kSchemaError.title);
    f.detail = issue.path + ": " + issue.message;
    if (!issue.detail.empty()) f.detail += "\nclosest match: " + issue.detail;
    f.remediation = std::string(checks::kSchemaError.remediation);
    f.span = issue.span;
    f.config_path = issue.path == "<root>" ? "" : issue.path;
    f.include_chain = config::IncludeChain(loaded, LoadOf(loaded, issue.span));
    f.root_path = loaded.root_path;
    out->push_back(std::move(f));
    invalid_paths.push_back(out->back().config_path);
  }
  return invalid_paths;
}

// Whether a check takes part in this run: its release, and opt-in checks
// only when asked for.
bool Selected(const checks::CheckMeta& meta, const LintOptions& options) {
  if (!checks::RunsIn(meta, options.profile)) return false;
  return !meta.opt_in || std::find(options.opt_in.begin(), options.opt_in.end(),
                                   meta.id) != options.opt_in.end();
}

void RunChecks(const config::LoadedConfig& loaded, const LintOptions& options,
               const SourceSet& sources,
               const std::vector<std::string>& invalid_paths,
               std::vector<Finding>* out) {
  const config::Profile profile = options.profile;
  config::ConfigView view(loaded, profile, &sources);
  std::vector<std::string> reads;
  for (const auto& check : checks::AllChecks()) {
    if (check->meta().scope != checks::CheckMeta::kConfig ||
        !Selected(check->meta(), options)) {
      continue;
    }
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

// The files (and symlinks) under the scanned paths, for tree checks.
std::vector<tree::Entry> ScannedFiles(const tree::TreeReader& tree,
                                      const std::vector<std::string>& paths) {
  std::vector<tree::Entry> out;
  for (tree::Entry& e : tree.List()) {
    if (e.kind == tree::EntryKind::kSubmodule) continue;
    bool in_scope = paths.empty();
    for (const std::string& p : paths) {
      in_scope |= p.empty() || e.path == p || UnderPrefix(e.path, p);
    }
    if (in_scope) out.push_back(std::move(e));
  }
  return out;
}

void RunTreeChecks(const tree::TreeReader& tree, const LintOptions& options,
                   std::vector<Finding>* out) {
  std::vector<tree::Entry> files;
  bool listed = false;
  for (const auto& check : checks::AllChecks()) {
    if (check->meta().scope != checks::CheckMeta::kTree ||
        !Selected(check->meta(), options)) {
      continue;
    }
    if (!listed) {
      files = ScannedFiles(tree, options.tree_paths);
      listed = true;
    }
    checks::TreeReporter reporter(check->meta(), *out);
    try {
      check->RunOnTree(files, reporter);
    } catch (const std::exception& e) {
      checks::TreeReporter internal(checks::kInternalError, *out);
      internal.Report("", "error in check '" + std::string(check->meta().id) +
                              "': " + e.what());
    }
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
      const std::vector<std::string> invalid_paths =
          ReportSchemaIssues(loaded, options.profile, &report->findings);
      const size_t first = report->findings.size();
      RunChecks(loaded, options, report->sources, invalid_paths,
                &report->findings);
      // 2026.9.6 security.audit.suppressions, a pass of its own over this
      // root's findings once every check has run.
      config::ConfigView view(loaded, options.profile);
      checks::ApplyAuditSuppressions(view, &report->findings, first,
                                     &report->suppressed);
    }
  }
  RunTreeChecks(tree, options, &report->findings);
  std::stable_sort(report->findings.begin(), report->findings.end(),
                   [&](const Finding& a, const Finding& b) {
                     return FindingLess(a, b, report->sources);
                   });
}

}  // namespace clawlint
