#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "checks/check.h"
#include "checks/helpers.h"
#include "checks/models/model_refs.h"

namespace clawlint::checks {
namespace {

using config::Value;

// An allow/deny tool policy (pickSandboxToolPolicy and friends); a missing
// list is std::nullopt.
struct ToolPolicy {
  std::optional<std::vector<std::string>> allow, deny;
};

class ModelsSmallParams final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "models.small_params",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Small models require sandboxing and web tools disabled",
      .remediation =
          "If you must use small models, enable sandboxing for all sessions "
          "(agents.defaults.sandbox.mode=\"all\") and disable "
          "web_search/web_fetch/browser (tools.deny=[\"group:web\","
          "\"browser\"]).",
      .docs = R"md(## What it does
Finds configured chat models (default and agent models; image models are
not considered) whose id names a parameter size of at most 300B (`8b`,
`e4b`, `3.8b`; the largest size in the id counts, `8x7b` is not a size).
For each, it works out the agent's effective sandbox mode and which of the
uncontrolled-input tools `web_search`, `web_fetch` and `browser` are both
enabled and allowed by the tool policies (profile, global and agent
allow/deny, and the sandbox tool policy when the sandbox mode is `"all"`;
2026.9.6 also applies `tools.byProvider` policies for the model).

- 2026.4.29: a small model is safe only with sandbox mode `"all"` and no web
  tool exposed.
- 2026.9.6: a small model is safe when no web tool is exposed.

The finding is critical when any small model is unsafe, info otherwise.
`web_fetch` is on unless `tools.web.fetch.enabled: false`; `web_search` is
on when enabled, or when a search setting or plugin `webSearch` setting is
configured. Provider API keys in the environment that would also turn
`web_search` on are not known to clawlint.

## Why is this bad?
Small models are easily steered by injected instructions; combined with
web content and tools on the host, a malicious page can take over the
agent.

## Example
```json5
{ agents: { defaults: { model: "ollama/llama3.1:8b" } } }
```

## Use instead
```json5
{
  tools: { deny: ["group:web", "browser"] },
  agents: { defaults: { model: "ollama/llama3.1:8b", sandbox: { mode: "all" } } },
}
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const bool v429 = c.is_4_29();
    const std::vector<models::ModelRef> refs = models::CollectModelRefs(c);
    const std::vector<AgentEntry> agents = AgentEntries(c);
    std::vector<std::string> lines, exposure;
    const models::ModelRef* first = nullptr;
    bool unsafe = false;
    for (const models::ModelRef& ref : refs) {
      if (ref.source.find("imageModel") != std::string::npos) continue;
      const double size = models::InferParamB(c, ref.id);
      if (size <= 0 || size > 300) continue;
      if (!first) first = &ref;
      // extractAgentIdFromSource: the label segment after agents.list./
      // agents.entries., up to the next dot.
      std::string agent_id;
      const std::string prefix = v429 ? "agents.list." : "agents.entries.";
      const bool from_agent = ref.source.starts_with(prefix);
      if (from_agent) {
        std::string rest = ref.source.substr(prefix.size());
        size_t dot = rest.find('.');
        agent_id = dot == std::string::npos ? "" : rest.substr(0, dot);
      }
      const AgentEntry* agent =
          agent_id.empty() ? nullptr : FindAgent(agents, agent_id);
      const std::string mode = SandboxMode(c, agent);
      const Value* sandbox_tools = agent ? agent->value->Get("tools") : nullptr;
      // 2026.4.29 looks the agent's own tools up by exact id.
      const Value* agent_tools = sandbox_tools;
      if (v429) {
        agent_tools = nullptr;
        for (const AgentEntry& a : agents) {
          if (!agent_id.empty() && a.has_string_id && a.id == agent_id) {
            agent_tools = a.value->Get("tools");
            break;
          }
        }
      }
      const std::vector<ToolPolicy> policies =
          Policies(c, agent_tools, sandbox_tools, mode, ref.id);
      std::vector<std::string> exposed;
      if (WebSearchEnabled(c) && Allowed(c, "web_search", policies)) {
        exposed.push_back("web_search");
      }
      if (!IsFalse(c.Find("tools.web.fetch.enabled")) &&
          Allowed(c, "web_fetch", policies)) {
        exposed.push_back("web_fetch");
      }
      if (BrowserEnabled(c) && Allowed(c, "browser", policies)) {
        exposed.push_back("browser");
      }
      for (const std::string& tool : exposed) {
        if (std::find(exposure.begin(), exposure.end(), tool) ==
            exposure.end()) {
          exposure.push_back(tool);
        }
      }
      const bool safe = exposed.empty() && (!v429 || mode == "all");
      unsafe |= !safe;
      std::string web;
      for (const std::string& tool : exposed) {
        web += (web.empty() ? "" : ", ") + tool;
      }
      lines.push_back("- " + ref.id + " (" + models::FormatNumber(size) +
                      "B) @ " + ref.source + " (" + (safe ? "ok" : "unsafe") +
                      "; sandbox=" + mode + "; web=[" +
                      (web.empty() ? "off" : web) + "])");
    }
    if (!first) return;
    std::string detail = "Small models (<=300B params) detected:";
    for (const std::string& line : lines) detail += "\n" + line;
    if (exposure.empty()) {
      detail += "\nNo web/browser tools detected for these models.";
    } else {
      std::string list;
      for (const std::string& tool : exposure) {
        list += (list.empty() ? "" : ", ") + tool;
      }
      detail += "\nUncontrolled input tools allowed: " + list + ".";
    }
    detail += "\nSmall models are not recommended for untrusted inputs.";
    Finding& f = out.Report(*first->value, first->path, detail,
                            unsafe ? Severity::kCritical : Severity::kInfo);
    if (!v429) {
      f.remediation =
          "If you must use small models, disable web_search/web_fetch/browser "
          "globally or for each small model with "
          "tools.byProvider[\"provider/model\"].deny=[\"group:web\","
          "\"browser\"]; use agents.defaults.sandbox.mode=\"all\" for defense "
          "in depth.";
    }
  }

 private:
  static bool IsFalse(const Value* v) { return v && v->is_false(); }

  static std::string Lower(std::string_view s) {
    std::string out(Trim(s));
    for (char& ch : out) {
      ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    return out;
  }

  static std::optional<std::vector<std::string>> List(const Value* v) {
    if (!v || !v->is_array()) return std::nullopt;
    std::vector<std::string> out;
    for (const auto& item : v->items) {
      out.push_back(item->is_string() ? item->string : std::string());
    }
    return out;
  }

  static void AppendUnique(std::vector<std::string>& to,
                           const std::vector<std::string>& from) {
    for (const std::string& s : from) {
      if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(s);
    }
  }

  // pickSandboxToolPolicy: allow (+ alsoAllow, "*" when only alsoAllow) and
  // deny of a tools section; nullopt when it sets neither.
  static std::optional<ToolPolicy> Pick(const Value* tools) {
    if (!tools || !tools->is_object()) return std::nullopt;
    auto allow = List(tools->Get("allow"));
    auto also = List(tools->Get("alsoAllow"));
    ToolPolicy p;
    if (allow) {
      p.allow = *allow;
      if (also && !also->empty()) {
        if (allow->empty()) p.allow = std::vector<std::string>{"*"};
        AppendUnique(*p.allow, *also);
      }
    } else if (also && !also->empty()) {
      p.allow = std::vector<std::string>{"*"};
      AppendUnique(*p.allow, *also);
    }
    p.deny = List(tools->Get("deny"));
    if (!p.allow && !p.deny) return std::nullopt;
    return p;
  }

  // resolveToolProfilePolicy, for the tools this check asks about.
  static std::optional<ToolPolicy> Profile(const config::ConfigView& c,
                                           const Value* profile) {
    if (!profile || !profile->is_string()) return std::nullopt;
    const std::string& p = profile->string;
    ToolPolicy policy;
    if (p == "minimal") {
      policy.allow =
          c.is_4_29() ? std::vector<std::string>{"session_status"}
                      : std::vector<std::string>{"session_status", "gateway"};
    } else if (p == "coding") {
      // Both releases' coding profiles allow the web tools but not browser.
      policy.allow = std::vector<std::string>{"read", "exec", "web_search",
                                              "web_fetch", "x_search"};
    } else if (p == "messaging") {
      policy.allow = std::vector<std::string>{"sessions_list", "message"};
    } else if (p == "full" && !c.is_4_29()) {
      policy.allow = std::vector<std::string>{"*"};
    } else {
      return std::nullopt;
    }
    return policy;
  }

  // resolveSandboxToolPolicyForAgent.
  static ToolPolicy SandboxPolicy(const config::ConfigView& c,
                                  const Value* agent_tools) {
    static const std::vector<std::string> kDefaultAllow = {
        "exec",          "process",        "read",
        "write",         "edit",           "apply_patch",
        "image",         "sessions_list",  "sessions_history",
        "sessions_send", "sessions_spawn", "sessions_yield",
        "subagents",     "session_status"};
    static const std::vector<std::string> kDefaultDeny = {
        "browser", "canvas", "nodes", "cron", "automations", "gateway"};
    auto sandbox_list = [&](const Value* tools, const char* key) {
      const Value* sandbox = tools ? tools->Get("sandbox") : nullptr;
      const Value* inner = sandbox ? sandbox->Get("tools") : nullptr;
      return List(inner ? inner->Get(key) : nullptr);
    };
    auto pick = [&](const char* key) {
      auto agent = sandbox_list(agent_tools, key);
      return agent ? agent : sandbox_list(c.Find("tools"), key);
    };
    auto allow = pick("allow");
    auto also = pick("alsoAllow");
    auto deny = pick("deny");
    ToolPolicy p;
    if (allow) {
      p.allow = *allow;
      if (!allow->empty() && also && !also->empty())
        AppendUnique(*p.allow, *also);
    } else {
      p.allow = kDefaultAllow;
      if (also && !also->empty()) AppendUnique(*p.allow, *also);
    }
    if (deny) {
      p.deny = *deny;
    } else {
      std::vector<std::string> explicit_allow;
      if (allow) AppendUnique(explicit_allow, *allow);
      if (also) AppendUnique(explicit_allow, *also);
      p.deny = std::vector<std::string>{};
      for (const std::string& name : kDefaultDeny) {
        if (!Matches(c, name, explicit_allow)) p.deny->push_back(name);
      }
    }
    return p;
  }

  // resolveProviderToolPolicy (2026.9.6): tools.byProvider["provider/model"]
  // or tools.byProvider["provider"].
  static std::optional<ToolPolicy> ProviderPolicy(const config::ConfigView& c,
                                                  const Value* tools,
                                                  const std::string& id) {
    const Value* by = tools ? tools->Get("byProvider") : nullptr;
    if (!by || !by->is_object()) return std::nullopt;
    auto parsed = models::ParseModelRef(c, id);
    if (!parsed || Trim(parsed->provider).empty()) return std::nullopt;
    auto key_of = [&](const std::string& raw) {
      std::string v = Lower(raw);
      size_t slash = v.find('/');
      if (slash == std::string::npos || slash == 0) return v;
      std::string model = v.substr(slash + 1);
      return model.empty() ? v.substr(0, slash)
                           : v.substr(0, slash) + "/" + model;
    };
    struct Hit {
      const Value* policy;
      bool canonical;
    };
    std::map<std::string, Hit> lookup;
    for (const config::MemberEntry& m : by->members) {
      if (!m.value->is_object()) continue;
      std::string normalized = key_of(m.key);
      if (normalized.empty()) continue;
      bool canonical = Lower(m.key) == normalized;
      auto it = lookup.find(normalized);
      if (it == lookup.end() || (canonical && !it->second.canonical)) {
        lookup[normalized] = {m.value.get(), canonical};
      }
    }
    const std::string provider = key_of(parsed->provider);
    const std::string model = Lower(parsed->model);
    for (const std::string& key :
         {model.empty() ? std::string() : provider + "/" + model, provider}) {
      if (key.empty()) continue;
      auto it = lookup.find(key);
      if (it == lookup.end()) continue;
      ToolPolicy p;
      p.allow = List(it->second.policy->Get("allow"));
      p.deny = List(it->second.policy->Get("deny"));
      return p;
    }
    return std::nullopt;
  }

  static std::vector<ToolPolicy> Policies(const config::ConfigView& c,
                                          const Value* agent_tools,
                                          const Value* sandbox_tools,
                                          const std::string& mode,
                                          const std::string& id) {
    std::vector<ToolPolicy> out;
    const Value* tools = c.Find("tools");
    const Value* agent_profile =
        agent_tools ? agent_tools->Get("profile") : nullptr;
    const Value* profile = agent_profile && !agent_profile->is_null()
                               ? agent_profile
                               : (tools ? tools->Get("profile") : nullptr);
    if (auto p = Profile(c, profile)) {
      if (!c.is_4_29()) {
        // mergeAlsoAllowPolicy with the agent's (else the global) alsoAllow.
        auto also = List(agent_tools ? agent_tools->Get("alsoAllow") : nullptr);
        if (!also) also = List(tools ? tools->Get("alsoAllow") : nullptr);
        if (also && !also->empty()) AppendUnique(*p->allow, *also);
      }
      out.push_back(*p);
    }
    if (auto p = Pick(tools)) out.push_back(*p);
    if (auto p = Pick(agent_tools)) out.push_back(*p);
    if (!c.is_4_29()) {
      if (auto p = ProviderPolicy(c, tools, id)) out.push_back(*p);
      if (auto p = ProviderPolicy(c, agent_tools, id)) out.push_back(*p);
    }
    if (mode == "all") out.push_back(SandboxPolicy(c, sandbox_tools));
    return out;
  }

  // normalizeToolName.
  static std::string ToolName(const config::ConfigView& c,
                              std::string_view name) {
    std::string n = Lower(name);
    if (n == "bash") return "exec";
    if (n == "apply-patch") return "apply_patch";
    if (n == "cron" && !c.is_4_29()) return "automations";
    return n;
  }

  // expandToolGroups, reduced to the groups that hold the web tools (other
  // group names stay literal, which matches none of them either).
  static std::vector<std::string> Expand(const config::ConfigView& c,
                                         const std::vector<std::string>& list) {
    std::vector<std::string> out;
    for (const std::string& raw : list) {
      std::string name = ToolName(c, raw);
      if (name.empty()) continue;
      if (name == "group:openclaw") {
        AppendUnique(out, {"code_execution", "web_search", "web_fetch",
                           "x_search", "browser", "message", "gateway"});
      } else if (name == "group:web") {
        AppendUnique(out, {"web_search", "web_fetch", "x_search"});
      } else if (name == "group:ui") {
        AppendUnique(out, {"browser", "canvas"});
      } else {
        AppendUnique(out, {name});
      }
    }
    return out;
  }

  // A compiled glob list matches `tool` (already normalized).
  static bool Matches(const config::ConfigView& c, const std::string& tool,
                      const std::vector<std::string>& patterns) {
    for (const std::string& raw : Expand(c, patterns)) {
      const std::string pattern = ToolName(c, raw);
      if (pattern.empty()) continue;
      if (pattern == "*") return true;
      if (pattern.find('*') == std::string::npos) {
        if (pattern == tool) return true;
        continue;
      }
      std::string regex;
      for (char ch : pattern) {
        regex += ch == '*' ? std::string("[^\\n\\r]*")
                           : RE2::QuoteMeta(std::string(1, ch));
      }
      if (RE2::FullMatch(tool, RE2(regex))) return true;
    }
    return false;
  }

  static bool NonEmptyAfterCompile(const config::ConfigView& c,
                                   const std::vector<std::string>& list) {
    for (const std::string& raw : Expand(c, list)) {
      if (!ToolName(c, raw).empty()) return true;
    }
    return false;
  }

  static bool Allowed(const config::ConfigView& c, const std::string& name,
                      const std::vector<ToolPolicy>& policies) {
    const std::string tool = ToolName(c, name);
    for (const ToolPolicy& p : policies) {
      if (p.deny && Matches(c, tool, *p.deny)) return false;
      if (!p.allow || !NonEmptyAfterCompile(c, *p.allow)) continue;
      if (!Matches(c, tool, *p.allow)) return false;
    }
    return true;
  }

  // hasConfiguredCredentialValue over a search config record.
  static bool HasSearchCandidate(const Value* search) {
    if (!search || !(search->is_object() || search->is_array())) return false;
    for (const config::MemberEntry& m : search->members) {
      if (m.key == "enabled") continue;
      const Value& v = *m.value;
      if (v.is_string() ? !Trim(v.string).empty() : !v.is_null()) return true;
    }
    return false;
  }

  static bool WebSearchEnabled(const config::ConfigView& c) {
    const Value* enabled = c.Find("tools.web.search.enabled");
    if (enabled && enabled->is_false()) return false;
    if (enabled && enabled->is_true()) return true;
    if (HasSearchCandidate(c.Find("tools.web.search"))) return true;
    const Value* entries = c.Find("plugins.entries");
    if (!entries || !entries->is_object()) return false;
    for (const config::MemberEntry& m : entries->members) {
      const Value* config = m.value->Get("config");
      if (config && HasSearchCandidate(config->Get("webSearch"))) return true;
    }
    return false;
  }

  static bool BrowserEnabled(const config::ConfigView& c) {
    if (IsFalse(c.Find("browser.enabled"))) return false;
    if (c.is_4_29()) return true;
    // 2026.9.6 also asks whether the plugin policy admits the browser plugin.
    if (IsFalse(c.Find("plugins.enabled"))) return false;
    const Value* entries = c.Find("plugins.entries");
    const Value* browser = entries ? entries->Get("browser") : nullptr;
    if (browser && IsFalse(browser->Get("enabled"))) return false;
    auto has = [&](const Value* list) {
      if (!list || !list->is_array()) return false;
      for (const auto& item : list->items) {
        if (item->is_string() && Lower(item->string) == "browser") return true;
      }
      return false;
    };
    if (has(c.Find("plugins.deny"))) return false;
    const Value* allow = c.Find("plugins.allow");
    return !(allow && allow->is_array() && !allow->items.empty() &&
             !has(allow));
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ModelsSmallParams)
}  // namespace clawlint::checks
