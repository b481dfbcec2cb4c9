#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class TrustedProxyDeviceAutoApproveAdmin final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.trusted_proxy_device_auto_approve_admin",
      .severity = Severity::kCritical,
      .releases = k96,
      .title = "Trusted-proxy device auto-approval allows full admin",
      .remediation =
          "Remove operator.admin and approve admin access manually, or grant "
          "admin per identity via gateway.auth.identityScopes.",
      .docs = R"md(## What it does
In trusted-proxy auth mode with device auto-approval enabled (2026.9.6), flags
an `operator.admin` entry (after trimming) in
`gateway.auth.trustedProxy.deviceAutoApprove.scopes`.

## Why is this bad?
Every user the proxy authenticates can then auto-approve a new operator device
with full admin rights; requests that ask for no scopes get full admin
automatically.

## Example
```json5
{
  gateway: {
    auth: {
      mode: "trusted-proxy",
      trustedProxy: {
        userHeader: "x-forwarded-user",
        deviceAutoApprove: { enabled: true, scopes: ["operator.admin"] },
      },
    },
    trustedProxies: ["10.0.0.5"],
  },
}
```

## Use instead
Auto-approve only narrower scopes and grant admin per identity with
`gateway.auth.identityScopes`.
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (ResolveGatewayAuth(c).mode != "trusted-proxy") return;
    const config::Value* enabled =
        c.Find("gateway.auth.trustedProxy.deviceAutoApprove.enabled");
    if (!enabled || !enabled->is_true()) return;
    const config::Value* scopes =
        c.Find("gateway.auth.trustedProxy.deviceAutoApprove.scopes");
    if (!scopes || !scopes->is_array()) return;
    for (size_t i = 0; i < scopes->items.size(); ++i) {
      const config::Value& scope = *scopes->items[i];
      if (!scope.is_string() || Trim(scope.string) != "operator.admin")
        continue;
      out.Report(scope,
                 "gateway.auth.trustedProxy.deviceAutoApprove.scopes[" +
                     std::to_string(i) + "]",
                 "Device auto-approval grants operator.admin to every "
                 "proxy-authenticated user.");
      return;
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(TrustedProxyDeviceAutoApproveAdmin)
}  // namespace clawlint::checks
