#include "fix/apply.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <tuple>

namespace clawlint::fix {
namespace {

// An edit keyed by path: the same file can have several FileIds when two
// config roots include it.
struct PathEdit {
  std::string path;
  uint32_t begin;
  uint32_t end;
  std::string replacement;

  auto Key() const { return std::tie(path, begin, end, replacement); }
  friend bool operator<(const PathEdit& a, const PathEdit& b) {
    return a.Key() < b.Key();
  }
};

bool Overlaps(const PathEdit& a, const PathEdit& b) {
  if (a.path != b.path) return false;
  // Two insertions at the same offset would have an ambiguous order.
  if (a.begin == a.end && b.begin == b.end) return a.begin == b.begin;
  return a.begin < b.end && b.begin < a.end;
}

// Accepted edits never overlap each other, so only the neighbours of `e`
// in (path, begin) order can overlap it: a logarithmic check, not a scan.
bool ClashesWithAccepted(const PathEdit& e,
                         const std::set<PathEdit>& accepted) {
  if (accepted.count(e)) return false;  // the very same edit: applied once
  auto next = accepted.lower_bound(PathEdit{e.path, e.begin, 0, {}});
  if (next != accepted.begin() && Overlaps(e, *std::prev(next))) return true;
  for (; next != accepted.end() && next->path == e.path &&
         next->begin <= std::max(e.begin, e.end);
       ++next) {
    if (Overlaps(e, *next)) return true;
  }
  return false;
}

std::vector<PathEdit> ToPathEdits(const Fix& fix, const SourceSet& sources) {
  std::vector<PathEdit> out;
  for (const Edit& e : fix.edits) {
    out.push_back({sources.Get(e.span.file).path, e.span.begin, e.span.end,
                   e.replacement});
  }
  return out;
}

struct Candidate {
  const Finding* finding;
  std::vector<PathEdit> edits;
};

}  // namespace

Splice ApplyFixes(const std::vector<Finding>& findings,
                  const SourceSet& sources, Applicability required) {
  std::vector<Candidate> candidates;
  for (const Finding& f : findings) {
    if (!f.fix || f.fix->edits.empty()) continue;
    if (f.fix->applicability < required ||
        f.fix->applicability == Applicability::kDisplayOnly) {
      continue;
    }
    candidates.push_back({&f, ToPathEdits(*f.fix, sources)});
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) {
                     const PathEdit& x = a.edits.front();
                     const PathEdit& y = b.edits.front();
                     return std::tie(x.path, x.begin, a.finding->check_id) <
                            std::tie(y.path, y.begin, b.finding->check_id);
                   });

  std::set<PathEdit> accepted;
  std::map<std::string, std::string> originals;
  Splice splice;
  for (const Candidate& c : candidates) {
    const bool clashes = std::any_of(
        c.edits.begin(), c.edits.end(),
        [&](const PathEdit& e) { return ClashesWithAccepted(e, accepted); });
    if (clashes) continue;
    AppliedFix applied{c.finding->check_id,
                       c.finding->fix->title,
                       c.finding->fix->applicability,
                       {}};
    for (const PathEdit& e : c.edits) {
      accepted.insert(e);
      if (std::find(applied.paths.begin(), applied.paths.end(), e.path) ==
          applied.paths.end()) {
        applied.paths.push_back(e.path);
      }
    }
    for (const Edit& e : c.finding->fix->edits) {
      const SourceFile& file = sources.Get(e.span.file);
      originals.emplace(file.path, file.bytes);
    }
    splice.applied.push_back(std::move(applied));
  }

  // Splice back to front so earlier offsets stay valid.
  for (auto& [path, bytes] : originals) {
    std::string patched = bytes;
    for (auto it = accepted.rbegin(); it != accepted.rend(); ++it) {
      if (it->path != path) continue;
      patched.replace(it->begin, it->end - it->begin, it->replacement);
    }
    splice.files.emplace(path, std::move(patched));
  }
  return splice;
}

}  // namespace clawlint::fix
