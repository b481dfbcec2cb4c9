#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

constexpr size_t kMinTokenLength = 24;

class GatewayTokenTooShort final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.token_too_short",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Gateway token looks short",
      .remediation = "",
      .docs = R"md(## What it does
Flags token auth whose resolved token (`gateway.auth.token`, else the
`OPENCLAW_GATEWAY_TOKEN` environment value) is shorter than 24 characters.
A SecretRef or an unset `${VAR}` is not measured.

## Why is this bad?
The gateway token is the only thing between the network and the assistant; a
short token can be guessed or brute-forced.

## Example
```json5
{ gateway: { auth: { mode: "token", token: "hunter2" } } }
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
    const config::Value* raw = c.Find("gateway.auth.token");
    std::string_view token = auth.token;
    if (!c.is_4_29()) {
      // 9.6 never measures an unresolved ref or placeholder, and reports
      // blank, "undefined" and "null" under gateway.token_placeholder_value.
      if (HasUnresolvedEnv(raw)) return;
      if (IsSecretRef(raw) && ResolvedSecret(c, "gateway.auth.token").empty()) {
        return;
      }
      if (token == "undefined" || token == "null") return;
    }
    if (token.empty() || Utf16Length(token) >= kMinTokenLength) return;
    out.Report(c.Nearest("gateway.auth.token"), "gateway.auth.token",
               "gateway auth token is " + std::to_string(Utf16Length(token)) +
                   " chars; prefer a long random token.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(GatewayTokenTooShort)
}  // namespace clawlint::checks
