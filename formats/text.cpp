#include "formats/text.h"

#include <array>

#include "formats/location.h"

namespace clawlint::formats {

namespace {

struct Palette {
  std::string_view bold, dim, reset, red, yellow, blue;
};

constexpr Palette kColor{"\033[1m",  "\033[2m",  "\033[0m",
                         "\033[31m", "\033[33m", "\033[34m"};
constexpr Palette kPlain{};

std::string_view SeverityColor(const Palette& p, Severity s) {
  switch (s) {
    case Severity::kCritical:
      return p.red;
    case Severity::kWarn:
      return p.yellow;
    case Severity::kInfo:
      return p.blue;
  }
  return p.reset;
}

void WriteIndented(std::ostream& out, std::string_view text) {
  while (!text.empty()) {
    size_t nl = text.find('\n');
    out << "    " << text.substr(0, nl) << '\n';
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
}

std::string Plural(size_t n, std::string_view word) {
  return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

}  // namespace

void WriteText(const Report& report, std::ostream& out, bool color) {
  const Palette& p = color ? kColor : kPlain;
  std::array<size_t, 3> counts{};
  std::string previous_path;
  for (const Finding& f : report.findings) {
    Position at = Locate(report, f.span, f.root_path);
    if (!previous_path.empty() && at.path != previous_path) out << '\n';
    previous_path = at.path;
    ++counts[static_cast<int>(f.severity)];
    out << p.bold << at.path << ':' << at.line << ':' << at.column << ':'
        << p.reset << ' ' << SeverityColor(p, f.severity)
        << SeverityName(f.severity) << p.reset << ": " << f.title << ' '
        << p.dim << '[' << f.check_id << ']' << p.reset << '\n';
    WriteIndented(out, f.detail);
    for (const Span& site : f.include_chain) {
      Position inc = Locate(report, site, f.root_path);
      out << "    " << p.dim << "included from " << inc.path << ':' << inc.line
          << ':' << inc.column << p.reset << '\n';
    }
    if (!f.remediation.empty()) {
      out << "    " << p.dim << "help: " << p.reset << f.remediation << '\n';
    }
    if (f.fix && f.fix->applicability != fix::Applicability::kDisplayOnly) {
      out << "    " << p.dim << "fix ("
          << fix::ApplicabilityName(f.fix->applicability) << "): " << p.reset
          << f.fix->title << '\n';
    }
  }
  for (const std::string& note : report.notes) out << "note: " << note << '\n';
  if (!report.findings.empty()) out << '\n';
  out << p.bold << Plural(report.findings.size(), "finding") << p.reset << " ("
      << counts[2] << " critical, " << counts[1] << " warn, " << counts[0]
      << " info) in " << Plural(report.roots.size(), "config root") << "; "
      << report.tree << ", profile " << report.profile;
  // What clawlint's own ignores moved out (see --no-ignores).
  size_t suppressed = 0, baselined = 0;
  for (const checks::SuppressedFinding& s : report.suppressed) {
    if (s.kind == checks::SuppressionKind::kBaseline) {
      ++baselined;
    } else if (s.kind != checks::SuppressionKind::kAudit) {
      ++suppressed;
    }
  }
  if (suppressed) out << "; " << suppressed << " suppressed";
  if (baselined) out << "; " << baselined << " baselined";
  out << '\n';
}

}  // namespace clawlint::formats
