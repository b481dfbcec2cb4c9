#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class GatewayHttpNoAuth final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.http.no_auth",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Gateway HTTP APIs are reachable without auth",
      .remediation =
          "Set gateway.auth.mode to token/password (recommended). If you "
          "intentionally keep mode=none, keep gateway.bind=loopback and "
          "disable optional HTTP endpoints.",
      .docs = R"md(## What it does
Flags a gateway whose HTTP APIs (`/tools/invoke`, and the OpenAI-compatible
`/v1/chat/completions` and `/v1/responses` when enabled) need no credential.

- 2026.4.29: fires only when `gateway.auth.mode` is `"none"`.
- 2026.9.6: fires whenever the resolved auth has no usable credential: mode
  `none`, token mode without a token, password mode without a password (an
  unset `${VAR}` or an unresolvable SecretRef does not count). Trusted-proxy
  mode counts as auth. An empty config therefore fires in 2026.9.6.

Critical when the gateway is reachable remotely (non-loopback bind, or
Tailscale serve/funnel), warn otherwise. Environment variables
(`OPENCLAW_GATEWAY_TOKEN`, `OPENCLAW_GATEWAY_PASSWORD`) count when given with
`--env`.

## Why is this bad?
Anyone who can reach the port can invoke tools and drive agents through the
HTTP API.

## Example
```json5
{ gateway: { auth: { mode: "none" } } }
```

## Use instead
```json5
{ gateway: { auth: { mode: "token", token: "${OPENCLAW_GATEWAY_TOKEN}" } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const GatewayAuth auth = ResolveGatewayAuth(c);
    if (c.is_4_29() ? auth.mode != "none" : HasHttpAuth(auth)) return;
    std::string endpoints = "/tools/invoke";
    if (IsTrue(c.Find("gateway.http.endpoints.chatCompletions.enabled"))) {
      endpoints += ", /v1/chat/completions";
    }
    if (IsTrue(c.Find("gateway.http.endpoints.responses.enabled"))) {
      endpoints += ", /v1/responses";
    }
    if (!c.is_4_29()) {
      const config::Value* entries = c.Find("plugins.entries");
      const config::Value* rpc =
          entries ? entries->Get("admin-http-rpc") : nullptr;
      if (rpc && IsTrue(rpc->Get("enabled")))
        endpoints += ", /api/v1/admin/rpc";
    }
    Finding& f = out.Report(
        c.Nearest("gateway.auth.mode"), "gateway.auth.mode",
        "gateway.auth.mode=\"none\" leaves " + endpoints +
            " callable without a shared secret. Treat this as trusted-local "
            "only and avoid exposing the gateway beyond loopback.",
        RemotelyExposed(c) ? Severity::kCritical : Severity::kWarn);
    if (!c.is_4_29()) f.remediation = std::string(kRemediation96);
  }

 private:
  static bool IsTrue(const config::Value* v) { return v && v->is_true(); }

  static constexpr std::string_view kRemediation96 =
      "Set gateway.auth.mode to token/password (recommended). If you "
      "intentionally keep mode=none, keep gateway.bind=loopback and disable "
      "optional HTTP endpoints/plugins.";

  // hasResolvedGatewayHttpAuth (2026.9.6).
  static bool HasHttpAuth(const GatewayAuth& auth) {
    if (auth.mode == "token") return !auth.token.empty();
    if (auth.mode == "password") return !auth.password.empty();
    return auth.mode == "trusted-proxy";
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(GatewayHttpNoAuth)
}  // namespace clawlint::checks
