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
  // The reference's ids keep its camelCase config keys
  // (tools.elevated.allowFrom.<provider>.wildcard).
  const RE2 id_pattern(R"([a-z0-9_]+(\.[a-zA-Z0-9_]+)+)");
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
