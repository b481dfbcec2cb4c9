#include <cctype>
#include <nlohmann/json.hpp>
#include <set>
#include <span>

#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

using config::Value;

// One enabled flag: the reference's label and the value that enables it.
struct Flag {
  std::string label;
  const Value* at;
  std::string path;
};

constexpr std::string_view kDockerKeys[] = {
    "dangerouslyAllowReservedContainerTargets",
    "dangerouslyAllowExternalBindSources",
    "dangerouslyAllowContainerNamespaceJoin"};

// A flag declared by a bundled plugin's manifest (configContracts
// .dangerousFlags): a path pattern under plugins.entries.<id>.config ("*"
// matches every key or index) and the value that enables it.
struct PluginFlag {
  std::string_view plugin;
  std::string_view pattern;
  bool equals_true;  // else equals `equals_string`
  std::string_view equals_string;
};
constexpr PluginFlag kPluginFlags429[] = {
    {"acpx", "permissionMode", false, "approve-all"},
};
constexpr PluginFlag kPluginFlags96[] = {
    {"imap", "accounts.*.senderAuth.acceptTrustedAuthservId", true, ""},
    {"imap", "accounts.*.senderAuth.min", false, "unverified"},
    {"imap", "accounts.*.senderAuth.min", false, "mutable"},
};

std::string JsonQuote(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false,
                                nlohmann::json::error_handler_t::replace);
}

bool IsTrue(const Value* v) { return v && v->is_true(); }
bool IsFalse(const Value* v) { return v && v->is_false(); }

class FlagCollector {
 public:
  explicit FlagCollector(const config::ConfigView& c) : c_(c) {}

  std::vector<Flag> Collect() {
    const bool v429 = c_.is_4_29();
    if (v429) IfTrue("gateway.controlUi.allowInsecureAuth");
    IfTrue("gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback");
    if (v429) IfTrue("gateway.controlUi.dangerouslyDisableDeviceAuth");
    IfTrue("hooks.gmail.allowUnsafeExternalContent");
    if (const Value* mappings = c_.Find("hooks.mappings");
        mappings && mappings->is_array()) {
      for (size_t i = 0; i < mappings->items.size(); ++i) {
        const Value* flag =
            mappings->items[i]->Get("allowUnsafeExternalContent");
        if (!IsTrue(flag)) continue;
        std::string path = "hooks.mappings[" + std::to_string(i) +
                           "].allowUnsafeExternalContent";
        Add(path + "=true", flag, path);
      }
    }
    IfFalse("tools.exec.applyPatch.workspaceOnly");
    if (!v429) {
      const Value* suppressions = c_.Find("security.audit.suppressions");
      if (suppressions && suppressions->is_array() &&
          !suppressions->items.empty()) {
        Add("security.audit.suppressions configured (" +
                std::to_string(suppressions->items.size()) + ")",
            suppressions, "security.audit.suppressions");
      }
    }
    IfTrue("hooks.allowRequestSessionKey");
    IfTrue("browser.ssrfPolicy.dangerouslyAllowPrivateNetwork");
    IfFalse("tools.fs.workspaceOnly");
    Docker(c_.Find("agents.defaults.sandbox.docker"),
           "agents.defaults.sandbox.docker", "agents.defaults.sandbox.docker");
    if (v429) {
      Agents429();
    } else {
      Agents96();
    }
    PluginFlags();
    if (!v429 && dedupe_all_) {
      // 2026.9.6 collects into a Set when plugins.entries exists.
      std::set<std::string> seen;
      std::vector<Flag> unique;
      for (Flag& f : flags_) {
        if (seen.insert(f.label).second) unique.push_back(std::move(f));
      }
      flags_ = std::move(unique);
    }
    return std::move(flags_);
  }

 private:
  void Add(std::string label, const Value* at, std::string path) {
    flags_.push_back({std::move(label), at, std::move(path)});
  }
  void IfTrue(std::string_view path) {
    const Value* v = c_.Find(path);
    if (IsTrue(v)) Add(std::string(path) + "=true", v, std::string(path));
  }
  void IfFalse(std::string_view path) {
    const Value* v = c_.Find(path);
    if (IsFalse(v)) Add(std::string(path) + "=false", v, std::string(path));
  }
  void Docker(const Value* docker, const std::string& label_prefix,
              const std::string& path_prefix) {
    if (!docker || !docker->is_object()) return;
    for (std::string_view key : kDockerKeys) {
      const Value* v = docker->Get(key);
      if (!IsTrue(v)) continue;
      Add(label_prefix + "." + std::string(key) + "=true", v,
          path_prefix + "." + std::string(key));
    }
  }
  static const Value* SandboxDocker(const Value& agent) {
    const Value* sandbox = agent.Get("sandbox");
    return sandbox ? sandbox->Get("docker") : nullptr;
  }
  // 2026.4.29: agents.list[id="<id>"] (JSON-quoted), or agents.list[<i>].
  void Agents429() {
    const Value* list = c_.Find("agents.list");
    if (!list || !list->is_array()) return;
    for (size_t i = 0; i < list->items.size(); ++i) {
      const Value& agent = *list->items[i];
      const Value* id = agent.Get("id");
      const std::string index = "agents.list[" + std::to_string(i) + "]";
      const std::string segment =
          id && id->is_string() && !id->string.empty()
              ? "agents.list[id=" + JsonQuote(id->string) + "]"
              : index;
      Docker(SandboxDocker(agent), segment + ".sandbox.docker",
             index + ".sandbox.docker");
    }
  }
  // 2026.9.6: agents.entries.<key>; a legacy list entry renders as
  // agents.entries.<id>, or agents.list.<index> without an id.
  void Agents96() {
    if (const Value* entries = c_.Find("agents.entries")) {
      if (!entries->is_object()) return;
      for (const config::MemberEntry& m : entries->members) {
        if (!m.value->is_object()) continue;
        const std::string segment = "agents.entries." + m.key;
        Docker(SandboxDocker(*m.value), segment + ".sandbox.docker",
               segment + ".sandbox.docker");
      }
      return;
    }
    const Value* list = c_.Find("agents.list");
    if (!list || !list->is_array()) return;
    for (size_t i = 0; i < list->items.size(); ++i) {
      const Value& agent = *list->items[i];
      if (!agent.is_object() && !agent.is_array()) continue;
      const Value* id = agent.Get("id");
      const std::string segment = id && id->is_string() && !id->string.empty()
                                      ? "agents.entries." + id->string
                                      : "agents.list." + std::to_string(i);
      Docker(SandboxDocker(agent), segment + ".sandbox.docker",
             "agents.list[" + std::to_string(i) + "].sandbox.docker");
    }
  }

  // One path segment as the reference renders it.
  std::string AppendSegment(const std::string& path, const std::string& key,
                            bool index) const {
    if (c_.is_4_29()) {
      const bool digits = !key.empty() && key.find_first_not_of("0123456789") ==
                                              std::string::npos;
      if (path.empty()) return key;
      return digits ? path + "[" + key + "]" : path + "." + key;
    }
    if (index) return path + "[" + key + "]";
    static const auto kPlain = [](const std::string& k) {
      if (k.empty()) return false;
      const char first = k[0];
      if (!(std::isalpha(static_cast<unsigned char>(first)) || first == '_' ||
            first == '$'))
        return false;
      return k.find_first_not_of(
                 "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                 "0123456789_$:-") == std::string::npos;
    };
    if (!kPlain(key)) return path + "[" + JsonQuote(key) + "]";
    return path.empty() ? key : path + "." + key;
  }

  void PluginFlags() {
    const Value* entries = c_.Find("plugins.entries");
    if (!entries || !entries->is_object()) return;
    dedupe_all_ = true;
    auto flags = c_.is_4_29() ? std::span<const PluginFlag>(kPluginFlags429)
                              : std::span<const PluginFlag>(kPluginFlags96);
    std::set<std::string> seen;
    for (const PluginFlag& flag : flags) {
      const Value* entry = entries->Get(flag.plugin);
      const Value* root = entry ? entry->Get("config") : nullptr;
      if (!root || !root->is_object()) continue;
      struct State {
        std::string rendered;  // the reference's label path
        std::string path;      // our dotted path
        const Value* value;
      };
      std::vector<State> states = {{"", "", root}};
      std::string_view pattern = flag.pattern;
      while (!pattern.empty() && !states.empty()) {
        const size_t dot = pattern.find('.');
        const std::string segment(Trim(pattern.substr(0, dot)));
        pattern = dot == std::string_view::npos ? std::string_view{}
                                                : pattern.substr(dot + 1);
        if (segment.empty()) continue;
        std::vector<State> next;
        for (const State& s : states) {
          auto push = [&](const std::string& key, bool index, const Value* v) {
            next.push_back({AppendSegment(s.rendered, key, index),
                            index ? s.path + "[" + key + "]"
                                  : (s.path.empty() ? key : s.path + "." + key),
                            v});
          };
          if (segment == "*") {
            if (s.value->is_array()) {
              for (size_t i = 0; i < s.value->items.size(); ++i)
                push(std::to_string(i), true, s.value->items[i].get());
            } else if (s.value->is_object()) {
              for (const config::MemberEntry& m : s.value->members)
                push(m.key, false, m.value.get());
            }
            continue;
          }
          if (s.value->is_array()) {
            const bool digits =
                segment.find_first_not_of("0123456789") == std::string::npos;
            if (digits && segment.size() < 10) {
              const size_t i = std::stoul(segment);
              if (i < s.value->items.size())
                push(std::to_string(i), true, s.value->items[i].get());
            }
            continue;
          }
          if (const Value* v = s.value->Get(segment)) push(segment, false, v);
        }
        states = std::move(next);
      }
      for (const State& s : states) {
        const bool match =
            flag.equals_true
                ? s.value->is_true()
                : s.value->is_string() && s.value->string == flag.equals_string;
        if (!match) continue;
        const std::string base =
            "plugins.entries." + std::string(flag.plugin) + ".config.";
        std::string label =
            base + s.rendered + "=" +
            (flag.equals_true ? std::string("true")
                              : std::string(flag.equals_string));
        if (!seen.insert(label).second) continue;
        Add(std::move(label), s.value, base + s.path);
      }
    }
  }

  const config::ConfigView& c_;
  std::vector<Flag> flags_;
  bool dedupe_all_ = false;
};

class ConfigInsecureOrDangerousFlags final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "config.insecure_or_dangerous_flags",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Insecure or dangerous config flags enabled",
      .remediation =
          "Disable these flags when not actively debugging, or keep deployment "
          "scoped to trusted/local-only networks.",
      .docs = R"md(## What it does
Lists the config switches that knowingly weaken a safeguard, each when set to
its unsafe value:
`gateway.controlUi.allowInsecureAuth`,
`gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback`,
`gateway.controlUi.dangerouslyDisableDeviceAuth` (2026.4.29 only),
`hooks.gmail.allowUnsafeExternalContent`,
`hooks.mappings[i].allowUnsafeExternalContent`,
`tools.exec.applyPatch.workspaceOnly: false`,
`hooks.allowRequestSessionKey`,
`browser.ssrfPolicy.dangerouslyAllowPrivateNetwork`,
`tools.fs.workspaceOnly: false`, the sandbox docker
`dangerouslyAllowReservedContainerTargets` /
`dangerouslyAllowExternalBindSources` /
`dangerouslyAllowContainerNamespaceJoin` of `agents.defaults` and of each
agent, the flags bundled plugins declare (2026.4.29: `acpx`
`permissionMode: "approve-all"`; 2026.9.6: `imap` accounts'
`senderAuth.acceptTrustedAuthservId: true` and `senderAuth.min:
"unverified"|"mutable"`), and in 2026.9.6 a non-empty
`security.audit.suppressions`. 2026.4.29 reports one finding listing every
flag; 2026.9.6 one finding per flag.

## Why is this bad?
Each of these turns off a protection (origin checks, device identity,
external-content wrapping, workspace confinement, SSRF guards, container
isolation, tool approvals) that the defaults keep on. Fine for a short
debugging session, dangerous when forgotten.

## Example
```json5
{ tools: { fs: { workspaceOnly: false } }, hooks: { allowRequestSessionKey: true } }
```

## Use instead
```json5
{ tools: { fs: { workspaceOnly: true } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    std::vector<Flag> flags = FlagCollector(c).Collect();
    if (flags.empty()) return;
    if (c.is_4_29()) {
      std::string labels;
      for (const Flag& f : flags) {
        labels += (labels.empty() ? "" : ", ") + f.label;
      }
      out.Report(*flags[0].at, flags[0].path,
                 std::to_string(flags.size()) +
                     " insecure or dangerous flag(s) enabled: " + labels + ".");
      return;
    }
    for (const Flag& f : flags) {
      Finding& finding =
          out.Report(*f.at, f.path,
                     "Insecure or dangerous flag enabled: " + f.label + ".");
      finding.title = "Insecure or dangerous config flag enabled";
      finding.remediation =
          "Disable this flag when not actively debugging, or keep deployment "
          "scoped to trusted/local-only networks.";
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ConfigInsecureOrDangerousFlags)
}  // namespace clawlint::checks
