#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class HooksTokenReuseGatewayToken final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "hooks.token_reuse_gateway_token",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Hooks token reuses the Gateway token",
      .remediation = "Use a separate hooks.token dedicated to hook ingress.",
      .docs = R"md(## What it does
With webhooks enabled, flags a `hooks.token` equal to the gateway's shared
secret: in 2026.4.29 the gateway token (token mode) or the
`OPENCLAW_GATEWAY_TOKEN` environment value; in 2026.9.6 the active shared
secret (token, including `gateway.remote.token`, or password).

## Why is this bad?
Webhook senders (mail relays, CI, third-party services) then hold the key to
the whole gateway, and rotating one secret silently breaks the other.

## Example
```json5
{ gateway: { auth: { token: "same-long-token-for-both-uses" } },
  hooks: { enabled: true, token: "same-long-token-for-both-uses" } }
```

## Use instead
Two different secrets, each from its own environment variable.
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (!HooksEnabled(c)) return;
    std::string_view token = HooksToken(c);
    if (token.empty()) return;
    const std::string secret = SharedSecret(c);
    if (secret.empty() || token != secret) return;
    out.Report(c.Nearest("hooks.token"), "hooks.token",
               "hooks.token equals the gateway auth secret; a webhook sender "
               "could authenticate to the gateway.");
  }

 private:
  static std::string SharedSecret(const config::ConfigView& c) {
    GatewayAuth auth = ResolveGatewayAuth(c);
    if (c.is_4_29()) {
      if (auth.mode == "token") return auth.token;
      return std::string(Trim(c.EnvValue("OPENCLAW_GATEWAY_TOKEN")));
    }
    if (auth.mode == "token") return auth.token;
    if (auth.mode == "password" || auth.mode == "trusted-proxy") {
      return auth.password;
    }
    return "";
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(HooksTokenReuseGatewayToken)
}  // namespace clawlint::checks
