#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

constexpr size_t kMinPasswordLength = 24;

class GatewayPasswordTooShort final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.password_too_short",
      .severity = Severity::kWarn,
      .releases = k96,
      .title = "Gateway password looks short",
      .remediation = "",
      .docs = R"md(## What it does
In password mode (2026.9.6), flags a gateway password shorter than 24
characters after trimming. The password measured is the resolved one
(`gateway.auth.password`, else `OPENCLAW_GATEWAY_PASSWORD`, else
`gateway.remote.password`). Blank, `undefined` and `null` are reported by
`gateway.password_placeholder_value` instead. A SecretRef object is
measured as the environment value it resolves to; one that does not resolve,
the `$NAME` shorthand and an unset `${VAR}` are not measured.

## Why is this bad?
The password is the only thing between the network and the assistant; a short
one can be guessed or brute-forced.

## Example
```json5
{ gateway: { auth: { mode: "password", password: "hunter2" } } }
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
    if (p.empty() || p == "undefined" || p == "null") return;
    const size_t length = Utf16Length(p);
    if (length >= kMinPasswordLength) return;
    out.Report(c.Nearest("gateway.auth.password"), "gateway.auth.password",
               "gateway auth password is " + std::to_string(length) +
                   " chars; prefer a long random password.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(GatewayPasswordTooShort)
}  // namespace clawlint::checks
