#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class TrustedProxyAllowLoopback final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.trusted_proxy_allow_loopback",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Trusted-proxy auth allows loopback proxy sources",
      .remediation =
          "Enable this only when a same-host reverse proxy is the intended "
          "trust boundary. Keep direct Gateway access private to the host and "
          "require the proxy to strip or overwrite identity headers.",
      .docs = R"md(## What it does
In trusted-proxy auth mode, flags `gateway.auth.trustedProxy.allowLoopback:
true`.

## Why is this bad?
Requests from a loopback address listed in `gateway.trustedProxies` then
satisfy trusted-proxy auth. Any local process (or anything that can make the
host connect to itself) can claim any identity with a forged header.

## Example
```json5
{
  gateway: {
    auth: { mode: "trusted-proxy", trustedProxy: { userHeader: "x-forwarded-user", allowLoopback: true } },
    trustedProxies: ["127.0.0.1"],
  },
}
```

## Use instead
Run the proxy on another address and keep `allowLoopback` off.
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (ResolveGatewayAuth(c).mode != "trusted-proxy") return;
    const config::Value* flag =
        c.Find("gateway.auth.trustedProxy.allowLoopback");
    if (!flag || !flag->is_true()) return;
    out.Report(*flag, "gateway.auth.trustedProxy.allowLoopback",
               "gateway.auth.trustedProxy.allowLoopback=true lets loopback "
               "requests from a trusted proxy address satisfy trusted-proxy "
               "auth.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(TrustedProxyAllowLoopback)
}  // namespace clawlint::checks
