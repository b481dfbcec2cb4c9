#include "checks/helpers.h"

namespace clawlint::checks {

using config::ConfigView;
using config::Value;

namespace {

// Length of the JS whitespace/line-terminator code point at the start of
// `s`, or 0.
size_t WhitespaceAt(std::string_view s) {
  if (s.empty()) return 0;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  static constexpr std::string_view kMultiByte[] = {
      "\xC2\xA0",     "\xE1\x9A\x80", "\xE2\x80\x80", "\xE2\x80\x81",
      "\xE2\x80\x82", "\xE2\x80\x83", "\xE2\x80\x84", "\xE2\x80\x85",
      "\xE2\x80\x86", "\xE2\x80\x87", "\xE2\x80\x88", "\xE2\x80\x89",
      "\xE2\x80\x8A", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\xAF",
      "\xE2\x81\x9F", "\xE3\x80\x80", "\xEF\xBB\xBF"};
  for (std::string_view ws : kMultiByte) {
    if (s.substr(0, ws.size()) == ws) return ws.size();
  }
  return 0;
}

size_t TrailingWhitespace(std::string_view s) {
  for (size_t len = 1; len <= 3 && len <= s.size(); ++len) {
    std::string_view tail = s.substr(s.size() - len);
    if (WhitespaceAt(tail) == len) return len;
  }
  return 0;
}

}  // namespace

std::string_view Trim(std::string_view s) {
  while (size_t n = WhitespaceAt(s)) s.remove_prefix(n);
  while (size_t n = TrailingWhitespace(s)) s.remove_suffix(n);
  return s;
}

size_t Utf16Length(std::string_view s) {
  size_t units = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) == 0x80) continue;
    units += c >= 0xF0 ? 2 : 1;  // astral code points are surrogate pairs
  }
  return units;
}

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

std::string ResolvedSecret(const ConfigView& c, std::string_view path) {
  const Value* v = c.Find(path);
  if (!v) return "";
  if (IsSecretRef(v)) return ResolveSecretRef(c, *v);
  if (!v->is_string() || HasUnresolvedEnv(v)) return "";
  return std::string(Trim(v->string));
}

namespace {

// configured(x) of §1.3: a non-blank string (4.29: even a literal ${X}) or a
// SecretRef object.
bool Configured(const ConfigView& c, std::string_view path) {
  const Value* v = c.Find(path);
  if (IsSecretRef(v)) return true;
  if (!IsNonBlankString(v)) return false;
  return c.is_4_29() || !HasUnresolvedEnv(v);
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

bool HasSharedSecret(const ConfigView& c, const GatewayAuth& auth) {
  const Value* mode_value = c.Find("gateway.auth.mode");
  std::string_view explicit_mode = mode_value && mode_value->is_string()
                                       ? std::string_view(mode_value->string)
                                       : std::string_view();
  const bool token_can_win = !auth.token.empty() ||
                             EnvNonBlank(c, "OPENCLAW_GATEWAY_TOKEN") ||
                             Configured(c, "gateway.auth.token") ||
                             Configured(c, "gateway.remote.token");
  const bool password_can_win =
      explicit_mode == "password" ||
      (explicit_mode != "token" && explicit_mode != "none" &&
       explicit_mode != "trusted-proxy" && !token_can_win);
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

}  // namespace clawlint::checks

namespace clawlint::checks {

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
