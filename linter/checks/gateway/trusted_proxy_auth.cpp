#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

// 2026.9.6 adds the same-host proxy rule to the remediation.
constexpr std::string_view kRemediation96 =
    "Verify: (1) Your proxy terminates TLS and authenticates users. (2) "
    "gateway.trustedProxies is restricted to proxy IPs only. (3) Direct access "
    "to the Gateway port is blocked by firewall. Same-host proxy requests are "
    "rejected unless gateway.auth.trustedProxy.allowLoopback=true and "
    "gateway.trustedProxies includes their loopback source; enable only for a "
    "deliberate same-host trust boundary. See /gateway/trusted-proxy-auth for "
    "setup guidance.";

class TrustedProxyAuth final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.trusted_proxy_auth",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Trusted-proxy auth mode enabled",
      .remediation =
          "Verify: (1) Your proxy terminates TLS and authenticates users. (2) "
          "gateway.trustedProxies is restricted to proxy IPs only. (3) Direct "
          "access to the Gateway port is blocked by firewall. See "
          "/gateway/trusted-proxy-auth for setup guidance.",
      .docs = R"md(## What it does
Flags `gateway.auth.mode: "trusted-proxy"`, always: the gateway then takes the
user's identity from a header set by a reverse proxy.

## Why is this bad?
The gateway's security now rests entirely on the proxy: it must authenticate
every user, overwrite the identity header, and be the only way to reach the
gateway port. A request that reaches the gateway directly from a trusted proxy
address with a forged header is fully authenticated.

## Example
```json5
{
  gateway: {
    auth: { mode: "trusted-proxy", trustedProxy: { userHeader: "x-forwarded-user" } },
    trustedProxies: ["10.0.0.5"],
  },
}
```

## Use instead
Token auth, unless a hardened identity-aware proxy is the intended boundary:
```json5
{ gateway: { auth: { mode: "token", token: "${OPENCLAW_GATEWAY_TOKEN}" } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (ResolveGatewayAuth(c).mode != "trusted-proxy") return;
    Finding& f =
        out.Report(c.Nearest("gateway.auth.mode"), "gateway.auth.mode",
                   "gateway.auth.mode=\"trusted-proxy\" delegates "
                   "authentication to the reverse proxy in front of the "
                   "gateway.");
    if (!c.is_4_29()) f.remediation = std::string(kRemediation96);
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(TrustedProxyAuth)
}  // namespace clawlint::checks
