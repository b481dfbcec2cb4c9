// Structural checks of action.yml and .pre-commit-hooks.yaml: every input is
// used, every action is pinned by commit SHA, every run step has a shell and
// calls a script that exists; the pre-commit manifest has the required keys
// and its `files` regex selects config files.
#include <re2/re2.h>
#include <sys/stat.h>
#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace {

const std::filesystem::path kRoot = CLAWLINT_SOURCE_DIR;

// Every scalar below `node`, concatenated (keys and values).
void CollectScalars(const YAML::Node& node, std::string* out) {
  if (node.IsScalar()) {
    *out += node.Scalar();
    *out += '\n';
  } else if (node.IsSequence()) {
    for (const auto& child : node) CollectScalars(child, out);
  } else if (node.IsMap()) {
    for (const auto& kv : node) {
      CollectScalars(kv.first, out);
      CollectScalars(kv.second, out);
    }
  }
}

bool IsExecutable(const std::filesystem::path& p) {
  struct stat st {};
  return stat(p.c_str(), &st) == 0 && (st.st_mode & S_IXUSR);
}

}  // namespace

TEST_CASE("action.yml is a well-formed composite action", "[action]") {
  const YAML::Node action = YAML::LoadFile((kRoot / "action.yml").string());
  REQUIRE(action["name"]);
  REQUIRE(action["description"]);
  REQUIRE(action["runs"]["using"].as<std::string>() == "composite");
  const YAML::Node steps = action["runs"]["steps"];
  REQUIRE(steps.IsSequence());
  REQUIRE(steps.size() >= 5);

  std::string all_steps;
  CollectScalars(steps, &all_steps);
  std::string outputs;
  CollectScalars(action["outputs"], &outputs);

  SECTION("every input is referenced by a step") {
    REQUIRE(action["inputs"].IsMap());
    for (const auto& input : action["inputs"]) {
      const std::string name = input.first.as<std::string>();
      INFO("input " << name);
      CHECK(all_steps.find("inputs." + name) != std::string::npos);
      CHECK(input.second["description"]);
    }
    // And nothing refers to an input that does not exist.
    static const RE2 kRef(R"(inputs\.([A-Za-z0-9_-]+))");
    re2::StringPiece text(all_steps);
    std::string name;
    while (RE2::FindAndConsume(&text, kRef, &name)) {
      INFO("inputs." << name);
      CHECK(action["inputs"][name]);
    }
  }

  SECTION("every step is valid; uses pinned by SHA; run has a shell") {
    static const RE2 kPinned(
        R"([A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40})");
    static const RE2 kScript(R"(\$GITHUB_ACTION_PATH/([A-Za-z0-9_./-]+))");
    std::set<std::string> ids;
    int uses = 0;
    for (const auto& step : steps) {
      INFO("step " << (step["name"] ? step["name"].as<std::string>() : "?"));
      CHECK(step["name"]);
      const bool has_run = static_cast<bool>(step["run"]);
      const bool has_uses = static_cast<bool>(step["uses"]);
      CHECK(has_run != has_uses);
      if (has_uses) {
        ++uses;
        const std::string ref = step["uses"].as<std::string>();
        INFO("uses: " << ref);
        CHECK(RE2::FullMatch(ref, kPinned));
      }
      if (has_run) {
        CHECK(step["shell"]);
        const std::string run = step["run"].as<std::string>();
        re2::StringPiece text(run);
        std::string script;
        int scripts = 0;
        while (RE2::FindAndConsume(&text, kScript, &script)) {
          ++scripts;
          INFO("script " << script);
          CHECK(IsExecutable(kRoot / script));
        }
        CHECK(scripts >= 1);
      }
      if (step["id"]) {
        const std::string id = step["id"].as<std::string>();
        CHECK(ids.insert(id).second);
      }
      // steps.X.outputs / steps.X.outcome only name earlier steps.
      std::string text_of_step;
      CollectScalars(step, &text_of_step);
      static const RE2 kStepRef(R"(steps\.([A-Za-z0-9_-]+)\.)");
      re2::StringPiece rest(text_of_step);
      std::string ref;
      while (RE2::FindAndConsume(&rest, kStepRef, &ref)) {
        INFO("steps." << ref);
        CHECK(ids.count(ref) == 1);
      }
    }
    CHECK(uses >= 3);  // cache, upload-sarif, upload-artifact
  }

  SECTION("outputs name existing steps") {
    static const RE2 kStepRef(R"(steps\.([A-Za-z0-9_-]+)\.)");
    std::set<std::string> ids;
    for (const auto& step : steps) {
      if (step["id"]) ids.insert(step["id"].as<std::string>());
    }
    re2::StringPiece rest(outputs);
    std::string ref;
    int refs = 0;
    while (RE2::FindAndConsume(&rest, kStepRef, &ref)) {
      ++refs;
      CHECK(ids.count(ref) == 1);
    }
    CHECK(refs >= 5);
  }
}

TEST_CASE(".pre-commit-hooks.yaml follows the pre-commit manifest",
          "[action][hooks]") {
  const YAML::Node hooks =
      YAML::LoadFile((kRoot / ".pre-commit-hooks.yaml").string());
  REQUIRE(hooks.IsSequence());
  REQUIRE(hooks.size() >= 1);
  static const std::set<std::string> kKeys = {"id",
                                              "name",
                                              "entry",
                                              "language",
                                              "minimum_pre_commit_version",
                                              "alias",
                                              "files",
                                              "exclude",
                                              "types",
                                              "types_or",
                                              "exclude_types",
                                              "additional_dependencies",
                                              "args",
                                              "always_run",
                                              "fail_fast",
                                              "pass_filenames",
                                              "description",
                                              "language_version",
                                              "log_file",
                                              "require_serial",
                                              "stages",
                                              "verbose"};
  std::set<std::string> ids;
  for (const auto& hook : hooks) {
    const std::string id = hook["id"].as<std::string>();
    INFO("hook " << id);
    CHECK(ids.insert(id).second);
    for (const char* key : {"id", "name", "entry", "language"}) {
      CHECK(hook[key]);
    }
    for (const auto& kv : hook) CHECK(kKeys.count(kv.first.as<std::string>()));
    // Staged content, not file names: includes change without their root.
    CHECK(hook["pass_filenames"].as<bool>() == false);
    const bool staged =
        hook["entry"].as<std::string>().find("--staged") != std::string::npos;
    const bool script = hook["language"].as<std::string>() == "script";
    CHECK((staged || script));
    if (hook["language"].as<std::string>() == "script") {
      std::string entry = hook["entry"].as<std::string>();
      entry = entry.substr(0, entry.find(' '));
      CHECK(IsExecutable(kRoot / entry));
    }
    if (hook["files"]) {
      const RE2 files(hook["files"].as<std::string>());
      REQUIRE(files.ok());
      for (const char* yes :
           {"openclaw.json", "deploy/openclaw.json5", "clawdbot.json",
            "conf/gateway.json5", "agents.json", ".clawlint.yml"}) {
        INFO(yes);
        CHECK(RE2::PartialMatch(yes, files));
      }
      for (const char* no : {"README.md", "src/main.cpp", "openclaw.json.bak",
                             "docs/openclaw.md"}) {
        INFO(no);
        CHECK_FALSE(RE2::PartialMatch(no, files));
      }
    }
  }
  CHECK(ids.count("clawlint") == 1);
}
