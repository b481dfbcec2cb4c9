#include "checks/check.h"
#include "checks/helpers.h"
#include "fix/edits.h"

namespace clawlint::checks {
namespace {

class BindNoAuth final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.bind_no_auth",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Gateway binds beyond loopback without auth",
      .remediation =
          "Set gateway.auth (token recommended) or bind to loopback.",
      .docs = R"md(## What it does
Flags a gateway that listens on a non-loopback address (`gateway.bind` other
than `loopback`, including the legacy aliases `0.0.0.0`, `::` and `*`) while no
shared secret (token or password) is configured.

## Why is this bad?
Anyone who can reach the port can drive the assistant: read sessions, run
tools, change config. In 2026.4.29 `trusted-proxy` mode does not count as a
shared secret here; in 2026.9.6 it does.

## Example
```json5
{ gateway: { bind: "lan" } }
```

## Use instead
```json5
{ gateway: { bind: "lan", auth: { mode: "token", token: "${OPENCLAW_GATEWAY_TOKEN}" } } }
```

## Fix safety
Unsafe: the gateway stops answering on other interfaces; clients on the LAN or tailnet lose access until auth is set and the bind restored. Offered only when `gateway.bind` is written as a string.
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (!ExposedByBind(c)) return;
    GatewayAuth auth = ResolveGatewayAuth(c);
    const bool protected_ =
        c.is_4_29() ? HasSharedSecret(c, auth) || auth.mode == "trusted-proxy"
                    : HasGatewayAuth(c, auth);
    if (protected_) return;
    Finding& finding =
        out.Report(c.Nearest("gateway.bind"), "gateway.bind",
                   "gateway.bind=\"" + std::string(Bind(c)) +
                       "\" but no gateway.auth token/password is configured.");
    if (const config::Value* bind = c.Find("gateway.bind")) {
      if (auto edit = fix::ReplaceString(c.sources(), *bind, "loopback")) {
        finding.fix = fix::Fix::Unsafe("Bind the gateway to loopback",
                                       {std::move(*edit)});
      }
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(BindNoAuth)
}  // namespace clawlint::checks
