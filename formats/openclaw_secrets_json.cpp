#include "formats/openclaw_secrets_json.h"

#include <nlohmann/json.hpp>

namespace clawlint::formats {

namespace {

using json = nlohmann::ordered_json;

constexpr std::string_view kPlaintextId = "secrets.plaintext_credential";
constexpr std::string_view kUnresolvedId = "secrets.env_ref_unresolved";

// The provider a `models.providers.<id>.*` path belongs to, else "".
std::string ProviderOf(const std::string& path) {
  constexpr std::string_view kPrefix = "models.providers.";
  if (!path.starts_with(kPrefix)) return "";
  const size_t end = path.find('.', kPrefix.size());
  return end == std::string::npos
             ? ""
             : path.substr(kPrefix.size(), end - kPrefix.size());
}

json RootReport(const Report& report, const std::string& root) {
  json findings = json::array();
  int plaintext = 0, unresolved = 0;
  bool invalid = false;
  for (const Finding& f : report.findings) {
    if (f.root_path != root) continue;
    invalid |= f.check_id == "clawlint.parse_error" ||
               f.check_id == "clawlint.include_error" ||
               f.check_id == "clawlint.schema_error";
  }
  if (invalid) {
    findings.push_back(
        {{"code", "REF_UNRESOLVED"},
         {"severity", "error"},
         {"file", root},
         {"jsonPath", "<root>"},
         {"message",
          "Config is invalid; cannot validate secret references reliably."}});
    unresolved = 1;
  } else {
    for (const Finding& f : report.findings) {
      if (f.root_path != root || f.check_id != kPlaintextId) continue;
      json item = {{"code", "PLAINTEXT_FOUND"},
                   {"severity", "warn"},
                   {"file", root},
                   {"jsonPath", f.config_path},
                   {"message", f.config_path + " is stored as plaintext."}};
      const std::string provider = ProviderOf(f.config_path);
      if (!provider.empty()) item["provider"] = provider;
      findings.push_back(std::move(item));
      ++plaintext;
    }
    for (const Finding& f : report.findings) {
      if (f.root_path != root || f.check_id != kUnresolvedId) continue;
      findings.push_back({{"code", "REF_UNRESOLVED"},
                          {"severity", "error"},
                          {"file", root},
                          {"jsonPath", f.config_path},
                          {"message", f.detail}});
      ++unresolved;
    }
  }
  json summary = {{"plaintextCount", plaintext},
                  {"unresolvedRefCount", unresolved},
                  {"shadowedRefCount", 0}};
  if (report.profile == "2026.9.6") summary["storeResidueCount"] = 0;
  summary["legacyResidueCount"] = 0;
  const char* status = unresolved > 0  ? "unresolved"
                       : plaintext > 0 ? "findings"
                                       : "clean";
  return {{"version", 1},
          {"status", status},
          {"resolution",
           {{"refsChecked", invalid ? 0 : unresolved},
            {"skippedExecRefs", 0},
            {"resolvabilityComplete", false}}},
          {"filesScanned", json::array({root})},
          {"summary", std::move(summary)},
          {"findings", std::move(findings)}};
}

}  // namespace

void WriteOpenClawSecretsJson(const Report& report, std::ostream& out) {
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
