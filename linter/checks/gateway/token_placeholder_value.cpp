#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class GatewayTokenPlaceholderValue final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.token_placeholder_value",
      .severity = Severity::kCritical,
      .releases = k96,
      .title = "Gateway token is a blank or undefined/null placeholder",
      .remediation =
          "Run `openclaw doctor --fix --generate-gateway-token` for an inline "
          "token; otherwise rotate its external secret source. Restart the "
          "Gateway afterward.",
      .docs = R"md(## What it does
In token mode (2026.9.6), flags a gateway token that is blank or, after
trimming, the literal text `undefined` or `null`. The token checked is the
resolved one (`gateway.auth.token`, else `OPENCLAW_GATEWAY_TOKEN`, else
`gateway.remote.token`), or the configured string when none resolves. A
SecretRef object is checked as the environment value it resolves to; one that
does not resolve, the `$NAME` shorthand and an unset `${VAR}` are not checked.

## Why is this bad?
These values come from blank input or JavaScript string coercion, not from a
secret generator: they are known to everyone. The 2026.9.6 gateway refuses to
start with them.

## Example
```json5
{ gateway: { auth: { mode: "token", token: "undefined" } } }
```

## Use instead
```json5
{ gateway: { auth: { mode: "token", token: "${OPENCLAW_GATEWAY_TOKEN}" } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    GatewayAuth auth = ResolveGatewayAuth(c);
    if (auth.mode != "token") return;
    std::optional<std::string> token = SelectedGatewaySecret(c, auth, "token");
    if (!token) return;
    std::string_view t = Trim(*token);
    if (!t.empty() && t != "undefined" && t != "null") return;
    out.Report(
        c.Nearest("gateway.auth.token"), "gateway.auth.token",
        t.empty() ? "The gateway token is blank."
                  : "The gateway token is the placeholder text undefined/null, "
                    "not a secret.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(GatewayTokenPlaceholderValue)
}  // namespace clawlint::checks
