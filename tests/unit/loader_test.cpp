// $include semantics (config-format.md §2, edge cases of §8), provenance and
// substitution, on in-memory trees.
#include "config/loader.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/value_json.h"
#include "tree/memory_tree.h"

namespace {

using namespace clawlint;
using config::LoadedConfig;
using config::Value;
using json = nlohmann::ordered_json;

using testing::ToJson;

struct Loaded {
  SourceSet sources;
  LoadedConfig config;
};

std::unique_ptr<Loaded> LoadTree(const tree::MemoryTree& t,
                                 config::LoadOptions options = {},
                                 std::string root = "openclaw.json") {
  auto out = std::make_unique<Loaded>();
  out->config = config::Load(t, out->sources, root, options);
  return out;
}

std::string ErrorOf(const tree::MemoryTree& t) {
  auto loaded = LoadTree(t);
  REQUIRE(loaded->config.error.has_value());
  return loaded->config.error->message;
}

// The file:line:col (1-based, code points) of a span.
std::string Where(const Loaded& l, const Span& span) {
  const SourceFile& f = l.sources.Get(span.file);
  LineCol at = f.lines.At(span.begin);
  return f.path + ":" + std::to_string(at.line) + ":" +
         std::to_string(at.column);
}

}  // namespace

TEST_CASE("loader: siblings override included values, arrays concatenate",
          "[loader]") {
  tree::MemoryTree t;
  t.AddFile(
      "openclaw.json",
      R"({ "$include": "./base.json5", gateway: { port: 19000, trustedProxies: ["10.0.0.2"] } })");
  t.AddFile(
      "base.json5",
      R"({ gateway: { mode: "local", port: 18789, trustedProxies: ["10.0.0.1"], auth: { mode: "token" } } })");
  auto l = LoadTree(t);
  REQUIRE_FALSE(l->config.error);
  CHECK(
      ToJson(*l->config.root).dump() ==
      R"({"gateway":{"mode":"local","port":19000.0,"trustedProxies":["10.0.0.1","10.0.0.2"],"auth":{"mode":"token"}}})");
}

TEST_CASE("loader: include arrays fold left, later files win", "[loader]") {
  tree::MemoryTree t;
  t.AddFile("openclaw.json", R"({ "$include": ["./a.json5", "./b.json5"] })");
  t.AddFile("a.json5",
            R"({gateway:{mode:"local",port:1111,trustedProxies:["1.1.1.1"]}})");
  t.AddFile("b.json5", R"({gateway:{port:2222,trustedProxies:["2.2.2.2"]}})");
  auto l = LoadTree(t);
  REQUIRE_FALSE(l->config.error);
  CHECK(
      ToJson(*l->config.root).dump() ==
      R"({"gateway":{"mode":"local","port":2222.0,"trustedProxies":["1.1.1.1","2.2.2.2"]}})");
}

TEST_CASE("loader: a sibling scalar replaces an included object", "[loader]") {
  tree::MemoryTree t;
  t.AddFile("openclaw.json", R"({ "$include": "./a.json5", gateway: "oops" })");
  t.AddFile("a.json5", R"({ gateway: { port: 1 } })");
  auto l = LoadTree(t);
  REQUIRE_FALSE(l->config.error);
  CHECK(ToJson(*l->config.root).dump() == R"({"gateway":"oops"})");
}

TEST_CASE("loader: an include alone replaces its object, whatever its type",
          "[loader]") {
  tree::MemoryTree t;
  t.AddFile(
      "openclaw.json",
      R"({ gateway: { trustedProxies: { "$include": "./list.json5" } } })");
  t.AddFile("list.json5", R"(["1.2.3.4"])");
  auto l = LoadTree(t);
  REQUIRE_FALSE(l->config.error);
  CHECK(ToJson(*l->config.root).dump() ==
        R"({"gateway":{"trustedProxies":["1.2.3.4"]}})");
}

TEST_CASE("loader: nested includes with siblings at two levels", "[loader]") {
  tree::MemoryTree t;
  t.AddFile(
      "openclaw.json",
      R"({ "$include": "./a.json5", gateway: { "$include": "./g.json5", port: 2121 } })");
  t.AddFile("a.json5", R"({gateway:{mode:"local",port:1}})");
  t.AddFile("g.json5", R"({bind:"loopback",port:2})");
  auto l = LoadTree(t);
  REQUIRE_FALSE(l->config.error);
  CHECK(ToJson(*l->config.root).dump() ==
        R"({"gateway":{"mode":"local","port":2121.0,"bind":"loopback"}})");
}

TEST_CASE("loader: the same file twice (diamond) is not a cycle", "[loader]") {
  tree::MemoryTree t;
  t.AddFile("openclaw.json", R"({ "$include": ["./x.json5", "./x.json5"] })");
  t.AddFile("x.json5", R"({ gateway: { trustedProxies: ["a"] } })");
  auto l = LoadTree(t);
  REQUIRE_FALSE(l->config.error);
  CHECK(ToJson(*l->config.root).dump() ==
        R"({"gateway":{"trustedProxies":["a","a"]}})");
  CHECK(l->config.loads.size() == 3);
}

TEST_CASE("loader: include errors carry the reference's messages", "[loader]") {
  SECTION("missing file") {
    tree::MemoryTree t;
    t.AddFile("openclaw.json", R"({ "$include": "./nope.json5" })");
    CHECK(ErrorOf(t) ==
          "Failed to read include file: ./nope.json5 (resolved: nope.json5)");
  }
  SECTION("escaping the config directory") {
    tree::MemoryTree t;
    t.AddFile("cfg/openclaw.json", R"({ "$include": "../outside.json5" })");
    t.AddFile("outside.json5", "{}");
    auto l = LoadTree(t, {}, "cfg/openclaw.json");
    REQUIRE(l->config.error);
    CHECK(l->config.error->message ==
          "Include path escapes config directory: ../outside.json5 (root: "
          "cfg)");
  }
  SECTION("climbing above the repository") {
    tree::MemoryTree t;
    t.AddFile("openclaw.json", R"({ "$include": "../../etc/passwd" })");
    CHECK(ErrorOf(t) ==
          "Include path escapes config directory: ../../etc/passwd (root: .)");
  }
  SECTION("absolute paths outside the checkout") {
    tree::MemoryTree t;
    t.AddFile("openclaw.json", R"({ "$include": "/etc/passwd" })");
    CHECK(ErrorOf(t) ==
          "Include path escapes config directory: /etc/passwd (root: .)");
  }
  SECTION("a symlink leading out of the config directory") {
    tree::MemoryTree t;
    t.AddFile("cfg/openclaw.json", R"({ "$include": "./link.json5" })");
    t.AddSymlink("cfg/link.json5", "../outside.json5");
    t.AddFile("outside.json5", "{}");
    auto l = LoadTree(t, {}, "cfg/openclaw.json");
    REQUIRE(l->config.error);
    CHECK(l->config.error->message ==
          "Include path resolves outside config directory (symlink): "
          "./link.json5 (root: cfg)");
  }
  SECTION("a symlink inside the config directory is followed") {
    tree::MemoryTree t;
    t.AddFile("openclaw.json", R"({ "$include": "./link.json5" })");
    t.AddSymlink("link.json5", "real.json5");
    t.AddFile("real.json5", "{ logging: { redactSensitive: 'off' } }");
    auto l = LoadTree(t);
    REQUIRE_FALSE(l->config.error);
    CHECK(ToJson(*l->config.root).dump() ==
          R"({"logging":{"redactSensitive":"off"}})");
  }
  SECTION("cycle") {
    tree::MemoryTree t;
    t.AddFile("openclaw.json", R"({ "$include": "./a.json5" })");
    t.AddFile("a.json5", R"({ "$include": "./b.json5" })");
    t.AddFile("b.json5", R"({ "$include": "./a.json5" })");
    CHECK(ErrorOf(t) ==
          "Circular include detected: openclaw.json -> a.json5 -> b.json5 -> "
          "a.json5");
  }
  SECTION("self include") {
    tree::MemoryTree t;
    t.AddFile("openclaw.json", R"({ "$include": "./openclaw.json" })");
    CHECK(ErrorOf(t) ==
          "Circular include detected: openclaw.json -> openclaw.json");
  }
  SECTION("a directory is not a regular file") {
    tree::MemoryTree t;
    t.AddFile("openclaw.json", R"({ "$include": "./dir" })");
    t.AddFile("dir/x.json5", "{}");
    CHECK(ErrorOf(t) ==
          "Include file failed security checks (regular file, max 2097152 "
          "bytes, no hardlinks): ./dir");
  }
  SECTION("larger than 2 MiB") {
    tree::MemoryTree t;
    t.AddFile("openclaw.json", R"({ "$include": "./big.json5" })");
    t.AddFile("big.json5", "[" + std::string(2097152, ' ') + "]");
    CHECK(ErrorOf(t) ==
          "Include file failed security checks (regular file, max 2097152 "
          "bytes, no hardlinks): ./big.json5");
  }
  SECTION("not a string or an array") {
    tree::MemoryTree t;
    t.AddFile("openclaw.json", R"({ "$include": 5 })");
    CHECK(ErrorOf(t) ==
          "Invalid $include value: expected string or array of strings, got "
          "number");
  }
  SECTION("null is an object to typeof") {
    tree::MemoryTree t;
    t.AddFile("openclaw.json", R"({ "$include": null })");
    CHECK(ErrorOf(t) ==
          "Invalid $include value: expected string or array of strings, got "
          "object");
  }
  SECTION("a non-string array item") {
    tree::MemoryTree t;
    t.AddFile("openclaw.json", R"({ "$include": ["./a.json5", 5] })");
    t.AddFile("a.json5", "{}");
    CHECK(ErrorOf(t) ==
          "Invalid $include array item: expected string, got number");
  }
  SECTION("siblings next to a non-object include") {
    tree::MemoryTree t;
    t.AddFile(
        "openclaw.json",
        R"({ gateway: { trustedProxies: { "$include": "./l.json5", extra: 1 } } })");
    t.AddFile("l.json5", R"(["1.2.3.4"])");
    CHECK(ErrorOf(t) ==
          "Sibling keys require included content to be an object");
  }
}

TEST_CASE("loader: depth 10 is allowed, 11 is not", "[loader]") {
  auto chain = [](int files) {
    tree::MemoryTree t;
    t.AddFile("openclaw.json", R"({ "$include": "./d1.json5" })");
    for (int i = 1; i <= files; ++i) {
      std::string body = i == files
                             ? "{}"
                             : R"({ "$include": "./d)" + std::to_string(i + 1) +
                                   R"(.json5" })";
      t.AddFile("d" + std::to_string(i) + ".json5", body);
    }
    return t;
  };
  auto ok = LoadTree(chain(10));
  CHECK_FALSE(ok->config.error);
  CHECK(ErrorOf(chain(11)) ==
        "Maximum include depth (10) exceeded at: ./d11.json5");
}

TEST_CASE("loader: errors point at the failing $include and its chain",
          "[loader]") {
  tree::MemoryTree t;
  t.AddFile("openclaw.json", "{\n  \"$include\": \"./a.json5\",\n}\n");
  t.AddFile("a.json5",
            "{\n  gateway: { \"$include\": \"./missing.json5\" },\n}\n");
  auto l = LoadTree(t);
  REQUIRE(l->config.error);
  CHECK(Where(*l, l->config.error->span) == "a.json5:2:26");
  auto chain = config::IncludeChain(l->config, l->config.error->load);
  REQUIRE(chain.size() == 1);
  CHECK(Where(*l, chain[0]) == "openclaw.json:2:15");
}

TEST_CASE("loader: a parse error in an include is located inside it",
          "[loader]") {
  tree::MemoryTree t;
  t.AddFile("openclaw.json", R"({ "$include": "./bad.json5" })");
  t.AddFile("bad.json5", "{\n  gateway: { port: 1,, },\n}\n");
  auto l = LoadTree(t);
  REQUIRE(l->config.error);
  CHECK(l->config.error->kind == config::LoadErrorKind::kParse);
  CHECK(l->config.error->message ==
        "Failed to parse include file: ./bad.json5: JSON5: invalid character "
        "',' at 2:22");
  CHECK(Where(*l, l->config.error->span) == "bad.json5:2:22");
}

TEST_CASE("loader: values remember the file and span they came from",
          "[loader]") {
  tree::MemoryTree t;
  t.AddFile("conf/openclaw.json",
            "{\n  // gateway lives elsewhere\n  gateway: { \"$include\": "
            "\"./parts/gw.json5\" },\n}\n");
  t.AddFile("conf/parts/gw.json5", "{\n  bind: 'lan',\n}\n");
  auto l = LoadTree(t, {}, "conf/openclaw.json");
  REQUIRE_FALSE(l->config.error);
  const Value* bind = l->config.root->Get("gateway")->Get("bind");
  REQUIRE(bind);
  CHECK(Where(*l, bind->origin.span) == "conf/parts/gw.json5:2:9");
  auto chain = config::IncludeChain(l->config, bind->origin.load);
  REQUIRE(chain.size() == 1);
  CHECK(Where(*l, chain[0]) == "conf/openclaw.json:3:26");
}

TEST_CASE("loader: ${VAR} substitution runs after includes", "[loader]") {
  tree::MemoryTree t;
  t.AddFile(
      "openclaw.json",
      R"({ "$include": "./a.json5", env: { MY_NAME: "Claw" }, ui: { assistant: { name: "${MY_NAME}" } } })");
  t.AddFile(
      "a.json5",
      R"({ gateway: { auth: { password: "${GW_PW}", token: "${TOK}" } } })");
  config::LoadOptions options;
  options.env = {{"TOK", "from-cli"}};
  auto l = LoadTree(t, options);
  REQUIRE_FALSE(l->config.error);
  const Value* auth = l->config.root->Get("gateway")->Get("auth");
  CHECK(auth->Get("token")->string == "from-cli");
  CHECK(auth->Get("token")->env_substituted);
  CHECK(auth->Get("password")->string == "${GW_PW}");
  CHECK(auth->Get("password")->env_unresolved);
  CHECK(l->config.root->Get("ui")->Get("assistant")->Get("name")->string ==
        "Claw");
  REQUIRE(l->config.env_warnings.size() == 1);
  CHECK(l->config.env_warnings[0].name == "GW_PW");
  CHECK(l->config.env_warnings[0].config_path == "gateway.auth.password");
}

TEST_CASE("loader: include paths are never substituted", "[loader]") {
  tree::MemoryTree t;
  t.AddFile("openclaw.json", R"({ "$include": "${INCDIR}/a.json5" })");
  t.AddFile("x/a.json5", "{}");
  config::LoadOptions options;
  options.env = {{"INCDIR", "x"}};
  auto l = LoadTree(t, options);
  REQUIRE(l->config.error);
  CHECK(l->config.error->message ==
        "Failed to read include file: ${INCDIR}/a.json5 (resolved: "
        "${INCDIR}/a.json5)");
}

TEST_CASE("loader: object keys enumerate in JavaScript order", "[loader]") {
  tree::MemoryTree t;
  t.AddFile("openclaw.json",
            R"({ accounts: { "2": 1, b: 2, "1": 3, "01": 4 } })");
  auto l = LoadTree(t);
  REQUIRE_FALSE(l->config.error);
  CHECK(ToJson(*l->config.root).dump() ==
        R"({"accounts":{"1":3.0,"2":1.0,"b":2.0,"01":4.0}})");
}

TEST_CASE("loader: 4.29 maps legacy bind aliases, 9.6 does not", "[loader]") {
  tree::MemoryTree t;
  t.AddFile("openclaw.json", R"({ gateway: { bind: " 0.0.0.0 " } })");
  auto old_release = LoadTree(t);
  CHECK(old_release->config.root->Get("gateway")->Get("bind")->string == "lan");
  config::LoadOptions newer;
  newer.profile = config::Profile::k2026_9_6;
  auto new_release = LoadTree(t, newer);
  CHECK(new_release->config.root->Get("gateway")->Get("bind")->string ==
        " 0.0.0.0 ");
}

TEST_CASE("loader: duplicate keys keep the last value", "[loader]") {
  tree::MemoryTree t;
  t.AddFile(
      "openclaw.json",
      R"({ logging: { redactSensitive: "off", redactSensitive: "tools" } })");
  auto l = LoadTree(t);
  CHECK(ToJson(*l->config.root).dump() ==
        R"({"logging":{"redactSensitive":"tools"}})");
}

// Found by fuzzing and the hostile suite: files each within the nesting
// limit stacked through $include overflowed the stack further down.
TEST_CASE("loader: nesting is limited across included files", "[loader]") {
  // `outer` object levels in openclaw.json, the include object replaced by
  // inc.json5's root, then `inner` more levels inside it.
  auto nested = [](int outer, int inner) {
    tree::MemoryTree t;
    std::string root;
    for (int i = 0; i < outer; ++i) root += "{a:";
    root += "{ $include: './inc.json5' }" + std::string(outer, '}');
    std::string inc;
    for (int i = 0; i < inner; ++i) inc += "{a:";
    inc += "1" + std::string(inner, '}');
    t.AddFile("openclaw.json", root).AddFile("inc.json5", inc);
    return t;
  };
  // 600 + 400 = 1000 levels: the limit of a single file, allowed.
  CHECK_FALSE(LoadTree(nested(600, 400))->config.error);
  // One more level fails at the 401st object of inc.json5.
  auto deep = LoadTree(nested(600, 401));
  REQUIRE(deep->config.error);
  CHECK(deep->config.error->kind == config::LoadErrorKind::kParse);
  CHECK(deep->config.error->message ==
        "nesting deeper than 1000 levels (counting included files)");
  CHECK(Where(*deep, deep->config.error->span) == "inc.json5:1:1201");
  // Siblings of $include stay one level deeper than the object.
  tree::MemoryTree siblings = nested(999, 1);
  CHECK_FALSE(LoadTree(siblings)->config.error);
}

TEST_CASE("loader: include bombs stop at the load and byte budgets",
          "[loader]") {
  SECTION("20 includes of 20 includes of ... : exponential loads") {
    tree::MemoryTree t;
    auto includes = [](const std::string& file) {
      std::string list;
      for (int i = 0; i < 20; ++i) list += "'./" + file + "',";
      return "{ $include: [" + list + "] }";
    };
    t.AddFile("openclaw.json", includes("a.json5"));
    t.AddFile("a.json5", includes("b.json5"));
    t.AddFile("b.json5", includes("c.json5"));
    t.AddFile("c.json5", includes("d.json5"));
    t.AddFile("d.json5", "{ x: [1] }");
    auto loaded = LoadTree(t);
    REQUIRE(loaded->config.error);
    CHECK(loaded->config.error->kind == config::LoadErrorKind::kInclude);
    CHECK(loaded->config.error->message.starts_with(
        "Too many includes: more than 1000 include files loaded"));
    CHECK(loaded->config.loads.size() == config::kMaxIncludeLoads + 1);
  }
  SECTION("the same 2 MB file 40 times") {
    tree::MemoryTree t;
    std::string list;
    for (int i = 0; i < 40; ++i) list += "'./big.json5',";
    t.AddFile("openclaw.json", "{ $include: [" + list + "] }");
    t.AddFile(
        "big.json5",
        "{ a: '" + std::string(config::kMaxIncludeBytes - 10, 'x') + "' }");
    auto loaded = LoadTree(t);
    REQUIRE(loaded->config.error);
    CHECK(loaded->config.error->message ==
          "Too many included bytes: more than 67108864 bytes of include "
          "files for this config at: ./big.json5");
    // 32 copies of 2097151 bytes fit in 64 MB, the 33rd does not: item 32,
    // at column 14 + 32 * 14.
    CHECK(Where(*loaded, loaded->config.error->span) == "openclaw.json:1:462");
  }
  SECTION("a diamond under the budgets still loads") {
    tree::MemoryTree t;
    t.AddFile("openclaw.json", "{ $include: ['./a.json5', './a.json5'] }");
    t.AddFile("a.json5", "{ $include: ['./b.json5', './b.json5'] }");
    t.AddFile("b.json5", "{ x: ['y'] }");
    auto loaded = LoadTree(t);
    REQUIRE_FALSE(loaded->config.error);
    CHECK(ToJson(*loaded->config.root).dump() == R"({"x":["y","y","y","y"]})");
  }
}
