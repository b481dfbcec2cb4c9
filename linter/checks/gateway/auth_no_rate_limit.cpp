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

class AuthNoRateLimit final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.auth_no_rate_limit",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "No auth rate limiting configured",
      .remediation =
          "Set gateway.auth.rateLimit (e.g. { maxAttempts: 10, windowMs: "
          "60000, lockoutMs: 300000 }).",
      .docs = R"md(## What it does
Flags a gateway bound beyond loopback, not in trusted-proxy auth mode, without
`gateway.auth.rateLimit`. Any rate-limit object counts, even an empty one
(which uses the built-in limits).

## Why is this bad?
Without rate limiting, anyone who can reach the port can try tokens or
passwords as fast as the network allows.

## Example
```json5
{ gateway: { bind: "lan", auth: { token: "${OPENCLAW_GATEWAY_TOKEN}" } } }
```

## Use instead
```json5
{
  gateway: {
    bind: "lan",
    auth: {
      token: "${OPENCLAW_GATEWAY_TOKEN}",
      rateLimit: { maxAttempts: 10, windowMs: 60000, lockoutMs: 300000 },
    },
  },
}
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (!ExposedByBind(c)) return;
    if (ResolveGatewayAuth(c).mode == "trusted-proxy") return;
    if (IsTruthy(c.Find("gateway.auth.rateLimit"))) return;
    out.Report(c.Nearest("gateway.auth.rateLimit"), "gateway.auth.rateLimit",
               "gateway.bind=\"" + std::string(Bind(c)) +
                   "\" but gateway.auth.rateLimit is not configured, so "
                   "brute-force attempts on the gateway credential are not "
                   "slowed down.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(AuthNoRateLimit)
}  // namespace clawlint::checks
