#include "formats/github.h"

#include "formats/ci_util.h"
#include "formats/location.h"
#include "formats/rules.h"

namespace clawlint::formats {

namespace {

// actions/toolkit command.ts: escapeData and escapeProperty.
std::string EscapeData(std::string_view s) {
  std::string out;
  for (char c : ValidUtf8(s)) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else {
      out += c;
    }
  }
  return out;
}

std::string EscapeProperty(std::string_view s) {
  std::string out;
  for (char c : EscapeData(s)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

std::string_view Command(Severity s) {
  switch (s) {
    case Severity::kCritical:
      return "error";
    case Severity::kWarn:
      return "warning";
    case Severity::kInfo:
      break;
  }
  return "notice";
}

}  // namespace

void WriteGithub(const Report& report, std::ostream& out) {
  std::vector<ReportedFinding> items = CollectFindings(report, false);
  // Limits per type; when anything overflows, the notice that says so comes
  // first (so it is itself among the rendered notices) and takes one slot.
  size_t total[3] = {0, 0, 0};
  for (const ReportedFinding& item : items)
    ++total[static_cast<int>(item.finding->severity)];
  size_t limit[3] = {kGithubAnnotationsPerType, kGithubAnnotationsPerType,
                     kGithubAnnotationsPerType};
  size_t overflow = 0;
  for (size_t t : total)
    overflow +=
        t > kGithubAnnotationsPerType ? t - kGithubAnnotationsPerType : 0;
  if (overflow > 0 && total[0] >= kGithubAnnotationsPerType) {
    limit[0] = kGithubAnnotationsPerType - 1;
    overflow = 0;
    for (int t = 0; t < 3; ++t)
      overflow += total[t] > limit[t] ? total[t] - limit[t] : 0;
  }
  if (overflow > 0) {
    out << "::notice title=clawlint::" << overflow
        << (overflow == 1 ? " finding is" : " findings are")
        << " not annotated: GitHub shows at most " << kGithubAnnotationsPerType
        << " annotations of each type per step. They are listed in the log "
           "below, most severe first; the SARIF or JSON report has all "
           "findings.\n";
  }
  size_t seen[3] = {0, 0, 0};
  for (size_t i : SeverityOrder(items)) {
    const Finding& f = *items[i].finding;
    const Position p = Locate(report, f.span, f.root_path);
    const int type = static_cast<int>(f.severity);
    if (++seen[type] > limit[type]) {
      out << p.path << ':' << p.line << ':' << p.column << ": "
          << SeverityName(f.severity) << ": " << OneLine(Message(f)) << " ["
          << f.check_id << "]\n";
      continue;
    }
    std::string message = Message(f);
    for (const Span& site : f.include_chain) {
      Position s = Locate(report, site, f.root_path);
      message += "\nincluded from " + s.path + ":" + std::to_string(s.line);
    }
    if (!f.remediation.empty()) message += "\nfix: " + f.remediation;
    out << "::" << Command(f.severity) << " file=" << EscapeProperty(p.path)
        << ",line=" << p.line << ",endLine=" << p.end_line
        << ",col=" << p.column;
    if (p.end_line == p.line) out << ",endColumn=" << p.end_column;
    out << ",title=" << EscapeProperty(f.check_id + ": " + f.title)
        << "::" << EscapeData(message) << '\n';
  }
}

}  // namespace clawlint::formats
