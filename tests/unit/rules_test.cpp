// Rule metadata: the committed catalog docs/checks.md matches the code, and
// --list-checks --format json / --explain come from the same metas.
#include "formats/rules.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace {

std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

using namespace clawlint;

TEST_CASE("rules: docs/checks.md is generated from the checks", "[rules]") {
  std::ostringstream generated;
  formats::WriteChecksMarkdown(generated);
  const std::string committed =
      Slurp(std::filesystem::path(CLAWLINT_SOURCE_DIR) / "docs/checks.md");
  INFO(
      "regenerate: build/clawlint --list-checks --format markdown > "
      "docs/checks.md");
  CHECK(committed == generated.str());
  for (const checks::CheckMeta* m : formats::AllRuleMetas()) {
    CHECK(committed.find("\n## " + std::string(m->id) + "\n") !=
          std::string::npos);
  }
}

TEST_CASE("rules: every meta has the docs SARIF needs", "[rules]") {
  const auto& metas = formats::AllRuleMetas();
  REQUIRE(metas.size() >= 4);
  for (size_t i = 0; i < metas.size(); ++i) {
    const checks::CheckMeta& m = *metas[i];
    CAPTURE(m.id);
    if (i > 0) CHECK(metas[i - 1]->id < m.id);
    CHECK(formats::FindRuleMeta(m.id) == &m);
    CHECK(!formats::DocsSection(m.docs, "What it does").empty());
    CHECK(!formats::DocsSection(m.docs, "Why is this bad?").empty());
    CHECK(formats::ExplainMarkdown(m).starts_with("# " + std::string(m.id)));
  }
  CHECK(formats::FindRuleMeta("no.such_check") == nullptr);
  CHECK(formats::RuleName("gateway.bind_no_auth") == "GatewayBindNoAuth");
  CHECK(formats::SecuritySeverity(Severity::kCritical) == "9.5");
  CHECK(formats::SecuritySeverity(Severity::kWarn) == "5.5");
  CHECK(formats::SecuritySeverity(Severity::kInfo) == "2.0");
  CHECK(formats::SarifLevel(Severity::kInfo) == "note");
  CHECK(formats::CatalogAnchor("gateway.bind_no_auth") ==
        "gatewaybind_no_auth");
  CHECK(formats::DocsSection("## A\none\n\n## B\ntwo\n", "B") == "two");
  CHECK(formats::DocsSection("## A\none\n\n## B\ntwo\n", "A") == "one");
  CHECK(formats::DocsSection("## A\none\n", "C").empty());
}

TEST_CASE("rules: --list-checks json lists every meta", "[rules]") {
  std::ostringstream out;
  formats::WriteChecksJson(out);
  auto doc = nlohmann::json::parse(out.str());
  CHECK(doc["version"] == 1);
  REQUIRE(doc["checks"].size() == formats::AllRuleMetas().size());
  CHECK(doc["checks"][0]["id"] == std::string(formats::AllRuleMetas()[0]->id));
  CHECK(!doc["notDerivable"].empty());
}

TEST_CASE("rules: a concrete id of a family finds its family's docs",
          "[rules]") {
  const checks::CheckMeta* warning =
      formats::FindRuleMeta("channels.irc.warning.2");
  REQUIRE(warning != nullptr);
  CHECK(warning->id == "channels.<ch>.warning.<n>");
  const checks::CheckMeta* elevated =
      formats::FindRuleMeta("tools.elevated.allowFrom.discord.wildcard");
  REQUIRE(elevated != nullptr);
  CHECK(elevated->id == "tools.elevated.allowFrom.<provider>.wildcard");
  CHECK(formats::ExplainMarkdown(*warning).find("## ") != std::string::npos);
}
