#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class LoopbackNoAuth final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.loopback_no_auth",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Gateway auth missing on loopback",
      .remediation =
          "Set gateway.auth (token recommended) "
          "or keep the Control UI local-only.",
      .docs = R"md(## What it does
Flags a loopback-bound gateway with the Control UI enabled (the default) and
no gateway auth: no shared secret and no Tailscale identity on `serve`.

## Why is this bad?
Loopback is not a trust boundary: a reverse proxy, an SSH tunnel or any local
process forwards requests as if they came from 127.0.0.1, and then reaches the
Control UI unauthenticated. In 2026.4.29 `trusted-proxy` mode still fires
this check; in 2026.9.6 it does not.

## Example
```json5
{ gateway: { bind: "loopback" } }
```

## Use instead
```json5
{ gateway: { bind: "loopback", auth: { token: "${OPENCLAW_GATEWAY_TOKEN}" } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (Bind(c) != "loopback" || !ControlUiEnabled(c)) return;
    GatewayAuth auth = ResolveGatewayAuth(c);
    const bool authed =
        c.is_4_29() ? HasGatewayAuth(c, auth) : HasLoopbackAuth(c, auth);
    if (authed) return;
    out.Report(c.Nearest("gateway.auth"), "gateway.auth",
               "gateway.bind is loopback and no gateway auth secret is "
               "configured; anything that can reach the port (a proxy, a "
               "tunnel, a local process) gets the Control UI without auth.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(LoopbackNoAuth)
}  // namespace clawlint::checks
