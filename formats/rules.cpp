#include "formats/rules.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "checks/builtin.h"
#include "checks/catalog.h"
#include "checks/channels/identity.h"

namespace clawlint::formats {

const std::vector<const checks::CheckMeta*>& AllRuleMetas() {
  static const std::vector<const checks::CheckMeta*> metas = [] {
    std::vector<const checks::CheckMeta*> out;
    for (const auto& c : checks::AllChecks()) out.push_back(&c->meta());
    for (const checks::CheckMeta* m : checks::BuiltinMetas()) out.push_back(m);
    std::sort(out.begin(), out.end(),
              [](const checks::CheckMeta* a, const checks::CheckMeta* b) {
                return a->id < b->id;
              });
    return out;
  }();
  return metas;
}

const checks::CheckMeta* FindRuleMeta(std::string_view id) {
  const auto& metas = AllRuleMetas();
  auto it = std::lower_bound(
      metas.begin(), metas.end(), id,
      [](const checks::CheckMeta* m, std::string_view v) { return m->id < v; });
  if (it != metas.end() && (*it)->id == id) return *it;
  // A concrete id of a family (channels.irc.warning.2) has its family's meta.
  const checks::Check* family = checks::FindCheck(id);
  return family ? &family->meta() : nullptr;
}

std::string_view SarifLevel(Severity s) {
  switch (s) {
    case Severity::kCritical:
      return "error";
    case Severity::kWarn:
      return "warning";
    case Severity::kInfo:
      break;
  }
  return "note";
}

std::string_view SecuritySeverity(Severity s) {
  switch (s) {
    case Severity::kCritical:
      return "9.5";
    case Severity::kWarn:
      return "5.5";
    case Severity::kInfo:
      break;
  }
  return "2.0";
}

std::string_view ProblemSeverity(Severity s) {
  switch (s) {
    case Severity::kCritical:
      return "error";
    case Severity::kWarn:
      return "warning";
    case Severity::kInfo:
      break;
  }
  return "recommendation";
}

std::string_view Precision(const checks::CheckMeta& meta) {
  return meta.id.starts_with("clawlint.") ? "very-high" : "high";
}

std::string ReleasesText(const checks::CheckMeta& meta) {
  if (meta.releases == checks::kBothReleases) return "both";
  return meta.releases == checks::k429 ? "2026.4.29" : "2026.9.6";
}

std::string RuleName(std::string_view id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (c == '.' || c == '_' || c == '-') {
      upper = true;
      continue;
    }
    out += upper
               ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
               : c;
    upper = false;
  }
  return out;
}

std::string DocsSection(std::string_view docs, std::string_view heading) {
  const std::string marker = "## " + std::string(heading) + "\n";
  size_t at = 0;
  if (!docs.starts_with(marker)) {
    at = docs.find("\n" + marker);
    if (at == std::string_view::npos) return "";
    ++at;
  }
  size_t begin = at + marker.size();
  size_t end = docs.find("\n## ", begin);
  std::string_view body =
      docs.substr(begin, end == std::string_view::npos ? std::string_view::npos
                                                       : end - begin);
  while (!body.empty() && std::isspace(static_cast<unsigned char>(body[0])))
    body.remove_prefix(1);
  while (!body.empty() && std::isspace(static_cast<unsigned char>(body.back())))
    body.remove_suffix(1);
  return std::string(body);
}

std::string OneLine(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string CatalogAnchor(std::string_view id) {
  std::string out;
  for (char c : id) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '_' || c == '-') {
      out += static_cast<char>(std::tolower(u));
    } else if (c == ' ') {
      out += '-';
    }
  }
  return out;
}

std::string_view DocsUrl() { return CLAWLINT_DOCS_URL; }

std::string ExplainMarkdown(const checks::CheckMeta& meta) {
  std::string out =
      "# " + std::string(meta.id) + ": " + std::string(meta.title) +
      "\n\nSeverity: " + std::string(SeverityName(meta.severity)) +
      ". Releases: " + ReleasesText(meta) + ".\n\n" + std::string(meta.docs) +
      checks::channels::IdentityDocsFor(meta.id);
  if (!out.ends_with("\n")) out += '\n';
  if (!meta.remediation.empty()) {
    out += "\n## Remediation\n" + std::string(meta.remediation) + "\n";
  }
  return out;
}

namespace {

std::string Status(const checks::CheckMeta& m) {
  if (checks::IsReferenceCheckId(m.id)) return "checked";
  return m.opt_in ? "clawlint's own (opt-in)" : "clawlint's own";
}

// Check docs use `## ` sections; inside the catalog they sit one level lower.
std::string DemoteHeadings(std::string_view docs) {
  std::string out;
  size_t pos = 0;
  while (pos < docs.size()) {
    size_t end = docs.find('\n', pos);
    std::string_view line =
        docs.substr(pos, end == std::string_view::npos ? std::string_view::npos
                                                       : end - pos + 1);
    if (line.starts_with("## ")) out += "#";
    out += line;
    pos = end == std::string_view::npos ? docs.size() : end + 1;
  }
  return out;
}

std::string EscapeCell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

void WriteChecksText(std::ostream& out) {
  char line[512];
  std::snprintf(line, sizeof line, "%-48s %-9s %-10s %s\n", "CHECK", "SEVERITY",
                "RELEASES", "STATUS");
  out << line;
  for (const checks::CheckMeta* m : AllRuleMetas()) {
    std::snprintf(line, sizeof line, "%-48s %-9s %-10s %s\n",
                  std::string(m->id).c_str(),
                  std::string(SeverityName(m->severity)).c_str(),
                  ReleasesText(*m).c_str(), Status(*m).c_str());
    out << line;
  }
  for (const checks::NotDerivable& n : checks::NotDerivableChecks()) {
    std::snprintf(line, sizeof line, "%-48s %-9s %-10s ",
                  std::string(n.id).c_str(), "-", "-");
    out << line << "not derivable from a repository: " << n.reason << '\n';
  }
}

void WriteChecksMarkdown(std::ostream& out) {
  out << "<!-- Generated by `clawlint --list-checks --format markdown`; "
         "do not edit.\n     tests/unit/rules_test.cpp fails when it is "
         "out of date. -->\n"
         "# clawlint checks\n\n"
         "Every checkId clawlint reports, with its default severity, the "
         "reference releases\nthat emit it, and its SARIF mapping "
         "(docs/ci-formats.md). `clawlint --explain ID`\nprints one entry.\n\n"
         "| checkId | severity | releases | SARIF level | security-severity "
         "| title |\n|---|---|---|---|---|---|\n";
  for (const checks::CheckMeta* m : AllRuleMetas()) {
    out << "| [`" << m->id << "`](#" << CatalogAnchor(m->id) << ") | "
        << SeverityName(m->severity) << " | " << ReleasesText(*m) << " | "
        << SarifLevel(m->severity) << " | " << SecuritySeverity(m->severity)
        << " | " << EscapeCell(m->title) << " |\n";
  }
  out << "\n## Not derivable from a repository\n\n"
         "Reference checkIds clawlint does not emit, and why.\n\n"
         "| checkId | reason |\n|---|---|\n";
  for (const checks::NotDerivable& n : checks::NotDerivableChecks()) {
    out << "| `" << n.id << "` | " << EscapeCell(n.reason) << " |\n";
  }
  for (const checks::CheckMeta* m : AllRuleMetas()) {
    out << "\n## " << m->id << "\n\n"
        << m->title << ". Severity: " << SeverityName(m->severity)
        << ". Releases: " << ReleasesText(*m) << ".\n\n"
        << DemoteHeadings(m->docs);
    if (!m->docs.ends_with("\n")) out << '\n';
    if (!m->remediation.empty()) {
      out << "\n### Remediation\n" << m->remediation << '\n';
    }
  }
}

void WriteChecksJson(std::ostream& out) {
  using json = nlohmann::ordered_json;
  json checks = json::array();
  for (const checks::CheckMeta* m : AllRuleMetas()) {
    checks.push_back({{"id", m->id},
                      {"name", RuleName(m->id)},
                      {"severity", SeverityName(m->severity)},
                      {"releases", ReleasesText(*m)},
                      {"status", Status(*m)},
                      {"title", m->title},
                      {"remediation", m->remediation},
                      {"sarifLevel", SarifLevel(m->severity)},
                      {"securitySeverity", SecuritySeverity(m->severity)},
                      {"docs", m->docs}});
  }
  json not_derivable = json::array();
  for (const checks::NotDerivable& n : checks::NotDerivableChecks()) {
    not_derivable.push_back({{"id", n.id}, {"reason", n.reason}});
  }
  json doc = {{"version", 1},
              {"checks", std::move(checks)},
              {"notDerivable", std::move(not_derivable)}};
  out << doc.dump(2) << '\n';
}

}  // namespace clawlint::formats
