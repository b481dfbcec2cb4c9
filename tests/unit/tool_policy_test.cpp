// The shared tool-policy evaluation (checks-channels.md §6): profiles,
// allow/alsoAllow/deny, groups, aliases and globs, for both releases.
#include "checks/tools/tool_policy.h"

#include <catch2/catch.hpp>

#include "config/loader.h"
#include "config/view.h"
#include "tree/memory_tree.h"

namespace {

using namespace clawlint;
using checks::tools::Release;
using checks::tools::ToolPolicy;

struct Loaded {
  SourceSet sources;
  config::LoadedConfig config;
};

std::unique_ptr<Loaded> LoadText(const std::string& text,
                                 config::Profile profile) {
  tree::MemoryTree t;
  t.AddFile("openclaw.json", text);
  auto out = std::make_unique<Loaded>();
  config::LoadOptions options;
  options.profile = profile;
  out->config = config::Load(t, out->sources, "openclaw.json", options);
  REQUIRE_FALSE(out->config.error);
  return out;
}

bool Allowed(std::string_view tool, const ToolPolicy& p,
             Release r = Release::k429) {
  return checks::tools::IsToolAllowedByPolicy(tool, p, r);
}

}  // namespace

TEST_CASE("tool policy: globs match whole names", "[tool_policy]") {
  using checks::tools::GlobMatches;
  CHECK(GlobMatches("*", "exec"));
  CHECK(GlobMatches("ex*", "exec"));
  CHECK(GlobMatches("*ec", "exec"));
  CHECK(GlobMatches("sessions_*", "sessions_list"));
  CHECK(GlobMatches("s*s*t", "sessions_list"));
  CHECK_FALSE(GlobMatches("ex*", "process"));
  CHECK_FALSE(GlobMatches("exe", "exec"));
  CHECK_FALSE(GlobMatches("", "exec"));
  CHECK(GlobMatches("a**b", "ab"));
}

TEST_CASE("tool policy: names are trimmed, lower-cased and aliased",
          "[tool_policy]") {
  using checks::tools::NormalizeToolName;
  CHECK(NormalizeToolName("  Bash ", Release::k429) == "exec");
  CHECK(NormalizeToolName("apply-patch", Release::k429) == "apply_patch");
  CHECK(NormalizeToolName("cron", Release::k429) == "cron");
  CHECK(NormalizeToolName("cron", Release::k96) == "automations");
}

TEST_CASE("tool policy: groups expand per release", "[tool_policy]") {
  using checks::tools::ExpandToolGroups;
  CHECK(ExpandToolGroups({"group:fs"}, Release::k429) ==
        std::vector<std::string>{"read", "write", "edit", "apply_patch"});
  CHECK(ExpandToolGroups({"group:fs"}, Release::k96) ==
        std::vector<std::string>{"ls", "read", "write", "edit", "apply_patch"});
  CHECK(ExpandToolGroups({"group:runtime", "exec", ""}, Release::k429) ==
        std::vector<std::string>{"exec", "process", "code_execution"});
  auto openclaw = ExpandToolGroups({"group:openclaw"}, Release::k429);
  CHECK(std::find(openclaw.begin(), openclaw.end(), "exec") == openclaw.end());
  CHECK(std::find(openclaw.begin(), openclaw.end(), "gateway") !=
        openclaw.end());
  CHECK(ExpandToolGroups({"group:nope"}, Release::k429) ==
        std::vector<std::string>{"group:nope"});
}

TEST_CASE("tool policy: deny wins, empty allow admits all", "[tool_policy]") {
  ToolPolicy p{std::vector<std::string>{"*"},
               std::vector<std::string>{"group:runtime"}};
  CHECK_FALSE(Allowed("exec", p));
  CHECK_FALSE(Allowed("bash", p));
  CHECK(Allowed("read", p));
  ToolPolicy empty_allow{std::vector<std::string>{}, std::nullopt};
  CHECK(Allowed("exec", empty_allow));
  ToolPolicy blank_allow{std::vector<std::string>{"", "  "}, std::nullopt};
  CHECK(Allowed("exec", blank_allow));  // blank patterns are dropped
  ToolPolicy only_read{std::vector<std::string>{"READ"}, std::nullopt};
  CHECK(Allowed("read", only_read));
  CHECK_FALSE(Allowed("exec", only_read));
}

TEST_CASE("tool policy: apply_patch follows write", "[tool_policy]") {
  ToolPolicy allow_write{std::vector<std::string>{"write"}, std::nullopt};
  CHECK(Allowed("apply_patch", allow_write, Release::k429));
  CHECK(Allowed("apply_patch", allow_write, Release::k96));
  ToolPolicy deny_write{std::nullopt, std::vector<std::string>{"write"}};
  CHECK_FALSE(Allowed("apply_patch", deny_write, Release::k429));
  CHECK(Allowed("apply_patch", deny_write, Release::k96));
}

TEST_CASE("tool policy: profiles", "[tool_policy]") {
  auto l = LoadText(
      R"({ tools: { profile: "messaging", deny: ["message"] },
           agents: { list: [{ id: "dev", tools: { profile: "coding" } },
                            { id: "ro", tools: { profile: "minimal" } },
                            { id: "all", tools: { profile: "full",
                                                  alsoAllow: ["x"] } }] } })",
      config::Profile::k2026_4_29);
  config::ConfigView c(l->config, config::Profile::k2026_4_29);
  const auto agents = checks::AgentEntries(c);
  REQUIRE(agents.size() == 3);
  using checks::tools::ConfiguredToolPolicies;
  using checks::tools::IsToolAllowed;
  auto defaults = ConfiguredToolPolicies(c, nullptr, "off");
  CHECK(IsToolAllowed("sessions_send", defaults, Release::k429));
  CHECK_FALSE(IsToolAllowed("message", defaults, Release::k429));  // denied
  CHECK_FALSE(IsToolAllowed("exec", defaults, Release::k429));
  auto dev = ConfiguredToolPolicies(c, &agents[0], "off");
  CHECK(IsToolAllowed("exec", dev, Release::k429));
  CHECK(IsToolAllowed("apply_patch", dev, Release::k429));
  auto ro = ConfiguredToolPolicies(c, &agents[1], "off");
  CHECK(IsToolAllowed("session_status", ro, Release::k429));
  CHECK_FALSE(IsToolAllowed("read", ro, Release::k429));
  // full = no profile policy; alsoAllow without allow means ["*", ...].
  auto all = ConfiguredToolPolicies(c, &agents[2], "off");
  CHECK(IsToolAllowed("exec", all, Release::k429));
  CHECK(IsToolAllowed("anything", all, Release::k429));
}

TEST_CASE("tool policy: 9.6 gateway in every profile, sandbox policy",
          "[tool_policy]") {
  auto l = LoadText(R"({ tools: { profile: "minimal" } })",
                    config::Profile::k2026_9_6);
  config::ConfigView c(l->config, config::Profile::k2026_9_6);
  using checks::tools::ConfiguredToolPolicies;
  using checks::tools::IsToolAllowed;
  auto off = ConfiguredToolPolicies(c, nullptr, "off");
  CHECK(IsToolAllowed("gateway", off, Release::k96));
  CHECK_FALSE(IsToolAllowed("exec", off, Release::k96));
  // Sandbox mode "all" adds the sandbox default policy, which denies gateway.
  auto all = ConfiguredToolPolicies(c, nullptr, "all");
  CHECK_FALSE(IsToolAllowed("gateway", all, Release::k96));
  auto sandbox = checks::tools::SandboxToolPolicy(c, nullptr);
  CHECK(Allowed("exec", sandbox, Release::k96));
  CHECK_FALSE(Allowed("browser", sandbox, Release::k96));
  CHECK_FALSE(Allowed("plugins", sandbox, Release::k96));  // not in allow
}

TEST_CASE("tool policy: risky contexts", "[tool_policy]") {
  auto l = LoadText(
      R"({ tools: { fs: { workspaceOnly: true }, deny: ["group:runtime"] },
           agents: { list: [{ id: "sb", sandbox: { mode: "all" } },
                            { id: "x", tools: { fs: { workspaceOnly: false } } }] } })",
      config::Profile::k2026_4_29);
  config::ConfigView c(l->config, config::Profile::k2026_4_29);
  auto risky = checks::tools::CollectRiskyContexts(c);
  CHECK(risky.labels == std::vector<std::string>{"agents.list.x"});
  CHECK_FALSE(risky.runtime_risk);
}
