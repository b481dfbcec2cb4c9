#include "formats/json.h"

#include <nlohmann/json.hpp>

#include "formats/location.h"

namespace clawlint::formats {

namespace {

using json = nlohmann::ordered_json;

json PositionJson(const Position& p) {
  return {{"path", p.path},
          {"line", p.line},
          {"column", p.column},
          {"endLine", p.end_line},
          {"endColumn", p.end_column}};
}

// The edits of a fix, located like findings; `--fix-patch` has the same
// change as a unified diff.
json FixJson(const fix::Fix& fix, const std::string& root,
             const Report& report) {
  json edits = json::array();
  for (const fix::Edit& e : fix.edits) {
    json location = PositionJson(Locate(report, e.span, root));
    location["byteOffset"] = e.span.begin;
    location["byteLength"] = e.span.end - e.span.begin;
    edits.push_back(
        {{"location", std::move(location)}, {"replacement", e.replacement}});
  }
  return {{"title", fix.title},
          {"applicability", fix::ApplicabilityName(fix.applicability)},
          {"edits", std::move(edits)}};
}

json FindingJson(const Finding& f, const Report& report) {
  json location = PositionJson(Locate(report, f.span, f.root_path));
  if (f.span.valid()) {
    location["byteOffset"] = f.span.begin;
    location["byteLength"] = f.span.end - f.span.begin;
  }
  json chain = json::array();
  for (const Span& site : f.include_chain) {
    chain.push_back(PositionJson(Locate(report, site, f.root_path)));
  }
  json out = {{"checkId", f.check_id},
              {"severity", SeverityName(f.severity)},
              {"title", f.title},
              {"detail", f.detail}};
  if (!f.remediation.empty()) out["remediation"] = f.remediation;
  out["location"] = std::move(location);
  out["configPath"] = f.config_path;
  if (!f.suggested_env.empty()) out["suggestedEnv"] = f.suggested_env;
  out["root"] = f.root_path;
  out["includeChain"] = std::move(chain);
  out["fingerprint"] = Fingerprint(f, report);
  if (f.fix) out["fix"] = FixJson(*f.fix, f.root_path, report);
  return out;
}

}  // namespace

void WriteJson(const Report& report, std::ostream& out) {
  json summary = {{"critical", 0}, {"warn", 0}, {"info", 0}};
  json findings = json::array();
  for (const Finding& f : report.findings) {
    summary[std::string(SeverityName(f.severity))] =
        summary[std::string(SeverityName(f.severity))].get<int>() + 1;
    findings.push_back(FindingJson(f, report));
  }
  summary["total"] = report.findings.size();
  // Findings a suppression or the baseline moved out, with why.
  json suppressed = json::array();
  int n_suppressed = 0, n_baselined = 0;
  for (const checks::SuppressedFinding& s : report.suppressed) {
    const bool baselined = s.kind == checks::SuppressionKind::kBaseline;
    ++(baselined ? n_baselined : n_suppressed);
    json item = FindingJson(s.finding, report);
    item["state"] = baselined ? "baselined" : "suppressed";
    json why = {{"kind", checks::SuppressionKindName(s.kind)},
                {"reason", s.reason}};
    if (!s.until.empty()) why["until"] = s.until;
    if (!s.source.empty()) why["source"] = s.source;
    item["suppression"] = std::move(why);
    suppressed.push_back(std::move(item));
  }
  summary["suppressed"] = n_suppressed;
  summary["baselined"] = n_baselined;
  json doc = {{"version", kJsonReportVersion},
              {"tool", {{"name", "clawlint"}, {"version", CLAWLINT_VERSION}}},
              {"profile", report.profile},
              {"source", report.tree},
              {"roots", report.roots},
              {"summary", std::move(summary)},
              {"findings", std::move(findings)},
              {"suppressed", std::move(suppressed)},
              {"notes", report.notes}};
  // Invalid UTF-8 in a message (a config with binary bytes) must not abort.
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace clawlint::formats
