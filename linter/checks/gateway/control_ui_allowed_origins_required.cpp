#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class ControlUiAllowedOriginsRequired final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.control_ui.allowed_origins_required",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Non-loopback Control UI missing explicit allowed origins",
      .remediation =
          "Set gateway.controlUi.allowedOrigins to full trusted origins (for "
          "example https://control.example.com). If your deployment "
          "intentionally relies on Host-header origin fallback, set "
          "gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback=true.",
      .docs = R"md(## What it does
Flags a gateway bound beyond loopback with the Control UI enabled whose
`gateway.controlUi.allowedOrigins` holds no non-blank origin, unless the
Host-header origin fallback is enabled.

2026.4.29 seeds `http://localhost:<port>` and `http://127.0.0.1:<port>` (and
the custom bind host) into the list when loading a config bound to `lan`,
`tailnet`, `custom` or `auto`, so there the check fires only for the legacy
bind aliases `0.0.0.0`, `::`, `[::]` and `*`. 2026.9.6 seeds nothing and fires
for every non-loopback bind without origins.

## Why is this bad?
Without an origin allowlist the gateway cannot tell its own Control UI from a
page on another site driving the user's browser (cross-site WebSocket
hijacking, DNS rebinding).

## Example
```json5
{ gateway: { bind: "lan", auth: { token: "${OPENCLAW_GATEWAY_TOKEN}" } } }
```

## Use instead
```json5
{
  gateway: {
    bind: "lan",
    auth: { token: "${OPENCLAW_GATEWAY_TOKEN}" },
    controlUi: { allowedOrigins: ["https://control.example.com"] },
  },
}
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (!ExposedByBind(c) || !ControlUiEnabled(c)) return;
    const config::Value* fallback =
        c.Find("gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback");
    if (fallback && fallback->is_true()) return;
    const config::Value* origins = c.Find("gateway.controlUi.allowedOrigins");
    if (origins && origins->is_array()) {
      for (const config::ValuePtr& o : origins->items) {
        if (IsNonBlankString(o.get())) return;
      }
    }
    const std::string detail =
        "gateway.bind=\"" + std::string(Bind(c)) +
        "\" serves the Control UI beyond loopback, but "
        "gateway.controlUi.allowedOrigins lists no origin.";
    if (origins) {
      out.Report(*origins, "gateway.controlUi.allowedOrigins", detail);
    } else {
      out.Report(c.Nearest("gateway.bind"), "gateway.bind", detail);
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ControlUiAllowedOriginsRequired)
}  // namespace clawlint::checks
