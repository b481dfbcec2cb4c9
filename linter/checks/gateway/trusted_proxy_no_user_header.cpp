#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

// JavaScript truthiness of a config value (absent = undefined).
bool IsTruthy(const config::Value* v) {
  if (!v || v->is_null()) return false;
  if (v->is_bool()) return v->boolean;
  if (v->is_number()) return v->number != 0 && v->number == v->number;
  if (v->is_string()) return !v->string.empty();
  return true;
}

class TrustedProxyNoUserHeader final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.trusted_proxy_no_user_header",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Trusted-proxy auth missing userHeader config",
      .remediation =
          "Set gateway.auth.trustedProxy.userHeader to the header name your "
          "proxy uses (e.g., \"x-forwarded-user\", "
          "\"x-pomerium-claim-email\").",
      .docs = R"md(## What it does
In trusted-proxy auth mode, flags a missing or empty
`gateway.auth.trustedProxy.userHeader` (any falsy value; a whitespace-only
name is not flagged).

## Why is this bad?
The gateway does not know which header carries the authenticated user, so
trusted-proxy auth cannot identify anyone.

## Example
```json5
{ gateway: { auth: { mode: "trusted-proxy" }, trustedProxies: ["10.0.0.5"] } }
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
    const config::Value* header =
        c.Find("gateway.auth.trustedProxy.userHeader");
    if (IsTruthy(header)) return;
    out.Report(c.Nearest("gateway.auth.trustedProxy.userHeader"),
               "gateway.auth.trustedProxy.userHeader",
               "gateway.auth.mode=\"trusted-proxy\" but "
               "gateway.auth.trustedProxy.userHeader is not set.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(TrustedProxyNoUserHeader)
}  // namespace clawlint::checks
