#include "checks/helpers.h"

#include <re2/re2.h>

#include <cctype>

#include "config/env.h"
#include "config/js_string.h"

namespace clawlint::checks {

using config::ConfigView;
using config::Value;

std::string_view Trim(std::string_view s) { return config::JsTrim(s); }

size_t Utf16Length(std::string_view s) { return config::JsLength(s); }

std::string_view StringAt(const ConfigView& c, std::string_view path) {
  const Value* v = c.Find(path);
  return v && v->is_string() ? std::string_view(v->string) : std::string_view{};
}

bool IsNonBlankString(const Value* v) {
  return v && v->is_string() && !Trim(v->string).empty();
}

bool IsSecretRef(const Value* v) {
  if (!v || !v->is_object()) return false;
  const Value* source = v->Get("source");
  const Value* id = v->Get("id");
  return source && source->is_string() && id && id->is_string();
}

bool HasUnresolvedEnv(const Value* v) {
  return v && v->is_string() && v->env_unresolved;
}

std::string_view Bind(const ConfigView& c) {
  const Value* v = c.Find("gateway.bind");
  return v && v->is_string() ? std::string_view(v->string) : "loopback";
}

std::string_view TailscaleMode(const ConfigView& c) {
  const Value* v = c.Find("gateway.tailscale.mode");
  return v && v->is_string() ? std::string_view(v->string) : "off";
}

bool ExposedByBind(const ConfigView& c) { return Bind(c) != "loopback"; }

bool RemotelyExposed(const ConfigView& c) {
  std::string_view ts = TailscaleMode(c);
  return ExposedByBind(c) || ts == "serve" || ts == "funnel";
}

bool ControlUiEnabled(const ConfigView& c) {
  const Value* v = c.Find("gateway.controlUi.enabled");
  return !(v && v->is_false());
}

namespace {

// A SecretRef resolved from the --env map where the reference could resolve
// it locally (env source, default or env-typed provider); "" otherwise.
std::string ResolveSecretRef(const ConfigView& c, const Value& ref) {
  const Value* source = ref.Get("source");
  if (!source || source->string != "env") return "";
  const Value* provider = ref.Get("provider");
  std::string alias =
      provider && provider->is_string() ? provider->string : "default";
  if (alias != "default") {
    const Value* p = c.Find("secrets.providers." + alias + ".source");
    if (!p || !p->is_string() || p->string != "env") return "";
  }
  return std::string(Trim(c.EnvValue(ref.Get("id")->string)));
}

}  // namespace

namespace {

// A `${NAME}` template anywhere in `s`, also one that an escape (`$${X}`)
// produced: 4.29 never takes such a string as a secret.
bool ContainsEnvTemplate(std::string_view s) {
  for (size_t at = s.find("${"); at != std::string_view::npos;
       at = s.find("${", at + 1)) {
    size_t close = s.find('}', at + 2);
    if (close != std::string_view::npos &&
        config::IsEnvName(s.substr(at + 2, close - at - 2))) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string ResolvedSecret(const ConfigView& c, std::string_view path) {
  const Value* v = c.Find(path);
  if (!v) return "";
  if (IsSecretRef(v)) return ResolveSecretRef(c, *v);
  if (!v->is_string() || HasUnresolvedEnv(v)) return "";
  std::string_view s = Trim(v->string);
  if (c.is_4_29() && ContainsEnvTemplate(s)) return "";
  // 9.6 records a `$NAME` string as a pending env reference that its audit
  // never resolves, even with NAME set.
  if (!c.is_4_29() && !EnvSecretShorthand(s).empty()) return "";
  return std::string(s);
}

namespace {

// configured(x) of §1.3: a non-blank string (4.29: even a literal ${X}) or a
// SecretRef object.
bool Configured(const ConfigView& c, std::string_view path) {
  const Value* v = c.Find(path);
  if (IsSecretRef(v)) return true;
  if (!IsNonBlankString(v)) return false;
  return c.is_4_29() ||
         (!HasUnresolvedEnv(v) && EnvSecretShorthand(v->string).empty());
}

bool EnvNonBlank(const ConfigView& c, std::string_view name) {
  return !Trim(c.EnvValue(name)).empty();
}

}  // namespace

GatewayAuth ResolveGatewayAuth(const ConfigView& c) {
  GatewayAuth auth;
  auth.token = ResolvedSecret(c, "gateway.auth.token");
  if (auth.token.empty()) {
    auth.token = std::string(Trim(c.EnvValue("OPENCLAW_GATEWAY_TOKEN")));
  }
  auth.password = ResolvedSecret(c, "gateway.auth.password");
  if (auth.password.empty()) {
    auth.password = std::string(Trim(c.EnvValue("OPENCLAW_GATEWAY_PASSWORD")));
  }
  const Value* mode = c.Find("gateway.auth.mode");
  if (!c.is_4_29()) {
    // 9.6 falls back to the remote credentials (except password in
    // trusted-proxy mode).
    if (auth.token.empty())
      auth.token = ResolvedSecret(c, "gateway.remote.token");
    bool trusted_proxy =
        mode && mode->is_string() && mode->string == "trusted-proxy";
    if (auth.password.empty() && !trusted_proxy) {
      auth.password = ResolvedSecret(c, "gateway.remote.password");
    }
  }
  if (mode && mode->is_string()) {
    auth.mode = mode->string;
  } else {
    auth.mode = auth.password.empty() ? "token" : "password";
  }
  const Value* allow = c.Find("gateway.auth.allowTailscale");
  if (allow && allow->is_bool()) {
    auth.allow_tailscale = allow->boolean;
  } else {
    auth.allow_tailscale = TailscaleMode(c) == "serve" &&
                           auth.mode != "password" &&
                           auth.mode != "trusted-proxy";
  }
  return auth;
}

namespace {

std::string_view ExplicitAuthMode(const ConfigView& c) {
  const Value* mode = c.Find("gateway.auth.mode");
  return mode && mode->is_string() ? std::string_view(mode->string)
                                   : std::string_view();
}

bool TokenCanWin(const ConfigView& c, const GatewayAuth& auth) {
  return !auth.token.empty() || EnvNonBlank(c, "OPENCLAW_GATEWAY_TOKEN") ||
         Configured(c, "gateway.auth.token") ||
         Configured(c, "gateway.remote.token");
}

}  // namespace

bool PasswordCanWin(const ConfigView& c, const GatewayAuth& auth) {
  std::string_view explicit_mode = ExplicitAuthMode(c);
  return explicit_mode == "password" ||
         (explicit_mode != "token" && explicit_mode != "none" &&
          explicit_mode != "trusted-proxy" && !TokenCanWin(c, auth));
}

bool HasSharedSecret(const ConfigView& c, const GatewayAuth& auth) {
  std::string_view explicit_mode = ExplicitAuthMode(c);
  const bool token_can_win = TokenCanWin(c, auth);
  const bool password_can_win = PasswordCanWin(c, auth);
  const bool password_configured =
      !auth.password.empty() ||
      (password_can_win && (EnvNonBlank(c, "OPENCLAW_GATEWAY_PASSWORD") ||
                            Configured(c, "gateway.auth.password")));
  if (explicit_mode == "token") return token_can_win;
  if (explicit_mode == "password") return password_configured;
  if (explicit_mode == "none" || explicit_mode == "trusted-proxy") return false;
  return token_can_win || password_configured;
}

bool HasGatewayAuth(const ConfigView& c, const GatewayAuth& auth) {
  const bool shared = HasSharedSecret(c, auth);
  if (c.is_4_29()) {
    return shared || (auth.allow_tailscale && TailscaleMode(c) == "serve");
  }
  return shared || auth.mode == "trusted-proxy";
}

bool HasLoopbackAuth(const ConfigView& c, const GatewayAuth& auth) {
  return HasGatewayAuth(c, auth) ||
         (auth.allow_tailscale && TailscaleMode(c) == "serve");
}

namespace {

bool IsEnvSecretName(std::string_view s) {
  if (s.empty() || s.size() > 128 || s[0] < 'A' || s[0] > 'Z') return false;
  for (char ch : s) {
    if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_'))
      return false;
  }
  return true;
}

}  // namespace

std::string_view EnvSecretShorthand(std::string_view s, bool braced) {
  s = Trim(s);
  if (s.starts_with("${")) {
    if (!braced || s.size() <= 3 || !s.ends_with("}")) return {};
    s = s.substr(2, s.size() - 3);
  } else if (s.size() > 1 && s[0] == '$') {
    s = s.substr(1);
  } else {
    return {};
  }
  return IsEnvSecretName(s) ? s : std::string_view{};
}

std::optional<std::string> SelectedGatewaySecret(const ConfigView& c,
                                                 const GatewayAuth& auth,
                                                 std::string_view credential) {
  const std::string path = "gateway.auth." + std::string(credential);
  const Value* raw = c.Find(path);
  if (HasUnresolvedEnv(raw)) return std::nullopt;
  // A SecretRef object the audit can materialize (env source, variable set)
  // is checked as the value it resolves to; any other one is skipped.
  if (IsSecretRef(raw)) {
    std::string value = ResolvedSecret(c, path);
    if (value.empty()) return std::nullopt;
    return value;
  }
  // 9.6 records a `$NAME` string as a pending env reference and its audit
  // never resolves it (not even with NAME set).
  if (raw && raw->is_string() && !EnvSecretShorthand(raw->string).empty())
    return std::nullopt;
  const std::string& resolved =
      credential == "token" ? auth.token : auth.password;
  if (!resolved.empty()) return resolved;
  if (raw && raw->is_string()) return raw->string;
  return std::nullopt;
}

}  // namespace clawlint::checks

namespace clawlint::checks {

std::vector<const config::MemberEntry*> NpmHookInstalls(
    const config::ConfigView& c) {
  std::vector<const config::MemberEntry*> out;
  const config::Value* installs = c.Find("hooks.internal.installs");
  if (!installs || !installs->is_object()) return out;
  for (const config::MemberEntry& m : installs->members) {
    const config::Value* source = m.value->Get("source");
    if (source && source->is_string() && source->string == "npm") {
      out.push_back(&m);
    }
  }
  return out;
}

bool HooksEnabled(const config::ConfigView& c) {
  const config::Value* v = c.Find("hooks.enabled");
  return v && v->is_true();
}

std::string_view HooksToken(const config::ConfigView& c) {
  return Trim(StringAt(c, "hooks.token"));
}

Severity ExposureSeverity(const config::ConfigView& c) {
  return RemotelyExposed(c) ? Severity::kCritical : Severity::kWarn;
}

}  // namespace clawlint::checks

namespace clawlint::checks {

namespace {

bool IsJsObject(const config::Value* v) {
  return v && (v->is_object() || v->is_array());  // typeof === "object"
}

// The value of `agents.<key>` when the property is present and not
// undefined (a JSON null counts as present).
const config::Value* RosterProperty(const config::ConfigView& c,
                                    std::string_view key) {
  const config::Value* agents = c.Find("agents");
  return agents && agents->is_object() ? agents->Get(key) : nullptr;
}

}  // namespace

std::vector<AgentEntry> AgentEntries(const config::ConfigView& c) {
  std::vector<AgentEntry> out;
  const bool v96 = !c.is_4_29();
  const config::Value* entries = v96 ? RosterProperty(c, "entries") : nullptr;
  if (entries) {
    if (!entries->is_object()) return out;
    for (const config::MemberEntry& m : entries->members) {
      if (!m.value->is_object()) continue;
      out.push_back({m.key, true, m.value.get(), "agents.entries." + m.key,
                     "agents.entries." + m.key});
    }
    return out;
  }
  const config::Value* list = RosterProperty(c, "list");
  if (!list || !list->is_array()) return out;
  for (size_t i = 0; i < list->items.size(); ++i) {
    const config::Value* entry = list->items[i].get();
    if (!IsJsObject(entry)) continue;
    AgentEntry a;
    a.value = entry;
    a.path = "agents.list[" + std::to_string(i) + "]";
    const config::Value* id = entry->Get("id");
    a.has_string_id = id && id->is_string();
    if (a.has_string_id) a.id = id->string;
    a.label = (v96 ? "agents.entries." : "agents.list.") + a.id;
    out.push_back(std::move(a));
  }
  return out;
}

std::string NormalizeAgentId(std::string_view raw) {
  std::string_view trimmed = Trim(raw);
  std::string lower;
  for (char ch : trimmed) {
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  auto valid_char = [](char ch) {
    return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' ||
           ch == '-';
  };
  bool valid = !lower.empty() && lower.size() <= 64 &&
               std::isalnum(static_cast<unsigned char>(lower[0]));
  for (char ch : lower) valid = valid && valid_char(ch);
  if (valid) return lower;
  // Runs of invalid characters become one "-", then leading and trailing
  // dashes go and the result is cut to 64 characters.
  std::string folded;
  bool in_run = false;
  for (char ch : lower) {
    if (valid_char(ch)) {
      folded += ch;
      in_run = false;
    } else if (!in_run) {
      folded += '-';
      in_run = true;
    }
  }
  size_t begin = folded.find_first_not_of('-');
  if (begin == std::string::npos) return "main";
  size_t end = folded.find_last_not_of('-');
  folded = folded.substr(begin, end - begin + 1).substr(0, 64);
  return folded.empty() ? "main" : folded;
}

const AgentEntry* FindAgent(const std::vector<AgentEntry>& agents,
                            std::string_view agent_id) {
  const std::string wanted = NormalizeAgentId(agent_id);
  for (const AgentEntry& a : agents) {
    if (NormalizeAgentId(a.id) == wanted) return &a;
  }
  return nullptr;
}

std::string SandboxMode(const config::ConfigView& c, const AgentEntry* agent) {
  auto mode_of = [](const config::Value* sandbox) -> const config::Value* {
    if (!sandbox || !sandbox->is_object()) return nullptr;
    const config::Value* mode = sandbox->Get("mode");
    return mode && !mode->is_null() ? mode : nullptr;
  };
  const config::Value* mode =
      agent ? mode_of(agent->value->Get("sandbox")) : nullptr;
  if (!mode) mode = mode_of(c.Find("agents.defaults.sandbox"));
  if (mode && mode->is_string()) return mode->string;
  return mode ? "" : "off";
}

}  // namespace clawlint::checks

namespace clawlint::checks {

std::vector<DockerBlock> SandboxDockerBlocks(const config::ConfigView& c) {
  std::vector<DockerBlock> out;
  const config::Value* defaults = c.Find("agents.defaults.sandbox.docker");
  if (IsJsObject(defaults)) {
    out.push_back({"agents.defaults.sandbox.docker",
                   "agents.defaults.sandbox.docker", defaults});
  }
  for (const AgentEntry& agent : AgentEntries(c)) {
    if (!agent.has_string_id) continue;
    const config::Value* sandbox = agent.value->Get("sandbox");
    const config::Value* docker = sandbox ? sandbox->Get("docker") : nullptr;
    if (!IsJsObject(docker)) continue;
    out.push_back({agent.label + ".sandbox.docker",
                   agent.path + ".sandbox.docker", docker});
  }
  return out;
}

}  // namespace clawlint::checks
