#include "checks/tools/tool_policy.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace clawlint::checks::tools {

namespace {

using config::Value;

enum ProfileBit : uint8_t { kMinimal = 1, kCoding = 2, kMessaging = 4 };

struct CoreTool {
  std::string_view id;
  std::string_view section;
  uint8_t profiles;
  bool in_openclaw_group;
};

// src/agents/tool-catalog.ts of 2026.4.29.
constexpr CoreTool kTools429[] = {
    {"read", "fs", kCoding, false},
    {"write", "fs", kCoding, false},
    {"edit", "fs", kCoding, false},
    {"apply_patch", "fs", kCoding, false},
    {"exec", "runtime", kCoding, false},
    {"process", "runtime", kCoding, false},
    {"code_execution", "runtime", kCoding, true},
    {"web_search", "web", kCoding, true},
    {"web_fetch", "web", kCoding, true},
    {"x_search", "web", kCoding, true},
    {"memory_search", "memory", kCoding, true},
    {"memory_get", "memory", kCoding, true},
    {"sessions_list", "sessions", kCoding | kMessaging, true},
    {"sessions_history", "sessions", kCoding | kMessaging, true},
    {"sessions_send", "sessions", kCoding | kMessaging, true},
    {"sessions_spawn", "sessions", kCoding, true},
    {"sessions_yield", "sessions", kCoding, true},
    {"subagents", "sessions", kCoding, true},
    {"session_status", "sessions", kMinimal | kCoding | kMessaging, true},
    {"browser", "ui", 0, true},
    {"canvas", "ui", 0, true},
    {"message", "messaging", kMessaging, true},
    {"cron", "automation", kCoding, true},
    {"gateway", "automation", 0, true},
    {"nodes", "nodes", 0, true},
    {"agents_list", "agents", 0, true},
    {"update_plan", "agents", kCoding, true},
    {"image", "media", kCoding, true},
    {"image_generate", "media", kCoding, true},
    {"music_generate", "media", kCoding, true},
    {"video_generate", "media", kCoding, true},
    {"tts", "media", 0, true},
};

// The same catalogue in 2026.9.6.
constexpr CoreTool kTools96[] = {
    {"ls", "fs", kCoding, false},
    {"read", "fs", kCoding, false},
    {"write", "fs", kCoding, false},
    {"edit", "fs", kCoding, false},
    {"apply_patch", "fs", kCoding, false},
    {"exec", "runtime", kCoding, false},
    {"process", "runtime", kCoding, false},
    {"code_execution", "runtime", kCoding, true},
    {"secrets", "runtime", kCoding | kMessaging, true},
    {"web_search", "web", kCoding, true},
    {"web_fetch", "web", kCoding, true},
    {"x_search", "web", kCoding, true},
    {"memory_search", "memory", kCoding, true},
    {"memory_get", "memory", kCoding, true},
    {"sessions", "sessions", kCoding | kMessaging, true},
    {"sessions_list", "sessions", kCoding | kMessaging, true},
    {"sessions_history", "sessions", kCoding | kMessaging, true},
    {"sessions_search", "sessions", kCoding | kMessaging, true},
    {"conversations_list", "sessions", kCoding | kMessaging, true},
    {"conversations_send", "sessions", kCoding | kMessaging, true},
    {"conversations_turn", "sessions", kCoding | kMessaging, true},
    {"sessions_send", "sessions", kCoding | kMessaging, true},
    {"sessions_spawn", "sessions", kCoding | kMessaging, true},
    {"github_identity_status", "sessions", kCoding, true},
    {"github_publish", "sessions", kCoding, true},
    {"agents_wait", "sessions", kCoding, true},
    {"sessions_yield", "sessions", kCoding | kMessaging, true},
    {"subagents", "sessions", kCoding | kMessaging, true},
    {"session_status", "sessions", kMinimal | kCoding | kMessaging, true},
    {"suggest_task", "sessions", kCoding, true},
    {"dismiss_task", "sessions", kCoding, true},
    {"browser", "ui", 0, true},
    {"screen", "ui", kCoding, true},
    {"theme", "ui", kCoding | kMessaging, true},
    {"dashboard", "ui", kCoding, true},
    {"terminal", "ui", kCoding, true},
    {"portal", "ui", kCoding, true},
    {"canvas", "ui", 0, false},
    {"show_widget", "ui", 0, true},
    {"message", "messaging", kMessaging, true},
    {"heartbeat_respond", "automation", 0, true},
    {"automations", "automation", kCoding, true},
    {"gateway", "automation", kMinimal | kCoding | kMessaging, true},
    {"plugins", "automation", kCoding, true},
    {"openclaw", "automation", 0, true},
    {"nodes", "nodes", 0, true},
    {"computer", "nodes", 0, true},
    {"mobile_ui", "nodes", 0, true},
    {"agents_list", "agents", 0, true},
    {"get_goal", "agents", kCoding, true},
    {"create_goal", "agents", kCoding, true},
    {"update_goal", "agents", kCoding, true},
    {"progress_card", "agents", kCoding, true},
    {"ask_user", "agents", kCoding | kMessaging, true},
    {"skill_workshop", "agents", kCoding, true},
    {"view_image", "media", kCoding, true},
    {"image_generate", "media", kCoding, true},
    {"music_generate", "media", kCoding, true},
    {"video_generate", "media", kCoding, true},
    {"tts", "media", 0, true},
    {"pdf", "media", 0, true},
};

// src/agents/sandbox/constants.ts (9.6): DEFAULT_TOOL_ALLOW / _DENY. The
// deny list also names every channel id; no tool the audit asks about is
// one, so they are left out.
constexpr std::string_view kSandboxDefaultAllow[] = {
    "exec",
    "process",
    "read",
    "ls",
    "write",
    "edit",
    "apply_patch",
    "view_image",
    "sessions_list",
    "sessions_history",
    "sessions_search",
    "sessions_send",
    "sessions_spawn",
    "sessions_yield",
    "subagents",
    "session_status",
};
constexpr std::string_view kSandboxDefaultDeny[] = {
    "browser", "canvas",      "computer", "mobile_ui",
    "nodes",   "automations", "gateway",
};

template <size_t N>
std::vector<CoreTool> ToVector(const CoreTool (&tools)[N]) {
  return std::vector<CoreTool>(tools, tools + N);
}

const std::vector<CoreTool>& Catalog(Release r) {
  static const std::vector<CoreTool> v429 = ToVector(kTools429);
  static const std::vector<CoreTool> v96 = ToVector(kTools96);
  return r == Release::k429 ? v429 : v96;
}

// The group's members, or nullptr when `name` is not a group.
const std::vector<std::string>* Group(std::string_view name, Release r) {
  struct Groups {
    std::vector<std::pair<std::string, std::vector<std::string>>> list;
  };
  auto build = [](Release rel) {
    Groups g;
    std::vector<std::string> openclaw;
    for (const CoreTool& t : Catalog(rel)) {
      if (t.in_openclaw_group) openclaw.emplace_back(t.id);
      std::string key = "group:" + std::string(t.section);
      auto it = std::find_if(g.list.begin(), g.list.end(),
                             [&](const auto& e) { return e.first == key; });
      if (it == g.list.end()) {
        g.list.push_back({key, {}});
        it = g.list.end() - 1;
      }
      it->second.emplace_back(t.id);
    }
    g.list.push_back({"group:openclaw", openclaw});
    return g;
  };
  static const Groups g429 = build(Release::k429);
  static const Groups g96 = build(Release::k96);
  const Groups& g = r == Release::k429 ? g429 : g96;
  for (const auto& [key, members] : g.list) {
    if (key == name) return &members;
  }
  return nullptr;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  return out;
}

// Raw list entries as the JS code sees them: strings as written, anything
// else "" (normalizeLowercaseStringOrEmpty turns it into "").
std::optional<std::vector<std::string>> ListOf(const Value* v) {
  if (!v || !v->is_array()) return std::nullopt;
  std::vector<std::string> out;
  for (const auto& item : v->items) {
    out.push_back(item->is_string() ? item->string : std::string());
  }
  return out;
}

void AppendUnique(std::vector<std::string>& out,
                  const std::vector<std::string>& more) {
  for (const std::string& s : more) {
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  }
}

std::vector<std::string> Unique(const std::vector<std::string>& in) {
  std::vector<std::string> out;
  AppendUnique(out, in);
  return out;
}

// unionAllow of sandbox-tool-policy.ts.
std::optional<std::vector<std::string>> UnionAllow(
    const std::optional<std::vector<std::string>>& base,
    const std::optional<std::vector<std::string>>& extra) {
  if (!extra || extra->empty()) return base;
  std::vector<std::string> out;
  if (!base || base->empty()) out.push_back("*");
  if (base) AppendUnique(out, *base);
  AppendUnique(out, *extra);
  return out;
}

bool MatchesAny(std::string_view name, const std::vector<std::string>& pats) {
  for (const std::string& p : pats) {
    if (GlobMatches(p, name)) return true;
  }
  return false;
}

}  // namespace

Release ReleaseOf(const config::ConfigView& c) {
  return c.is_4_29() ? Release::k429 : Release::k96;
}

std::string NormalizeToolName(std::string_view name, Release r) {
  std::string n = AsciiLower(Trim(name));
  if (n == "bash") return "exec";
  if (n == "apply-patch") return "apply_patch";
  if (r == Release::k96 && n == "cron") return "automations";
  return n;
}

std::vector<std::string> ExpandToolGroups(const std::vector<std::string>& list,
                                          Release r) {
  std::vector<std::string> expanded;
  for (const std::string& raw : list) {
    std::string n = NormalizeToolName(raw, r);
    if (n.empty()) continue;
    if (const std::vector<std::string>* g = Group(n, r)) {
      AppendUnique(expanded, *g);
    } else {
      AppendUnique(expanded, {n});
    }
  }
  return expanded;
}

bool GlobMatches(std::string_view pattern, std::string_view name) {
  if (pattern.empty()) return false;  // blank patterns are dropped
  if (pattern == "*") return true;
  if (pattern.find('*') == std::string_view::npos) return pattern == name;
  // Iterative wildcard match: '*' matches any run (the regex `.*`, which
  // stops at line terminators; tool names have none).
  size_t p = 0, n = 0, star = std::string_view::npos, mark = 0;
  while (n < name.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = n;
    } else if (p < pattern.size() && pattern[p] == name[n]) {
      ++p;
      ++n;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      n = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

std::optional<ToolPolicy> ProfilePolicy(const Value* profile, Release r) {
  if (!profile || !profile->is_string()) return std::nullopt;
  const std::string& p = profile->string;
  uint8_t bit = p == "minimal"     ? kMinimal
                : p == "coding"    ? kCoding
                : p == "messaging" ? kMessaging
                                   : 0;
  if (bit == 0) {
    if (r == Release::k96 && p == "full") {
      return ToolPolicy{std::vector<std::string>{"*"}, std::nullopt};
    }
    return std::nullopt;
  }
  std::vector<std::string> allow;
  for (const CoreTool& t : Catalog(r)) {
    if (t.profiles & bit) allow.emplace_back(t.id);
  }
  if (bit != kMinimal) allow.emplace_back("bundle-mcp");
  return ToolPolicy{allow, std::nullopt};
}

std::optional<ToolPolicy> PickToolPolicy(const Value* tools) {
  if (!tools || !tools->is_object()) return std::nullopt;
  auto allow_list = ListOf(tools->Get("allow"));
  auto also = ListOf(tools->Get("alsoAllow"));
  std::optional<std::vector<std::string>> allow;
  if (allow_list) {
    allow = UnionAllow(allow_list, also);
  } else if (also && !also->empty()) {
    allow = UnionAllow(std::nullopt, also);
  }
  auto deny = ListOf(tools->Get("deny"));
  if (!allow && !deny) return std::nullopt;
  return ToolPolicy{allow, deny};
}

bool IsToolAllowedByPolicy(std::string_view name, const ToolPolicy& policy,
                           Release r) {
  const std::vector<std::string> deny = policy.deny
                                            ? ExpandToolGroups(*policy.deny, r)
                                            : std::vector<std::string>{};
  const std::vector<std::string> allow =
      policy.allow ? ExpandToolGroups(*policy.allow, r)
                   : std::vector<std::string>{};
  const std::string n = NormalizeToolName(name, r);
  if (MatchesAny(n, deny)) return false;
  // 4.29 also denies apply_patch when "write" is denied.
  if (r == Release::k429 && n == "apply_patch" && MatchesAny("write", deny)) {
    return false;
  }
  if (allow.empty()) return true;
  if (MatchesAny(n, allow)) return true;
  return n == "apply_patch" && MatchesAny("write", allow);
}

bool IsToolAllowed(std::string_view name,
                   const std::vector<ToolPolicy>& policies, Release r) {
  return std::all_of(
      policies.begin(), policies.end(),
      [&](const ToolPolicy& p) { return IsToolAllowedByPolicy(name, p, r); });
}

ToolPolicy SandboxToolPolicy(const config::ConfigView& c,
                             const AgentEntry* agent) {
  const Release r = ReleaseOf(c);
  auto section = [](const Value* tools) -> const Value* {
    const Value* sandbox = tools ? tools->Get("sandbox") : nullptr;
    return sandbox ? sandbox->Get("tools") : nullptr;
  };
  const Value* agent_policy =
      agent ? section(agent->value->Get("tools")) : nullptr;
  const Value* global_policy = section(c.Find("tools"));
  auto pick = [&](std::string_view field) {
    auto v = ListOf(agent_policy ? agent_policy->Get(field) : nullptr);
    if (v) return v;
    return ListOf(global_policy ? global_policy->Get(field) : nullptr);
  };
  const auto allow_cfg = pick("allow");
  const auto also_cfg = pick("alsoAllow");
  const auto deny_cfg = pick("deny");
  std::vector<std::string> default_allow(std::begin(kSandboxDefaultAllow),
                                         std::end(kSandboxDefaultAllow));
  // mergeAllowlist.
  std::vector<std::string> allow;
  if (allow_cfg) {
    if (!allow_cfg->empty()) {
      allow = Unique(*allow_cfg);
      if (also_cfg) AppendUnique(allow, *also_cfg);
    }
  } else if (also_cfg && !also_cfg->empty()) {
    allow = default_allow;
    AppendUnique(allow, *also_cfg);
  } else {
    allow = default_allow;
  }
  std::vector<std::string> deny;
  if (deny_cfg) {
    deny = *deny_cfg;
  } else {
    // filterDefaultDenyForExplicitAllows.
    std::vector<std::string> explicit_allow;
    if (allow_cfg) AppendUnique(explicit_allow, *allow_cfg);
    if (also_cfg) AppendUnique(explicit_allow, *also_cfg);
    const std::vector<std::string> patterns =
        ExpandToolGroups(explicit_allow, r);
    for (std::string_view d : kSandboxDefaultDeny) {
      if (patterns.empty() || !MatchesAny(NormalizeToolName(d, r), patterns)) {
        deny.emplace_back(d);
      }
    }
  }
  // expandResolvedPolicy.
  std::vector<std::string> ex_deny = ExpandToolGroups(deny, r);
  std::vector<std::string> ex_allow = ExpandToolGroups(allow, r);
  if (MatchesAny("image", ex_deny) && !MatchesAny("view_image", ex_deny)) {
    ex_deny.push_back("view_image");
  }
  auto has = [](const std::vector<std::string>& v, std::string_view s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  if (!ex_allow.empty() && !has(ex_deny, "view_image") &&
      !has(ex_allow, "view_image")) {
    ex_allow.push_back("view_image");
  }
  return ToolPolicy{ex_allow, ex_deny};
}

std::vector<ToolPolicy> ConfiguredToolPolicies(const config::ConfigView& c,
                                               const AgentEntry* agent,
                                               std::string_view sandbox_mode) {
  const Release r = ReleaseOf(c);
  const Value* global_tools = c.Find("tools");
  if (global_tools && !global_tools->is_object()) global_tools = nullptr;
  const Value* agent_tools = agent ? agent->value->Get("tools") : nullptr;
  if (agent_tools && !agent_tools->is_object()) agent_tools = nullptr;
  std::vector<ToolPolicy> out;
  const Value* profile = agent_tools ? agent_tools->Get("profile") : nullptr;
  if (!profile || profile->is_null()) {
    profile = global_tools ? global_tools->Get("profile") : nullptr;
  }
  std::optional<ToolPolicy> profile_policy = ProfilePolicy(profile, r);
  if (profile_policy && r == Release::k96 && profile_policy->allow) {
    // mergeAlsoAllowPolicy with the explicit alsoAllow (agent ?? global).
    auto also = ListOf(agent_tools ? agent_tools->Get("alsoAllow") : nullptr);
    if (!also) {
      also = ListOf(global_tools ? global_tools->Get("alsoAllow") : nullptr);
    }
    if (also && !also->empty()) {
      AppendUnique(*profile_policy->allow, *also);
    }
  }
  if (profile_policy) out.push_back(*profile_policy);
  if (auto p = PickToolPolicy(global_tools)) out.push_back(*p);
  if (auto p = PickToolPolicy(agent_tools)) out.push_back(*p);
  if (r == Release::k96 && sandbox_mode == "all") {
    out.push_back(SandboxToolPolicy(c, agent));
  }
  return out;
}

std::vector<ToolContext> ToolContexts(const config::ConfigView& c,
                                      const std::vector<AgentEntry>& agents) {
  (void)c;
  std::vector<ToolContext> out;
  out.push_back({"agents.defaults", nullptr, nullptr});
  for (const AgentEntry& a : agents) {
    if (!a.has_string_id) continue;
    const Value* tools = a.value->Get("tools");
    out.push_back({a.label, &a, tools && tools->is_object() ? tools : nullptr});
  }
  return out;
}

RiskyContexts CollectRiskyContexts(const config::ConfigView& c) {
  const Release r = ReleaseOf(c);
  const std::vector<AgentEntry> agents = AgentEntries(c);
  RiskyContexts out;
  for (const ToolContext& ctx : ToolContexts(c, agents)) {
    // resolveSandboxConfigForAgent looks the agent up by id.
    const AgentEntry* owner =
        ctx.agent ? FindAgent(agents, ctx.agent->id) : nullptr;
    const std::string mode = SandboxMode(c, owner);
    const std::vector<ToolPolicy> policies =
        ConfiguredToolPolicies(c, ctx.agent, mode);
    bool runtime = false, fs = false;
    for (std::string_view t : {"exec", "process"}) {
      runtime |= IsToolAllowed(t, policies, r);
    }
    for (std::string_view t : {"read", "write", "edit", "apply_patch"}) {
      fs |= IsToolAllowed(t, policies, r);
    }
    const Value* ws = ctx.tools ? ctx.tools->Get("fs") : nullptr;
    ws = ws ? ws->Get("workspaceOnly") : nullptr;
    if (!ws || ws->is_null()) ws = c.Find("tools.fs.workspaceOnly");
    const bool workspace_only = ws && ws->is_true();
    const bool runtime_unguarded = runtime && mode != "all";
    const bool fs_unguarded = fs && mode != "all" && !workspace_only;
    if (!runtime_unguarded && !fs_unguarded) continue;
    out.runtime_risk |= runtime_unguarded;
    out.labels.push_back(ctx.label);
  }
  return out;
}

}  // namespace clawlint::checks::tools
