#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class TrustedProxyNoAllowlist final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.trusted_proxy_no_allowlist",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Trusted-proxy auth allows all authenticated users",
      .remediation =
          "Consider setting gateway.auth.trustedProxy.allowUsers to restrict "
          "access to specific users (e.g., [\"nick@example.com\"]).",
      .docs = R"md(## What it does
In trusted-proxy auth mode, flags a missing or empty
`gateway.auth.trustedProxy.allowUsers`.

## Why is this bad?
Every user your proxy authenticates (possibly a whole company directory or any
social login) gets full access to the assistant.

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
```json5
{
  gateway: {
    auth: {
      mode: "trusted-proxy",
      trustedProxy: { userHeader: "x-forwarded-user", allowUsers: ["nick@example.com"] },
    },
    trustedProxies: ["10.0.0.5"],
  },
}
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (ResolveGatewayAuth(c).mode != "trusted-proxy") return;
    const config::Value* users = c.Find("gateway.auth.trustedProxy.allowUsers");
    // (allowUsers ?? []).length === 0
    if (users && !users->is_null()) {
      if (users->is_array() && !users->items.empty()) return;
      if (users->is_string() && !users->string.empty()) return;
      if (!users->is_array() && !users->is_string()) return;
    }
    out.Report(c.Nearest("gateway.auth.trustedProxy.allowUsers"),
               "gateway.auth.trustedProxy.allowUsers",
               "gateway.auth.trustedProxy.allowUsers is empty: every user the "
               "proxy authenticates can use the gateway.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(TrustedProxyNoAllowlist)
}  // namespace clawlint::checks
