#include "formats/openclaw_json.h"

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>

#include "checks/catalog.h"

namespace clawlint::formats {

namespace {

using json = nlohmann::ordered_json;

bool IsInputError(const Finding& f) {
  return f.check_id == "clawlint.parse_error" ||
         f.check_id == "clawlint.include_error" ||
         f.check_id == "clawlint.schema_error";
}

// clawlint's own findings (input errors, internal errors, the secrets.*
// checks) have no place in the reference's report.
bool IsReferenceCheck(const Finding& f) {
  return checks::IsReferenceCheckId(f.check_id);
}

json Refusal(const std::string& root, const std::vector<const Finding*>& errs) {
  json issues = json::array();
  for (const Finding* f : errs) {
    std::string message = f->detail;
    if (f->check_id == "clawlint.parse_error" &&
        message.starts_with("JSON5:")) {
      message = "JSON5 parse failed: SyntaxError: " + message;
    }
    issues.push_back(
        {{"path", f->config_path.empty() ? "<root>" : f->config_path},
         {"message", message}});
  }
  return {{"ok", false},
          {"error",
           {{"type", "cli_error"},
            {"message", "OpenClaw config is invalid: " + root}}},
          {"issues", std::move(issues)}};
}

template <typename T>
void SortByEmission(std::vector<const T*>& items,
                    const Finding& (*finding)(const T*)) {
  std::stable_sort(items.begin(), items.end(),
                   [finding](const T* a, const T* b) {
                     const Finding& x = finding(a);
                     const Finding& y = finding(b);
                     const int rx = checks::EmissionRank(x.check_id);
                     const int ry = checks::EmissionRank(y.check_id);
                     if (rx != ry) return rx < ry;
                     return x.emission_seq < y.emission_seq;
                   });
}

const Finding& Itself(const Finding* f) { return *f; }
const Finding& Moved(const checks::SuppressedFinding* s) { return s->finding; }

json FindingJson(const Finding& f) {
  json item = {{"checkId", f.check_id},
               {"severity", SeverityName(f.severity)},
               {"title", f.title},
               {"detail", f.detail}};
  if (!f.remediation.empty()) item["remediation"] = f.remediation;
  return item;
}

json Audit(std::vector<const Finding*> findings,
           std::vector<const checks::SuppressedFinding*> suppressed) {
  SortByEmission(findings, Itself);
  SortByEmission(suppressed, Moved);
  json summary = {{"critical", 0}, {"warn", 0}, {"info", 0}};
  json list = json::array();
  for (const Finding* f : findings) {
    const std::string severity(SeverityName(f->severity));
    summary[severity] = summary[severity].get<int>() + 1;
    list.push_back(FindingJson(*f));
  }
  const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::system_clock::now().time_since_epoch());
  json doc = {{"ts", now.count()},
              {"summary", std::move(summary)},
              {"findings", std::move(list)}};
  // 2026.9.6 lists what security.audit.suppressions moved, when anything.
  if (!suppressed.empty()) {
    json moved = json::array();
    for (const checks::SuppressedFinding* s : suppressed) {
      json item = FindingJson(s->finding);
      item["suppression"] = json::object();
      if (!s->reason.empty()) item["suppression"]["reason"] = s->reason;
      moved.push_back(std::move(item));
    }
    doc["suppressedFindings"] = std::move(moved);
  }
  doc["secretDiagnostics"] = json::array();
  return doc;
}

json RootReport(const Report& report, const std::string& root) {
  std::vector<const Finding*> findings, errors;
  for (const Finding& f : report.findings) {
    if (f.root_path != root) continue;
    if (IsInputError(f)) {
      errors.push_back(&f);
    } else if (IsReferenceCheck(f)) {
      findings.push_back(&f);
    }
  }
  std::vector<const checks::SuppressedFinding*> suppressed;
  for (const checks::SuppressedFinding& s : report.suppressed) {
    // Only the reference's own suppressions: clawlint's inline, config and
    // baseline ignores are not part of its report.
    if (s.finding.root_path == root &&
        s.kind == checks::SuppressionKind::kAudit) {
      suppressed.push_back(&s);
    }
  }
  if (!errors.empty()) return Refusal(root, errors);
  return Audit(std::move(findings), std::move(suppressed));
}

}  // namespace

void WriteOpenClawJson(const Report& report, std::ostream& out) {
  json doc;
  if (report.roots.size() == 1) {
    doc = RootReport(report, report.roots[0]);
  } else {
    doc = json::array();
    for (const std::string& root : report.roots) {
      json one = {{"config", root}};
      one.update(RootReport(report, root));
      doc.push_back(std::move(one));
    }
  }
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace clawlint::formats
