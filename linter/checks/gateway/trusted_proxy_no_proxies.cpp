#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class TrustedProxyNoProxies final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.trusted_proxy_no_proxies",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Trusted-proxy auth enabled but no trusted proxies configured",
      .remediation =
          "Set gateway.trustedProxies to the IP(s) of your reverse proxy.",
      .docs = R"md(## What it does
In trusted-proxy auth mode, flags a missing or empty `gateway.trustedProxies`.

## Why is this bad?
No request comes from a trusted proxy, so every request is rejected: the
gateway is unusable, and the usual "fix" under pressure is to loosen auth.

## Example
```json5
{ gateway: { auth: { mode: "trusted-proxy", trustedProxy: { userHeader: "x-forwarded-user" } } } }
```

## Use instead
```json5
{
  gateway: {
    auth: { mode: "trusted-proxy", trustedProxy: { userHeader: "x-forwarded-user" } },
    trustedProxies: ["10.0.0.5"],
  },
}
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (ResolveGatewayAuth(c).mode != "trusted-proxy") return;
    const config::Value* proxies = c.Find("gateway.trustedProxies");
    if (proxies && proxies->is_array() && !proxies->items.empty()) return;
    out.Report(c.Nearest("gateway.trustedProxies"), "gateway.trustedProxies",
               "gateway.auth.mode=\"trusted-proxy\" but gateway.trustedProxies "
               "is empty, so every request is rejected.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(TrustedProxyNoProxies)
}  // namespace clawlint::checks
