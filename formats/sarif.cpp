#include "formats/sarif.h"

#include <map>
#include <nlohmann/json.hpp>

#include "formats/ci_util.h"
#include "formats/line_hash.h"
#include "formats/location.h"
#include "formats/rules.h"

namespace clawlint::formats {

namespace {

using json = nlohmann::ordered_json;

constexpr const char* kSchemaUri =
    "https://json.schemastore.org/sarif-2.1.0.json";

json RuleJson(const checks::CheckMeta& m) {
  std::string full = OneLine(DocsSection(m.docs, "What it does"));
  if (full.empty()) full = std::string(m.title);
  if (full.size() > 1024) full = full.substr(0, 1020) + "...";
  std::string help_text = std::string(m.title) + ".\n\n" + std::string(m.docs);
  std::string help_md = ExplainMarkdown(m);
  if (!m.remediation.empty()) {
    help_text += "\nRemediation: " + std::string(m.remediation) + "\n";
  }
  json tags = {"security", "openclaw"};
  const std::string area(m.id.substr(0, m.id.find('.')));
  if (area != "security" && area != "openclaw") tags.push_back(area);
  return {{"id", m.id},
          {"name", RuleName(m.id)},
          {"shortDescription", {{"text", ValidUtf8(m.title)}}},
          {"fullDescription", {{"text", ValidUtf8(full)}}},
          {"help",
           {{"text", ValidUtf8(help_text)}, {"markdown", ValidUtf8(help_md)}}},
          {"helpUri", DocsUrl()},
          {"defaultConfiguration", {{"level", SarifLevel(m.severity)}}},
          {"properties",
           {{"tags", std::move(tags)},
            {"precision", Precision(m)},
            {"problem.severity", ProblemSeverity(m.severity)},
            {"security-severity", SecuritySeverity(m.severity)}}}};
}

// The rule of a finding whose id is not a rule of its own: a concrete id of
// a family (channels.irc.warning.2) takes its family's documentation; an
// unknown id (should not happen) is synthesised, so every ruleId resolves,
// which the validators require.
checks::CheckMeta AdHocMeta(const Finding& f) {
  if (const checks::CheckMeta* family = FindRuleMeta(f.check_id)) {
    checks::CheckMeta meta = *family;
    meta.id = f.check_id;
    return meta;
  }
  return {.id = f.check_id,
          .severity = f.severity,
          .releases = checks::kBothReleases,
          .title = f.title,
          .remediation = f.remediation,
          .docs = ""};
}

class Writer {
 public:
  Writer(const Report& report) : report_(report) {}

  json PhysicalLocation(const Span& span, const std::string& root) {
    Position p = Locate(report_, span, root);
    if (!span.valid()) {
      // Anchored to line 1 of the root; cover that line when we have it.
      p.end_line = 1;
      p.end_column = LineOneEnd(root);
    }
    json region = {{"startLine", p.line},
                   {"startColumn", p.column},
                   {"endLine", p.end_line},
                   {"endColumn", p.end_column}};
    return {{"artifactLocation",
             {{"uri", PathToUri(p.path)}, {"uriBaseId", "%SRCROOT%"}}},
            {"region", std::move(region)}};
  }

  // A clawlint fix as a SARIF fix: one artifactChange per file, each edit a
  // replacement of its region (an empty region is an insertion). The same
  // edits as --fix-patch.
  json FixJson(const fix::Fix& fix, const std::string& root) {
    json changes = json::array();
    std::map<std::string, size_t> change_of_uri;
    for (const fix::Edit& e : fix.edits) {
      json location = PhysicalLocation(e.span, root);
      const std::string uri = location["artifactLocation"]["uri"];
      auto [it, added] = change_of_uri.emplace(uri, changes.size());
      if (added) {
        changes.push_back({{"artifactLocation", location["artifactLocation"]},
                           {"replacements", json::array()}});
      }
      changes[it->second]["replacements"].push_back(
          {{"deletedRegion", location["region"]},
           {"insertedContent", {{"text", ValidUtf8(e.replacement)}}}});
    }
    return {
        {"description",
         {{"text", fix.title + " (" +
                       std::string(fix::ApplicabilityName(fix.applicability)) +
                       ")"}}},
        {"artifactChanges", std::move(changes)}};
  }

  std::string LineHash(const Span& span, const std::string& root,
                       uint32_t line) {
    const SourceFile* file =
        span.valid() ? &report_.sources.Get(span.file) : FileByPath(root);
    if (!file) return "";
    auto it = hashes_.find(file);
    if (it == hashes_.end()) {
      it = hashes_.emplace(file, LineHashes(file->bytes)).first;
    }
    return line >= 1 && line <= it->second.size() ? it->second[line - 1] : "";
  }

 private:
  const SourceFile* FileByPath(const std::string& path) {
    for (size_t i = 0; i < report_.sources.size(); ++i) {
      const SourceFile& f = report_.sources.Get(static_cast<FileId>(i));
      if (f.path == path) return &f;
    }
    return nullptr;
  }

  uint32_t LineOneEnd(const std::string& root) {
    const SourceFile* file = FileByPath(root);
    if (!file) return 1;
    uint32_t end = file->lines.LineStart(2);
    if (file->lines.line_count() >= 2) --end;  // before the '\n'
    if (end > 0 && end <= file->bytes.size() && file->bytes[end - 1] == '\r')
      --end;
    return file->lines.At(end).column;
  }

  const Report& report_;
  std::map<const SourceFile*, std::vector<std::string>> hashes_;
};

}  // namespace

void WriteSarif(const Report& report, std::ostream& out,
                const SarifOptions& options,
                std::vector<std::string>* warnings) {
  // Rules: every check and builtin, then ad-hoc ones for unknown ids.
  json rules = json::array();
  std::map<std::string, size_t, std::less<>> rule_index;
  for (const checks::CheckMeta* m : AllRuleMetas()) {
    rule_index.emplace(std::string(m->id), rules.size());
    rules.push_back(RuleJson(*m));
  }
  std::vector<ReportedFinding> items =
      CollectFindings(report, options.include_suppressed);
  for (const ReportedFinding& item : items) {
    const Finding& f = *item.finding;
    if (rule_index.count(f.check_id)) continue;
    rule_index.emplace(f.check_id, rules.size());
    rules.push_back(RuleJson(AdHocMeta(f)));
  }

  // Cap: keep the most severe results (GitHub shows the top ones by
  // severity), in report order.
  std::vector<bool> keep(items.size(), true);
  if (items.size() > options.max_results) {
    std::vector<size_t> order = SeverityOrder(items);
    for (size_t i = options.max_results; i < order.size(); ++i) {
      keep[order[i]] = false;
    }
    warnings->push_back(
        "SARIF: " + std::to_string(items.size()) +
        " results exceed the limit of " + std::to_string(options.max_results) +
        " per run; the " + std::to_string(items.size() - options.max_results) +
        " least severe were left out (the JSON report has all of them)");
  }

  Writer writer(report);
  json results = json::array();
  for (size_t i = 0; i < items.size(); ++i) {
    if (!keep[i]) continue;
    const Finding& f = *items[i].finding;
    json primary = writer.PhysicalLocation(f.span, f.root_path);
    const uint32_t line = primary["region"]["startLine"].get<uint32_t>();
    std::string message = Message(f);
    json related = json::array();
    json flow = json::array();
    int id = 1;
    for (const Span& site : f.include_chain) {
      json loc = writer.PhysicalLocation(site, f.root_path);
      const std::string where =
          loc["artifactLocation"]["uri"].get<std::string>() + ":" +
          std::to_string(loc["region"]["startLine"].get<uint32_t>());
      message += (id == 1 ? " Included from [" : ", from [") + where + "](" +
                 std::to_string(id) + ")";
      related.push_back({{"id", id},
                         {"physicalLocation", loc},
                         {"message", {{"text", "$include"}}}});
      flow.push_back({{"location",
                       {{"physicalLocation", std::move(loc)},
                        {"message", {{"text", "$include"}}}}}});
      ++id;
    }
    if (id > 1) message += ".";
    json result = {
        {"ruleId", f.check_id},
        {"ruleIndex", rule_index.at(f.check_id)},
        {"level", SarifLevel(f.severity)},
        {"message", {{"text", message}}},
        {"locations", json::array({{{"physicalLocation", primary}}})}};
    if (!related.empty()) {
      flow.push_back(
          {{"location",
            {{"physicalLocation", primary},
             {"message",
              {{"text", ValidUtf8(f.config_path.empty() ? f.check_id
                                                        : f.config_path)}}}}}});
      result["relatedLocations"] = std::move(related);
      result["codeFlows"] = json::array(
          {{{"threadFlows", json::array({{{"locations", std::move(flow)}}})}}});
    }
    json partial = json::object();
    const std::string hash = writer.LineHash(f.span, f.root_path, line);
    if (!hash.empty()) partial["primaryLocationLineHash"] = hash;
    if (!partial.empty()) result["partialFingerprints"] = std::move(partial);
    result["fingerprints"] = {{"clawlint/v1", Fingerprint(f, report)}};
    if (f.fix && !f.fix->edits.empty()) {
      result["fixes"] = json::array({writer.FixJson(*f.fix, f.root_path)});
    }
    if (!f.config_path.empty()) {
      result["properties"] = {{"configPath", ValidUtf8(f.config_path)},
                              {"root", f.root_path}};
    } else {
      result["properties"] = {{"root", f.root_path}};
    }
    if (items[i].suppressed) {
      // In the config file itself (audit suppressions, inline comments) or
      // beside it (.clawlint.yml ignores, baseline files).
      const bool in_source = items[i].kind == checks::SuppressionKind::kAudit ||
                             items[i].kind == checks::SuppressionKind::kInline;
      json s = {{"kind", in_source ? "inSource" : "external"},
                {"status", "accepted"}};
      if (!items[i].reason.empty())
        s["justification"] = ValidUtf8(items[i].reason);
      result["suppressions"] = json::array({std::move(s)});
    }
    results.push_back(std::move(result));
  }

  json driver = {{"name", "clawlint"},
                 {"version", CLAWLINT_VERSION},
                 {"semanticVersion", CLAWLINT_VERSION},
                 {"informationUri", DocsUrl()},
                 {"rules", std::move(rules)}};
  json run = {
      {"tool", {{"driver", std::move(driver)}}},
      {"automationDetails", {{"id", options.category + "/"}}},
      {"columnKind", "unicodeCodePoints"},
      {"originalUriBaseIds",
       {{"%SRCROOT%",
         {{"description", {{"text", "The root of the scanned git tree"}}}}}}},
      {"results", std::move(results)},
      {"properties",
       {{"profile", report.profile},
        {"source", report.tree},
        {"roots", report.roots}}}};
  json doc = {{"$schema", kSchemaUri},
              {"version", "2.1.0"},
              {"runs", json::array({std::move(run)})}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace clawlint::formats
