// The reference's rules outside its exported JSON Schema (see refinements.h).
// Each rule names its source in the reference's dist/ (2026.4.29: *.js,
// 2026.9.6: *.mjs) and the corpus cases (tests/conformance/invalid/ unless
// said otherwise) whose records pin it, firing and near miss.
#include "schema/refinements.h"

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "config/js_string.h"
#include "schema/js_format.h"

namespace clawlint::schema {
namespace {

using config::MemberEntry;
using config::Profile;
using config::Value;

// ---------------------------------------------------------------------------
// Reading the tree (the schema library does not link the config view).

const MemberEntry* Member(const Value* object, std::string_view key) {
  if (!object || !object->is_object()) return nullptr;
  for (const MemberEntry& m : object->members) {
    if (m.key == key) return &m;
  }
  return nullptr;
}

const Value* Child(const Value* object, std::string_view key) {
  const MemberEntry* m = Member(object, key);
  return m ? m->value.get() : nullptr;
}

const Value* Object(const Value* object, std::string_view key) {
  const Value* v = Child(object, key);
  return v && v->is_object() ? v : nullptr;
}

// The string at `key`, or nullptr when absent or not a string.
const std::string* String(const Value* object, std::string_view key) {
  const Value* v = Child(object, key);
  return v && v->is_string() ? &v->string : nullptr;
}

// normalizeLowercaseStringOrEmpty(): JS trim, then toLowerCase (ASCII; the
// values compared against are ASCII).
std::string TrimLower(std::string_view s) {
  std::string out(config::JsTrim(s));
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  });
  return out;
}

std::string Join(std::string_view path, std::string_view segment) {
  return path.empty() ? std::string(segment)
                      : std::string(path) + "." + std::string(segment);
}

bool UnderOrAt(std::string_view path, std::string_view base) {
  return path == base || (path.size() > base.size() && path.starts_with(base) &&
                          path[base.size()] == '.');
}

// zod skips an object's refinement when its parse has an aborting issue.
bool Aborted(const Issues& issues, std::string_view path) {
  return std::any_of(issues.begin(), issues.end(), [&](const Issue& i) {
    return i.aborts && i.code != Code::kAjv && UnderOrAt(i.path, path);
  });
}

Issue Custom(std::string path, std::string message, const Span& span) {
  Issue issue;
  issue.code = Code::kCustom;
  issue.path = std::move(path);
  issue.message = std::move(message);
  issue.span = span;
  issue.allowed.incomplete = true;  // a custom issue has no allowed values
  return issue;
}

// The span of `key` in `object`: its value, else the object (absent key).
Span SpanOf(const Value& object, std::string_view key) {
  const Value* v = Child(&object, key);
  return v ? v->origin.span : object.origin.span;
}

// Calls `fn(sandbox, path)` for every agent sandbox object the schema
// refines: agents.defaults.sandbox and each agent's own (2026.4.29
// agents.list[], 2026.9.6 agents.entries.*; checked against both exported
// schemas, the only places SandboxDockerSchema/AgentSandboxSchema appear).
void ForEachSandbox(
    const Value& root, Profile profile,
    const std::function<void(const Value&, const std::string&)>& fn) {
  const Value* agents = Object(&root, "agents");
  if (const Value* s = Object(Object(agents, "defaults"), "sandbox")) {
    fn(*s, "agents.defaults.sandbox");
  }
  if (profile == Profile::k2026_4_29) {
    const Value* list = Child(agents, "list");
    for (size_t i = 0; list && list->is_array() && i < list->items.size();
         ++i) {
      if (const Value* s = Object(list->items[i].get(), "sandbox")) {
        fn(*s, "agents.list." + std::to_string(i) + ".sandbox");
      }
    }
  } else if (const Value* entries = Object(agents, "entries")) {
    for (const MemberEntry& m : entries->members) {
      if (const Value* s = Object(m.value.get(), "sandbox")) {
        fn(*s, "agents.entries." + m.key + ".sandbox");
      }
    }
  }
}

// getBlockedNetworkModeReason() (dist/network-mode-*.js): the trimmed,
// lower-cased mode "host", or "container:..." without the join flag.
enum class BlockedNetwork { kNone, kHost, kContainerJoin };

BlockedNetwork BlockedNetworkReason(const std::string* network,
                                    bool allow_join) {
  if (!network) return BlockedNetwork::kNone;
  const std::string mode = TrimLower(*network);
  if (mode == "host") return BlockedNetwork::kHost;
  if (mode.starts_with("container:") && !allow_join) {
    return BlockedNetwork::kContainerJoin;
  }
  return BlockedNetwork::kNone;
}

// ---------------------------------------------------------------------------
// 1. zod refinements.

// SandboxDockerSchema.superRefine, binds (4.29 zod-schema.agent-runtime-*.js;
// 9.6 validateSandboxBindEntries in zod-schema.agent-runtime-*.mjs): every
// bind needs an absolute host source. 4.29 trims the entry and takes the
// source before its first colon; 9.6 keeps the entry as written, skips a
// drive letter's colon and also accepts Windows drive paths.
// Cases: docker_bind_relative, docker_bind_volume, docker_bind_blank,
// docker_bind_two_bad, docker_bind_windows_drive (4.29 only);
// fixtures/sandbox.dangerous_bind_mount/bad_leading_space (9.6 only);
// near miss: sandbox/bind_*.
std::string BindSource429(std::string_view bind) {
  const size_t colon = bind.find(':');
  return std::string(config::JsTrim(
      colon == std::string_view::npos || colon == 0 ? bind
                                                    : bind.substr(0, colon)));
}

bool IsDriveAbsolute(std::string_view s) {
  return s.size() >= 3 &&
         ((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z')) &&
         s[1] == ':' && (s[2] == '\\' || s[2] == '/');
}

// isSandboxHostPathAbsolute() after stripWindowsNamespacePrefix().
bool IsHostPathAbsolute96(std::string_view s) {
  std::string input(s);
  const auto upper_starts = [](std::string_view v, std::string_view p) {
    if (v.size() < p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i) {
      const char c = v[i] >= 'a' && v[i] <= 'z' ? v[i] - 32 : v[i];
      if (c != p[i]) return false;
    }
    return true;
  };
  if (s.starts_with("\\\\?\\")) {
    const std::string_view rest = s.substr(4);
    input = upper_starts(rest, "UNC\\") ? "\\\\" + std::string(rest.substr(4))
                                        : std::string(rest);
  } else if (s.starts_with("//?/")) {
    const std::string_view rest = s.substr(4);
    input = upper_starts(rest, "UNC/") ? "//" + std::string(rest.substr(4))
                                       : std::string(rest);
  }
  return input.starts_with("/") || IsDriveAbsolute(input);
}

std::string BindSource96(std::string_view bind) {
  const size_t colon = bind.find(':', IsDriveAbsolute(bind) ? 2 : 0);
  return std::string(colon == std::string_view::npos ? bind
                                                     : bind.substr(0, colon));
}

void DockerBinds(const Value& docker, const std::string& path, Profile profile,
                 Issues* out) {
  const Value* binds = Child(&docker, "binds");
  if (!binds || !binds->is_array()) return;
  const bool v429 = profile == Profile::k2026_4_29;
  for (size_t i = 0; i < binds->items.size(); ++i) {
    const Value& item = *binds->items[i];
    if (!item.is_string()) continue;
    const std::string where = path + ".binds." + std::to_string(i);
    const std::string bind =
        v429 ? std::string(config::JsTrim(item.string)) : item.string;
    if (config::JsTrim(item.string).empty()) {
      out->push_back(Custom(
          where,
          "Sandbox security: bind mount entry must be a non-empty string.",
          item.origin.span));
      continue;
    }
    const std::string source = v429 ? BindSource429(bind) : BindSource96(bind);
    const bool absolute =
        v429 ? source.starts_with("/") : IsHostPathAbsolute96(source);
    if (absolute) continue;
    out->push_back(Custom(
        where,
        "Sandbox security: bind mount \"" + bind +
            "\" uses a non-absolute source path \"" + source + "\". " +
            (v429 ? "Only absolute POSIX paths are supported for sandbox binds."
                  : "Only absolute POSIX or Windows drive-letter paths are "
                    "supported for sandbox binds."),
        item.origin.span));
  }
}

// SandboxDockerSchema.superRefine, network (both releases): "host" is
// blocked, "container:*" unless dangerouslyAllowContainerNamespaceJoin is
// true in the same docker object. Cases: docker_network_host,
// docker_network_host_upper, docker_network_container_no_flag,
// docker_agent_network_host, docker_network_container_agent_flag_on_defaults,
// docker_network_host_unknown_key, docker_network_host_bad_type (gated);
// near miss: sandbox/network_bridge, sandbox/network_container_with_flag.
void DockerNetwork(const Value& docker, const std::string& path, Issues* out) {
  const Value* flag = Child(&docker, "dangerouslyAllowContainerNamespaceJoin");
  switch (BlockedNetworkReason(String(&docker, "network"),
                               flag && flag->is_true())) {
    case BlockedNetwork::kHost:
      out->push_back(Custom(path + ".network",
                            "Sandbox security: network mode \"host\" is "
                            "blocked. Use \"bridge\" or \"none\" instead.",
                            SpanOf(docker, "network")));
      break;
    case BlockedNetwork::kContainerJoin:
      out->push_back(Custom(
          path + ".network",
          "Sandbox security: network mode \"container:*\" is blocked by "
          "default. Use a custom bridge network, or set "
          "dangerouslyAllowContainerNamespaceJoin=true only when you fully "
          "trust this runtime.",
          SpanOf(docker, "network")));
      break;
    case BlockedNetwork::kNone:
      break;
  }
}

// SandboxDockerSchema.superRefine, seccomp/apparmor (both releases): the
// trimmed, lower-cased profile "unconfined" is blocked; 9.6 spells
// "AppArmor". Cases: docker_seccomp_unconfined, docker_bind_two_bad
// (" UNCONFINED "), docker_apparmor_unconfined_upper; near miss:
// sandbox/seccomp_custom, docker_apparmor_named.
void DockerProfiles(const Value& docker, const std::string& path,
                    Profile profile, Issues* out) {
  const std::string* seccomp = String(&docker, "seccompProfile");
  if (seccomp && TrimLower(*seccomp) == "unconfined") {
    out->push_back(Custom(path + ".seccompProfile",
                          "Sandbox security: seccomp profile \"unconfined\" is "
                          "blocked. Use a custom seccomp profile file or omit "
                          "this setting.",
                          SpanOf(docker, "seccompProfile")));
  }
  const std::string* apparmor = String(&docker, "apparmorProfile");
  if (apparmor && TrimLower(*apparmor) == "unconfined") {
    out->push_back(Custom(
        path + ".apparmorProfile",
        std::string("Sandbox security: ") +
            (profile == Profile::k2026_4_29 ? "apparmor" : "AppArmor") +
            " profile \"unconfined\" is blocked. Use a named AppArmor profile "
            "or omit this setting.",
        SpanOf(docker, "apparmorProfile")));
  }
}

// SandboxBrowserSchema.superRefine (both releases): browser network "host".
// Case: browser_network_host.
void BrowserNetwork(const Value& browser, const std::string& path,
                    Issues* out) {
  const std::string* network = String(&browser, "network");
  if (!network || TrimLower(*network) != "host") return;
  out->push_back(Custom(path + ".network",
                        "Sandbox security: browser network mode \"host\" is "
                        "blocked. Use \"bridge\" or a custom bridge network "
                        "instead.",
                        SpanOf(browser, "network")));
}

// AgentSandboxSchema.superRefine (both releases): a browser joining another
// container's namespace needs the docker join flag of the same sandbox.
// Case: browser_network_container.
void SandboxBrowserJoin(const Value& sandbox, const std::string& path,
                        Issues* out) {
  const Value* browser = Object(&sandbox, "browser");
  const Value* flag = Child(Object(&sandbox, "docker"),
                            "dangerouslyAllowContainerNamespaceJoin");
  if (!browser || BlockedNetworkReason(String(browser, "network"),
                                       flag && flag->is_true()) !=
                      BlockedNetwork::kContainerJoin) {
    return;
  }
  out->push_back(Custom(
      path + ".browser.network",
      "Sandbox security: browser network mode \"container:*\" is blocked by "
      "default. Set sandbox.docker.dangerouslyAllowContainerNamespaceJoin=true "
      "only when you fully trust this runtime.",
      SpanOf(*browser, "network")));
}

// AgentsSchema.superRefine (2026.9.6 zod-schema-*.mjs), after the roster
// migration of validateConfigObject (legacy.roster-*.mjs
// migratePersistedImplicitMainRoster): a single default=true marker without
// explicit ownership is retired (and, for several agents, stands for
// explicit ownership), and an empty roster without explicit ownership gets
// the implicit "main" agent. What is left must be: at least one agent, ids
// unique once normalized, at most one marker, no marker with explicit
// ownership, several agents only with explicit ownership.
// Cases: agents_two_defaults, agents_two_no_default,
// agents_entries_two_no_ownership, agents_entries_explicit_and_default;
// agents_list_missing_id (unconverted list: no agent);
// near miss: agents_entries_two_explicit, agents_entries_empty,
// random/seed-1-5 (one marker, three agents).
void AgentRoster(const Value& root, const Issues& schema, Issues* out) {
  const Value* agents = Object(&root, "agents");
  if (!agents || Aborted(schema, "agents")) return;
  const Value* entries = Object(agents, "entries");
  const std::string* ownership = String(agents, "ownership");
  const bool explicit_ownership = ownership && *ownership == "explicit";
  const size_t count = entries ? entries->members.size() : 0;
  size_t marked = 0;
  for (size_t i = 0; i < count; ++i) {
    const Value* d = Child(entries->members[i].value.get(), "default");
    marked += d && d->is_true() ? 1 : 0;
  }
  if (marked == 1 && !explicit_ownership) return;  // retired legacy marker
  if (count == 0) {
    // The implicit "main" agent is added unless ownership is explicit or a
    // legacy agents.list could not be converted (it stays, an unknown key).
    if (explicit_ownership || Child(agents, "list")) {
      out->push_back(
          Custom("agents.entries",
                 "agents.entries must contain at least one configured agent",
                 SpanOf(*agents, "entries")));
    }
    return;
  }
  for (size_t i = 0; i < count; ++i) {
    const MemberEntry& m = entries->members[i];
    const std::string id = TrimLower(m.key);  // normalizeAgentId of a valid id
    for (size_t j = 0; j < i; ++j) {
      if (TrimLower(entries->members[j].key) != id) continue;
      out->push_back(Custom(
          "agents.entries." + m.key,
          "agents.entries keys \"" + entries->members[j].key + "\" and \"" +
              m.key + "\" resolve to the same agent id \"" + id +
              "\"; rename one key so each agent has a unique id",
          m.key_span));
      break;
    }
  }
  if (marked > 1) {
    out->push_back(Custom("agents.entries",
                          "agents.entries must contain at most one "
                          "default=true entry (found " +
                              std::to_string(marked) + ")",
                          entries->origin.span));
  }
  if (explicit_ownership && marked > 0) {
    out->push_back(Custom("agents.ownership",
                          "agents.ownership=explicit cannot be combined with "
                          "a legacy default=true marker",
                          SpanOf(*agents, "ownership")));
  }
  if (count > 1 && marked == 0 && !explicit_ownership) {
    out->push_back(Custom(
        "agents.ownership",
        "multi-agent rosters require agents.ownership=\"explicit\" or one "
        "legacy default=true marker; add agents.ownership=\"explicit\" or run "
        "openclaw doctor",
        SpanOf(*agents, "ownership")));
  }
}

// ---------------------------------------------------------------------------
// 3. Loader rules.

// A JavaScript SecretRef object as coerceSecretRef() accepts it: exactly
// {source, provider, id} with source env/file/exec and non-blank provider
// and id, or the legacy form without a provider.
bool IsSecretRefObject(const Value* v) {
  if (!v || !v->is_object()) return false;
  const std::string* source = String(v, "source");
  const std::string* id = String(v, "id");
  if (!source || (*source != "env" && *source != "file" && *source != "exec") ||
      !id || config::JsTrim(*id).empty()) {
    return false;
  }
  if (!Child(v, "provider")) return true;  // legacy, without a provider
  const std::string* provider = String(v, "provider");
  return v->members.size() == 3 && provider &&
         !config::JsTrim(*provider).empty();
}

// Calls `fn(value, path)` for each value at a dotted pattern: "*" is any
// key or index, "name[]" each item of an array member (the reference's
// collectPatternCandidates and secret target registry patterns).
void ForEachAt(
    const Value* v, std::string_view pattern, std::string path,
    const std::function<void(const Value&, const std::string&)>& fn) {
  if (!v) return;
  if (pattern.empty()) return fn(*v, path);
  const size_t dot = pattern.find('.');
  const std::string_view token = pattern.substr(0, dot);
  const std::string_view rest = dot == std::string_view::npos
                                    ? std::string_view()
                                    : pattern.substr(dot + 1);
  if (token == "*") {
    if (v->is_array()) {
      for (size_t i = 0; i < v->items.size(); ++i) {
        ForEachAt(v->items[i].get(), rest, Join(path, std::to_string(i)), fn);
      }
    } else if (v->is_object()) {
      for (const MemberEntry& m : v->members) {
        ForEachAt(m.value.get(), rest, Join(path, m.key), fn);
      }
    }
    return;
  }
  if (token.ends_with("[]")) {
    const std::string_view key = token.substr(0, token.size() - 2);
    const Value* array = Child(v, key);
    if (!array || !array->is_array()) return;
    for (size_t i = 0; i < array->items.size(); ++i) {
      ForEachAt(array->items[i].get(), rest,
                Join(Join(path, key), std::to_string(i)), fn);
    }
    return;
  }
  ForEachAt(Child(v, token), rest, Join(path, token), fn);
}

// collectUnsupportedMutableSecretRefIssues (4.29 io-*.js, 9.6
// validation-core-*.mjs): SecretRef objects where the credential must stay
// a plain string (CORE_UNSUPPORTED_SECRETREF_CONFIG_CANDIDATE_PATTERNS;
// 9.6 dropped commands.ownerDisplaySecret). Bundled channels add patterns
// of their own, not reproduced here. Cases: hooks_token_secretref,
// hooks_mapping_session_key_secretref; near miss: hooks/ string tokens.
void MutableSecretRefs(const Value& root, Profile profile, Issues* out) {
  static constexpr std::string_view kPatterns[] = {
      "hooks.token", "hooks.gmail.pushToken", "hooks.mappings[].sessionKey",
      "commands.ownerDisplaySecret"};
  for (std::string_view pattern : kPatterns) {
    if (profile != Profile::k2026_4_29 &&
        pattern == "commands.ownerDisplaySecret") {
      continue;
    }
    ForEachAt(&root, pattern, "", [&](const Value& v, const std::string& p) {
      if (!IsSecretRefObject(&v)) return;
      out->push_back(Custom(
          p,
          "SecretRef objects are not supported at " + p +
              ". This credential is runtime-mutable or runtime-managed and "
              "must stay a plain string value. Use a plain string (env "
              "template strings like \"${MY_VAR}\" are allowed). See "
              "https://docs.openclaw.ai/reference/"
              "secretref-credential-surface.",
          v.origin.span));
    });
  }
}

bool IsEnvSecretRefId(std::string_view id) {  // /^[A-Z][A-Z0-9_]{0,127}$/
  if (id.empty() || id.size() > 128 || id[0] < 'A' || id[0] > 'Z') {
    return false;
  }
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// collectLegacySecretRefEnvMarkerIssues (2026.4.29 io-*.js; gone in 9.6):
// a "secretref-env:NAME" string at a core openclaw.json secret target
// (dist/target-registry-*.js; bundled channel targets not reproduced).
// Cases: secretref_marker_string, secretref_marker_remote_lower (no valid
// NAME: generic example); near miss: secretref_marker_case.
void LegacySecretRefMarkers(const Value& root, Profile profile, Issues* out) {
  if (profile != Profile::k2026_4_29) return;
  static constexpr std::string_view kTargets[] = {
      "agents.defaults.memorySearch.remote.apiKey",
      "agents.list[].memorySearch.remote.apiKey",
      "cron.webhookToken",
      "gateway.auth.token",
      "gateway.auth.password",
      "gateway.remote.password",
      "gateway.remote.token",
      "messages.tts.providers.*.apiKey",
      "agents.list[].tts.providers.*.apiKey",
      "models.providers.*.apiKey",
      "models.providers.*.headers.*",
      "models.providers.*.request.headers.*",
      "models.providers.*.request.auth.token",
      "models.providers.*.request.auth.value",
      "models.providers.*.request.proxy.tls.ca",
      "models.providers.*.request.proxy.tls.cert",
      "models.providers.*.request.proxy.tls.key",
      "models.providers.*.request.proxy.tls.passphrase",
      "models.providers.*.request.tls.ca",
      "models.providers.*.request.tls.cert",
      "models.providers.*.request.tls.key",
      "models.providers.*.request.tls.passphrase",
      "skills.entries.*.apiKey",
      "talk.providers.*.apiKey",
      "tools.web.search.apiKey",
  };
  const std::string* env_provider =
      String(Object(Object(&root, "secrets"), "defaults"), "env");
  std::string provider =
      env_provider ? std::string(config::JsTrim(*env_provider)) : "";
  if (provider.empty()) provider = "default";
  for (std::string_view target : kTargets) {
    ForEachAt(&root, target, "", [&](const Value& v, const std::string& p) {
      if (!v.is_string()) return;
      const std::string_view marker = config::JsTrim(v.string);
      if (!marker.starts_with("secretref-env:")) return;
      const std::string_view id = marker.substr(14);
      const std::string example =
          IsEnvSecretRefId(id)
              ? "{\"source\":\"env\",\"provider\":" + JsonQuote(provider) +
                    ",\"id\":" + JsonQuote(id) + "}"
              : "{\"source\":\"env\",\"provider\":\"default\",\"id\":"
                "\"ENV_VAR\"}";
      out->push_back(Custom(
          p,
          JsonQuote(marker) +
              " is a legacy SecretRef marker and is not valid openclaw.json "
              "config. Use a structured SecretRef object instead, for "
              "example " +
              example +
              ". Run \"openclaw doctor --fix\" to migrate valid "
              "secretref-env:<ENV_VAR> markers. See "
              "https://docs.openclaw.ai/reference/"
              "secretref-credential-surface.",
          v.origin.span));
    });
  }
}

// The quoted keys of an "Unrecognized key(s): ..." message.
std::vector<std::string> QuotedKeys(std::string_view message) {
  std::vector<std::string> keys;
  for (size_t open = message.find('"'); open != std::string_view::npos;) {
    const size_t close = message.find('"', open + 1);
    if (close == std::string_view::npos) break;
    keys.emplace_back(message.substr(open + 1, close - open - 1));
    open = message.find('"', close + 1);
  }
  return keys;
}

// mergeUnsupportedMutableSecretRefIssues: the schema's own complaint about
// a SecretRef the policy reports goes (the type error at the same path; the
// unknown key at its parent: 4.29 when it is the only one, 9.6 by removing
// the key from the list).
void DropRestatedIssues(const Issues& policy, Profile profile, Issues* schema) {
  for (const Issue& p : policy) {
    std::erase_if(*schema, [&](Issue& i) {
      if (i.path == p.path) {
        return i.message.find("expected string, received object") !=
               std::string::npos;
      }
      if (i.code != Code::kUnrecognizedKeys || !UnderOrAt(p.path, i.path) ||
          p.path == i.path) {
        return false;
      }
      const std::string_view rest = std::string_view(p.path).substr(
          i.path.empty() ? 0 : i.path.size() + 1);
      const std::string child(rest.substr(0, rest.find('.')));
      std::vector<std::string> keys = QuotedKeys(i.message);
      if (std::find(keys.begin(), keys.end(), child) == keys.end()) {
        return false;
      }
      if (profile == Profile::k2026_4_29) return keys.size() == 1;
      std::erase(keys, child);
      if (keys.empty()) return true;
      std::string list;
      for (const std::string& k : keys)
        list += (list.empty() ? "\"" : ", \"") + k + "\"";
      i.message =
          (keys.size() == 1 ? "Unrecognized key: " : "Unrecognized keys: ") +
          list;
      return false;
    });
  }
}

bool IsCanonicalLoopbackIPv4(const std::string* host) {
  if (!host) return false;
  const std::string_view s = config::JsTrim(*host);
  // ipaddr.IPv4.isValidFourPartDecimal: four decimal parts without leading
  // zeros, each <= 255; loopback is 127.0.0.0/8.
  int parts = 0;
  size_t i = 0;
  int first = -1;
  while (i <= s.size()) {
    size_t j = i;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
    const std::string_view part = s.substr(i, j - i);
    if (part.empty() || part.size() > 3 ||
        (part.size() > 1 && part[0] == '0') ||
        std::stoi(std::string(part)) > 255) {
      return false;
    }
    if (first < 0) first = std::stoi(std::string(part));
    ++parts;
    if (j == s.size()) break;
    if (s[j] != '.') return false;
    i = j + 1;
  }
  return parts == 4 && first == 127;
}

// validateGatewayTailscaleBind (both releases, after the schema passed):
// tailscale serve/funnel need bind "loopback" (the default) or "custom"
// with a canonical loopback IPv4 customBindHost. Cases: serve_with_*,
// funnel_with_*, funnel_none_with_lan, migrations/alias_0000_ts_funnel
// (4.29 alias migrated to lan); near miss: serve_with_custom_127_0_0_2,
// exposure/loopback_* with serve/funnel; gated: serve_with_lan_bad_port.
bool TailscaleBind(const Value& root, Issues* out) {
  const Value* gateway = Object(&root, "gateway");
  const std::string* ts = String(Object(gateway, "tailscale"), "mode");
  if (!ts || (*ts != "serve" && *ts != "funnel")) return false;
  const std::string* bind = String(gateway, "bind");
  if (!bind || *bind == "loopback") return false;
  if (*bind == "custom" &&
      IsCanonicalLoopbackIPv4(String(gateway, "customBindHost"))) {
    return false;
  }
  out->push_back(Custom(
      "gateway.bind",
      "gateway.bind must resolve to loopback when gateway.tailscale.mode=" +
          *ts +
          " (use gateway.bind=\"loopback\" or gateway.bind=\"custom\" with "
          "gateway.customBindHost=\"127.0.0.1\")",
      SpanOf(*gateway, "bind")));
  return true;
}

// validateGatewayTailscaleAuth (2026.9.6 validation-core-*.mjs, after the
// bind rule): auth mode "none" with tailscale serve/funnel. Cases:
// mode_none_serve, http/no_auth_mode_none_{serve,funnel},
// exposure/custom127_funnel_none, combos/custom_funnel_none,
// fixtures/gateway.http.no_auth/severity_remote_critical_*; near miss:
// mode_none_tailscale_off.
bool TailscaleAuth(const Value& root, Profile profile, Issues* out) {
  if (profile == Profile::k2026_4_29) return false;
  const Value* gateway = Object(&root, "gateway");
  const std::string* ts = String(Object(gateway, "tailscale"), "mode");
  const Value* auth = Object(gateway, "auth");
  const std::string* mode = String(auth, "mode");
  if (!ts || (*ts != "serve" && *ts != "funnel") || !mode || *mode != "none") {
    return false;
  }
  out->push_back(Custom(
      "gateway.auth.mode",
      *ts == "funnel"
          ? "gateway.tailscale.mode=funnel requires "
            "gateway.auth.mode=password; "
            "auth.mode=none cannot be used when exposing the gateway through "
            "Tailscale Funnel"
          : "gateway.auth.mode=none cannot be used with "
            "gateway.tailscale.mode=" +
                *ts +
                "; configure token, password, or trusted-proxy auth before "
                "exposing the gateway through Tailscale",
      SpanOf(*auth, "mode")));
  return true;
}

}  // namespace

// ---------------------------------------------------------------------------
// 2. Custom messages of zod checks.

// GatewayTrustedProxyConfig: userHeader: z.string().min(1, "userHeader is
// required for trusted-proxy mode") (4.29 zod-schema-*.js; same in 9.6).
// Case: trusted_proxy_user_header_empty.
void RewordCheckMessages(Issues* issues) {
  for (Issue& i : *issues) {
    if (i.code == Code::kTooSmall &&
        i.path == "gateway.auth.trustedProxy.userHeader") {
      i.message = "userHeader is required for trusted-proxy mode";
    }
  }
}

void AddZodRefinements(const Value& root, Profile profile, Issues* issues) {
  Issues found;
  ForEachSandbox(root, profile,
                 [&](const Value& sandbox, const std::string& path) {
                   const std::string docker_path = path + ".docker";
                   const Value* docker = Object(&sandbox, "docker");
                   if (docker && !Aborted(*issues, docker_path)) {
                     DockerBinds(*docker, docker_path, profile, &found);
                     DockerNetwork(*docker, docker_path, &found);
                     DockerProfiles(*docker, docker_path, profile, &found);
                   }
                   const Value* browser = Object(&sandbox, "browser");
                   if (browser && !Aborted(*issues, path + ".browser")) {
                     BrowserNetwork(*browser, path + ".browser", &found);
                   }
                   if (!Aborted(*issues, path))
                     SandboxBrowserJoin(sandbox, path, &found);
                 });
  if (profile == Profile::k2026_9_6) AgentRoster(root, *issues, &found);
  // Before the channel/plugin (ajv) issues, which come last.
  auto ajv = std::find_if(issues->begin(), issues->end(),
                          [](const Issue& i) { return i.code == Code::kAjv; });
  issues->insert(ajv, found.begin(), found.end());
}

void ApplyLoaderRules(const Value& root, Profile profile, Issues* issues) {
  Issues policy;
  MutableSecretRefs(root, profile, &policy);
  LegacySecretRefMarkers(root, profile, &policy);
  const bool base_failed =
      std::any_of(issues->begin(), issues->end(),
                  [](const Issue& i) { return i.code != Code::kAjv; });
  if (base_failed) {
    DropRestatedIssues(policy, profile, issues);
    issues->insert(issues->begin(), policy.begin(), policy.end());
    return;
  }
  if (!policy.empty()) {
    *issues = std::move(policy);
    return;
  }
  Issues post;
  if (TailscaleBind(root, &post) || TailscaleAuth(root, profile, &post)) {
    *issues = std::move(post);
  }
}

}  // namespace clawlint::schema
