// The check catalog stays consistent: sorted unique ids, complete docs, and
// fixtures for every check.
#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "checks/builtin.h"
#include "checks/check.h"

namespace fs = std::filesystem;
using clawlint::checks::AllChecks;
using clawlint::checks::BuiltinMetas;
using clawlint::checks::CheckMeta;

namespace {

std::vector<const CheckMeta*> AllMetas() {
  std::vector<const CheckMeta*> metas;
  for (const auto& c : AllChecks()) metas.push_back(&c->meta());
  for (const CheckMeta* m : BuiltinMetas()) metas.push_back(m);
  return metas;
}

}  // namespace

TEST_CASE("catalog: checks are registered once, sorted by id", "[catalog]") {
  const auto& checks = AllChecks();
  REQUIRE(checks.size() >= 15);
  for (size_t i = 1; i < checks.size(); ++i) {
    INFO(checks[i]->meta().id);
    CHECK(checks[i - 1]->meta().id < checks[i]->meta().id);
  }
}

TEST_CASE("catalog: ids, titles and docs are complete", "[catalog]") {
  // Segments are snake_case (channel ids may hold '-'); a family of dynamic
  // ids names its variable segments `<ch>`, `<n>`.
  const RE2 id_pattern(R"([a-z0-9_]+(\.([A-Za-z0-9_-]+|<[a-z]+>))+)");
  for (const CheckMeta* m : AllMetas()) {
    INFO(m->id);
    CHECK(RE2::FullMatch(m->id, id_pattern));
    CHECK_FALSE(m->title.empty());
    CHECK(m->releases != 0);
    for (const char* heading : {"## What it does", "## Why is this bad?",
                                "## Example", "## Use instead"}) {
      CHECK(m->docs.find(heading) != std::string_view::npos);
    }
  }
}

TEST_CASE("catalog: every check has bad and good fixtures", "[catalog]") {
  const fs::path fixtures = fs::path(CLAWLINT_SOURCE_DIR) / "fixtures";
  for (const CheckMeta* m : AllMetas()) {
    if (m->id == "clawlint.internal_error") continue;  // no input triggers it
    // About clawlint's own suppressions, not a config: ignores_cli_test.cpp.
    if (m->id.starts_with("clawlint.suppression.")) continue;
    INFO(m->id);
    const fs::path dir = fixtures / std::string(m->id);
    REQUIRE(fs::is_directory(dir));
    bool bad = false, good = false;
    for (const auto& e : fs::directory_iterator(dir)) {
      std::string name = e.path().filename().string();
      bad |= name.starts_with("bad_");
      good |= name.starts_with("good_");
    }
    // The summary always fires: its fixtures show the detail lines instead.
    if (m->id != "summary.attack_surface") {
      CHECK(bad);
      CHECK(good);
    }
  }
  // No orphan fixture directories.
  for (const auto& e : fs::directory_iterator(fixtures)) {
    if (!e.is_directory()) continue;
    std::string id = e.path().filename().string();
    INFO(id);
    bool known = false;
    for (const CheckMeta* m : AllMetas()) known |= m->id == id;
    CHECK(known);
  }
}

TEST_CASE("catalog: concrete channel ids find their family check",
          "[catalog]") {
  using clawlint::checks::FindCheck;
  const auto* open = FindCheck("channels.discord.dm.open");
  REQUIRE(open);
  CHECK(open->meta().id == "channels.<ch>.dm.open");
  const auto* warning = FindCheck("channels.nextcloud-talk.warning.12");
  REQUIRE(warning);
  CHECK(warning->meta().id == "channels.<ch>.warning.<n>");
  // a specific check wins over a family
  REQUIRE(FindCheck("channels.telegram.allowFrom.invalid_entries"));
  CHECK(FindCheck("channels.telegram.allowFrom.invalid_entries")->meta().id ==
        "channels.telegram.allowFrom.invalid_entries");
  CHECK_FALSE(FindCheck("channels.discord.dm.open.extra"));
  CHECK_FALSE(FindCheck("channels.discord.dm"));
  CHECK_FALSE(FindCheck("channels..dm.open"));
}
