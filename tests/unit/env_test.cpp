// ${VAR} substitution cases from config-format.md §3.1, observed on the
// reference with AA=val and _U=under.
#include "config/env.h"

#include <catch2/catch.hpp>

using clawlint::config::EnvMap;
using clawlint::config::SubstituteEnv;

TEST_CASE("env: substitution matches the reference's observed cases", "[env]") {
  const EnvMap env = {{"AA", "val"}, {"_U", "under"}, {"EMPTY", ""}};
  struct Case {
    const char* in;
    const char* out;
    size_t missing;
  };
  const Case cases[] = {
      {"$$${AA}", "$${AA}", 0},
      {"${AA}B}", "valB}", 0},
      {"$${lower}", "$${lower}", 0},
      {"${A-B}", "${A-B}", 0},
      {"${UNCLOSED", "${UNCLOSED", 0},
      {"$${MISSING_X}", "${MISSING_X}", 0},
      {"${_U}", "under", 0},
      {"pre-${AA}-post", "pre-val-post", 0},
      {"${MISSING}", "${MISSING}", 1},
      {"${EMPTY}", "${EMPTY}", 1},  // empty counts as missing
      {"no dollar", "no dollar", 0},
      {"$", "$", 0},
      {"${AA}${MISSING}${AA}", "val${MISSING}val", 1},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    auto result = SubstituteEnv(c.in, env);
    CHECK(result.text == c.out);
    CHECK(result.missing_names.size() == c.missing);
  }
}

TEST_CASE("env: substitution output is not re-scanned", "[env]") {
  const EnvMap env = {{"A", "${B}"}, {"B", "nested"}};
  CHECK(SubstituteEnv("${A}", env).text == "${B}");
}

TEST_CASE("env: env files parse NAME=VALUE lines", "[env]") {
  EnvMap env;
  std::string error;
  REQUIRE(clawlint::config::ParseEnvFile(
      "# comment\n\nexport A=1\nB = \"two words\"\nC='x'\n", &env, &error));
  CHECK(env.at("A") == "1");
  CHECK(env.at("B") == "two words");
  CHECK(env.at("C") == "x");
  CHECK_FALSE(
      clawlint::config::ParseEnvFile("A=1\nnot an assignment\n", &env, &error));
  CHECK(error == "line 2: expected NAME=VALUE");
}
