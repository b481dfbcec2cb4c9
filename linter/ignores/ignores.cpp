#include "ignores/ignores.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>

#include "checks/builtin.h"
#include "json5/json5.h"

namespace clawlint::ignores {

namespace {

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n'))
    ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' ||
                   s[e - 1] == '\n'))
    --e;
  return std::string(s.substr(b, e - b));
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
         c == '\v';
}

// The byte offset of the first code byte after `pos`, skipping whitespace
// and comments; text.size() at the end.
uint32_t NextCode(std::string_view text, uint32_t pos,
                  const std::vector<json5::Comment>& comments) {
  while (pos < text.size()) {
    if (IsSpace(text[pos])) {
      ++pos;
      continue;
    }
    auto it =
        std::find_if(comments.begin(), comments.end(),
                     [&](const json5::Comment& c) { return c.begin == pos; });
    if (it == comments.end()) break;
    pos = it->end;
  }
  return pos;
}

bool CheckMatches(const std::string& pattern, const std::string& id) {
  if (pattern == "*" || pattern == id) return true;
  if (pattern.size() >= 2 && pattern.ends_with(".*")) {
    const std::string_view prefix(pattern.data(), pattern.size() - 1);
    return id.starts_with(prefix);
  }
  return false;
}

bool AnyCheckMatches(const std::vector<std::string>& patterns,
                     const std::string& id) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const std::string& p) { return CheckMatches(p, id); });
}

// A problem with a suppression itself, at `span`.
Finding Problem(const checks::CheckMeta& meta, Span span,
                const std::string& root, std::string detail) {
  Finding f;
  f.check_id = std::string(meta.id);
  f.severity = meta.severity;
  f.title = std::string(meta.title);
  f.detail = std::move(detail);
  f.remediation = std::string(meta.remediation);
  f.span = span;
  f.root_path = root;
  return f;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ",") + s;
  return out;
}

struct DirectiveState {
  Directive d;
  std::string path;
  bool matched = false;
  bool untrusted = false;
};

struct IgnoreState {
  const PathIgnore* ignore;
  bool matched = false;
  bool untrusted = false;
};

}  // namespace

bool IsDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string Today() {
  if (const char* forced = std::getenv("CLAWLINT_TODAY");
      forced && IsDate(forced)) {
    return forced;
  }
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &utc);
  return buf;
}

bool GlobMatch(std::string_view glob, std::string_view path) {
  if (glob.empty()) return path.empty();
  if (glob.starts_with("**")) {
    std::string_view rest = glob.substr(2);
    if (rest.starts_with('/')) {
      // "**/x": x here, or after any '/'.
      std::string_view after = rest.substr(1);
      if (GlobMatch(after, path)) return true;
      for (size_t i = 0; i < path.size(); ++i) {
        if (path[i] == '/' && GlobMatch(after, path.substr(i + 1))) return true;
      }
      return false;
    }
    for (size_t i = 0; i <= path.size(); ++i) {
      if (GlobMatch(rest, path.substr(i))) return true;
    }
    return false;
  }
  if (glob[0] == '*') {
    for (size_t i = 0; i <= path.size(); ++i) {
      if (GlobMatch(glob.substr(1), path.substr(i))) return true;
      if (i < path.size() && path[i] == '/') break;
    }
    return false;
  }
  if (path.empty()) return false;
  if (glob[0] == '?') {
    return path[0] != '/' && GlobMatch(glob.substr(1), path.substr(1));
  }
  return glob[0] == path[0] && GlobMatch(glob.substr(1), path.substr(1));
}

std::vector<Directive> ParseDirectives(const SourceFile& file, FileId id) {
  std::vector<Directive> out;
  if (file.bytes.find("clawlint:") == std::string::npos) return out;
  json5::Document doc;
  json5::ParseError error;
  if (!json5::Parse(file.bytes, &doc, &error)) return out;
  static const RE2 kDirective(
      R"re((?s)^\s*clawlint:\s*ignore\[([^\]]*)\](.*)$)re");
  static const RE2 kUntil(R"re((?:^|\s)until=(\S*))re");
  const std::string_view text = file.bytes;
  for (const json5::Comment& c : doc.comments) {
    std::string_view body = text.substr(c.begin + 2, c.end - c.begin - 2);
    if (c.block && body.ends_with("*/")) body.remove_suffix(2);
    std::string ids, rest;
    if (!RE2::FullMatch(body, kDirective, &ids, &rest)) continue;
    Directive d;
    d.comment = Span{id, c.begin, c.end};
    size_t start = 0;
    while (start <= ids.size()) {
      size_t comma = ids.find(',', start);
      if (comma == std::string::npos) comma = ids.size();
      std::string one =
          Trim(std::string_view(ids).substr(start, comma - start));
      if (!one.empty()) d.checks.push_back(std::move(one));
      start = comma + 1;
    }
    std::string until;
    if (RE2::PartialMatch(rest, kUntil, &until)) {
      d.until = until;
      d.bad_until = !IsDate(until);
      std::string cleaned = rest;
      RE2::Replace(&cleaned, kUntil, " ");
      rest = cleaned;
    }
    d.reason = Trim(rest);
    // Trailing comment: its own line; alone on its line: the next code line.
    const uint32_t line_start =
        file.lines.LineStart(file.lines.At(c.begin).line);
    bool trailing = false;
    for (uint32_t i = line_start; i < c.begin; ++i) {
      if (!IsSpace(text[i])) trailing = true;
    }
    const uint32_t code =
        trailing ? c.begin : NextCode(text, c.end, doc.comments);
    d.target_line = code < text.size() ? file.lines.At(code).line : 0;
    out.push_back(std::move(d));
  }
  return out;
}

void AddTrustKeys(const std::string& path,
                  const std::vector<Directive>& directives,
                  std::set<TrustKey>* keys) {
  for (const Directive& d : directives) {
    for (const std::string& c : d.checks) keys->insert({path, c, d.reason});
  }
}

void AddTrustKeys(const std::string& config_path,
                  const std::vector<PathIgnore>& ignores,
                  std::set<TrustKey>* keys) {
  for (const PathIgnore& i : ignores) {
    const std::string file = config_path + ":" + i.glob;
    if (i.checks.empty()) keys->insert({file, "*", i.reason});
    for (const std::string& c : i.checks) keys->insert({file, c, i.reason});
  }
}

void Apply(Report* report, const Options& options) {
  // Inline directives of every scanned file, once per path.
  std::vector<DirectiveState> directives;
  std::set<std::string> seen_paths;
  std::map<std::string, std::string> root_of;  // file path -> a root
  for (const Finding& f : report->findings) {
    if (f.span.valid()) {
      root_of.emplace(report->sources.Get(f.span.file).path, f.root_path);
    }
  }
  for (const std::string& r : report->roots) root_of[r] = r;
  for (FileId id = 0; id < report->sources.size(); ++id) {
    const SourceFile& file = report->sources.Get(id);
    if (!seen_paths.insert(file.path).second) continue;
    for (Directive& d : ParseDirectives(file, id)) {
      directives.push_back({std::move(d), file.path});
    }
  }
  std::vector<IgnoreState> ignores;
  for (const PathIgnore& i : options.path_ignores) ignores.push_back({&i});

  auto trusted = [&](const std::string& file, const std::string& check,
                     const std::string& reason) {
    return !options.trusted || options.trusted->count({file, check, reason});
  };
  auto live = [&](const std::string& reason, const std::string& until,
                  bool bad_until) {
    return !reason.empty() && !bad_until &&
           (until.empty() || until >= options.today);
  };

  std::map<std::string, int> baseline_left;
  if (options.baseline) baseline_left = options.baseline->counts;

  std::vector<Finding> kept;
  for (Finding& f : report->findings) {
    const std::string path =
        f.span.valid() ? report->sources.Get(f.span.file).path : f.root_path;
    const uint32_t line =
        f.span.valid()
            ? report->sources.Get(f.span.file).lines.At(f.span.begin).line
            : 0;
    checks::SuppressedFinding moved;
    bool suppressed = false;
    if (f.span.valid()) {
      for (DirectiveState& s : directives) {
        if (suppressed) break;
        if (s.path != path || s.d.target_line != line) continue;
        auto hit = std::find_if(
            s.d.checks.begin(), s.d.checks.end(),
            [&](const std::string& p) { return CheckMatches(p, f.check_id); });
        if (hit == s.d.checks.end()) continue;
        s.matched = true;
        if (!live(s.d.reason, s.d.until, s.d.bad_until)) continue;
        if (!trusted(path, *hit, s.d.reason)) {
          s.untrusted = true;
          continue;
        }
        suppressed = true;
        moved.kind = checks::SuppressionKind::kInline;
        moved.reason = s.d.reason;
        moved.until = s.d.until;
        const SourceFile& file = report->sources.Get(s.d.comment.file);
        moved.source =
            path + ":" + std::to_string(file.lines.At(s.d.comment.begin).line);
      }
    }
    for (IgnoreState& s : ignores) {
      if (suppressed) break;
      const PathIgnore& i = *s.ignore;
      if (!GlobMatch(i.glob, path)) continue;
      if (!i.checks.empty() && !AnyCheckMatches(i.checks, f.check_id)) continue;
      s.matched = true;
      if (!live(i.reason, i.until, !i.until.empty() && !IsDate(i.until)))
        continue;
      const std::string key_file = options.config_path + ":" + i.glob;
      bool ok = false;
      if (i.checks.empty()) {
        ok = trusted(key_file, "*", i.reason);
      } else {
        for (const std::string& c : i.checks) {
          if (CheckMatches(c, f.check_id) && trusted(key_file, c, i.reason))
            ok = true;
        }
      }
      if (!ok) {
        s.untrusted = true;
        continue;
      }
      suppressed = true;
      moved.kind = checks::SuppressionKind::kConfig;
      moved.reason = i.reason;
      moved.until = i.until;
      moved.source = options.config_path + ":" + std::to_string(i.line);
    }
    if (!suppressed && options.baseline && options.fingerprint) {
      auto it = baseline_left.find(options.fingerprint(f, *report));
      if (it != baseline_left.end() && it->second > 0) {
        --it->second;
        suppressed = true;
        moved.kind = checks::SuppressionKind::kBaseline;
        moved.reason = "baseline";
      }
    }
    if (suppressed) {
      moved.finding = std::move(f);
      report->suppressed.push_back(std::move(moved));
    } else {
      kept.push_back(std::move(f));
    }
  }
  report->findings = std::move(kept);

  // Problems with the suppressions themselves.
  std::vector<Finding> problems;
  for (const DirectiveState& s : directives) {
    auto root = root_of.count(s.path) ? root_of[s.path] : s.path;
    const std::string ids = Join(s.d.checks);
    if (s.d.checks.empty()) {
      problems.push_back(Problem(checks::kSuppressionInvalid, s.d.comment, root,
                                 "clawlint: ignore[] names no check"));
    } else if (s.d.reason.empty()) {
      problems.push_back(
          Problem(checks::kSuppressionMissingReason, s.d.comment, root,
                  "ignore[" + ids + "] has no reason and is not applied"));
    } else if (s.d.bad_until) {
      problems.push_back(Problem(checks::kSuppressionInvalid, s.d.comment, root,
                                 "until=" + s.d.until +
                                     " is not a YYYY-MM-DD date; the "
                                     "suppression is not applied"));
    } else if (!s.d.until.empty() && s.d.until < options.today) {
      problems.push_back(
          Problem(checks::kSuppressionExpired, s.d.comment, root,
                  "ignore[" + ids + "] expired on " + s.d.until));
    } else if (s.untrusted) {
      problems.push_back(
          Problem(checks::kSuppressionUntrusted, s.d.comment, root,
                  "ignore[" + ids +
                      "] is not in the --trusted-ignores revision and is "
                      "not applied"));
    } else if (!s.matched) {
      problems.push_back(Problem(checks::kSuppressionUnused, s.d.comment, root,
                                 "ignore[" + ids + "] matches no finding"));
    }
  }
  FileId config_file = kNoFile;
  auto config_span = [&](const PathIgnore& i) {
    if (config_file == kNoFile) {
      config_file =
          report->sources.Add(options.config_path, options.config_bytes);
    }
    const SourceFile& file = report->sources.Get(config_file);
    uint32_t begin = file.lines.LineStart(i.line);
    begin = std::min<uint32_t>(begin + (i.column ? i.column - 1 : 0),
                               static_cast<uint32_t>(file.bytes.size()));
    return Span{config_file, begin, begin};
  };
  const std::string root =
      report->roots.empty() ? options.config_path : report->roots.front();
  for (const IgnoreState& s : ignores) {
    const PathIgnore& i = *s.ignore;
    const std::string what = "ignore entry for '" + i.glob + "'";
    if (i.reason.empty()) {
      problems.push_back(Problem(checks::kSuppressionMissingReason,
                                 config_span(i), root,
                                 what + " has no reason and is not applied"));
    } else if (!i.until.empty() && !IsDate(i.until)) {
      problems.push_back(
          Problem(checks::kSuppressionInvalid, config_span(i), root,
                  what + ": until " + i.until + " is not a YYYY-MM-DD date"));
    } else if (!i.until.empty() && i.until < options.today) {
      problems.push_back(Problem(checks::kSuppressionExpired, config_span(i),
                                 root, what + " expired on " + i.until));
    } else if (s.untrusted) {
      problems.push_back(Problem(checks::kSuppressionUntrusted, config_span(i),
                                 root,
                                 what + " is not in the --trusted-ignores "
                                        "revision and is not applied"));
    } else if (!s.matched) {
      problems.push_back(Problem(checks::kSuppressionUnused, config_span(i),
                                 root, what + " matches no finding"));
    }
  }
  for (Finding& p : problems) report->findings.push_back(std::move(p));
  std::stable_sort(report->findings.begin(), report->findings.end(),
                   [&](const Finding& a, const Finding& b) {
                     return FindingLess(a, b, report->sources);
                   });
}

}  // namespace clawlint::ignores
