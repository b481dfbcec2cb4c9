#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class GatewayPasswordPlaceholderValue final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.password_placeholder_value",
      .severity = Severity::kCritical,
      .releases = k96,
      .title = "Gateway password is a blank or undefined/null placeholder",
      .remediation =
          "Generate a real secret (for example, `openssl rand -hex 32`) and "
          "update OPENCLAW_GATEWAY_PASSWORD or gateway.auth.password (or its "
          "external source). Restart the Gateway afterward.",
      .docs = R"md(## What it does
In password mode (2026.9.6), flags a gateway password that is blank or, after
trimming, the literal text `undefined` or `null`. The password checked is the
resolved one (`gateway.auth.password`, else `OPENCLAW_GATEWAY_PASSWORD`, else
`gateway.remote.password`), or the configured string when none resolves. A
SecretRef object is checked as the environment value it resolves to; one that
does not resolve, the `$NAME` shorthand and an unset `${VAR}` are not checked.

## Why is this bad?
These values come from blank input or JavaScript string coercion, not from a
secret generator: they are known to everyone. The 2026.9.6 gateway refuses to
start with them.

## Example
```json5
{ gateway: { auth: { mode: "password", password: "null" } } }
```

## Use instead
```json5
{ gateway: { auth: { mode: "password", password: "${OPENCLAW_GATEWAY_PASSWORD}" } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    GatewayAuth auth = ResolveGatewayAuth(c);
    if (auth.mode != "password") return;
    std::optional<std::string> password =
        SelectedGatewaySecret(c, auth, "password");
    if (!password) return;
    std::string_view p = Trim(*password);
    if (!p.empty() && p != "undefined" && p != "null") return;
    out.Report(
        c.Nearest("gateway.auth.password"), "gateway.auth.password",
        p.empty()
            ? "The gateway password is blank."
            : "The gateway password is the placeholder text undefined/null, "
              "not a secret.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(GatewayPasswordPlaceholderValue)
}  // namespace clawlint::checks
