#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class TrustedProxyDeviceAutoApprove final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.trusted_proxy_device_auto_approve",
      .severity = Severity::kWarn,
      .releases = k96,
      .title = "Trusted-proxy operator device auto-approval enabled",
      .remediation =
          "Enable this only when the proxy is the exclusive Gateway ingress, "
          "strongly authenticates users, overwrites identity headers, and "
          "restricts access with allowUsers.",
      .docs = R"md(## What it does
In trusted-proxy auth mode (2026.9.6), flags
`gateway.auth.trustedProxy.deviceAutoApprove.enabled: true`. 2026.4.29 has no
such setting and rejects the key.

## Why is this bad?
New browser and native UI operator devices are then paired on the proxy's word
alone: whoever the proxy lets through gets a paired operator device, with no
approval by an existing operator.

## Example
```json5
{
  gateway: {
    auth: {
      mode: "trusted-proxy",
      trustedProxy: { userHeader: "x-forwarded-user", deviceAutoApprove: { enabled: true } },
    },
    trustedProxies: ["10.0.0.5"],
  },
}
```

## Use instead
Approve devices manually (`deviceAutoApprove.enabled: false`), or restrict
`allowUsers` to the operators who may pair devices.
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (ResolveGatewayAuth(c).mode != "trusted-proxy") return;
    const config::Value* flag =
        c.Find("gateway.auth.trustedProxy.deviceAutoApprove.enabled");
    if (!flag || !flag->is_true()) return;
    out.Report(*flag, "gateway.auth.trustedProxy.deviceAutoApprove.enabled",
               "gateway.auth.trustedProxy.deviceAutoApprove.enabled=true "
               "pairs new operator devices on the proxy's identity alone.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(TrustedProxyDeviceAutoApprove)
}  // namespace clawlint::checks
