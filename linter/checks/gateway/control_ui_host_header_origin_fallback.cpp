#include "checks/check.h"
#include "checks/helpers.h"
#include "fix/edits.h"

namespace clawlint::checks {
namespace {

class ControlUiHostHeaderOriginFallback final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.control_ui.host_header_origin_fallback",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "DANGEROUS: Host-header origin fallback enabled",
      .remediation =
          "Disable gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback "
          "and configure explicit gateway.controlUi.allowedOrigins.",
      .docs = R"md(## What it does
Flags `gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback: true`.
Critical when the gateway binds beyond loopback, else a warning. The flag is
also listed by `config.insecure_or_dangerous_flags`.

## Why is this bad?
The gateway then accepts a browser origin that merely matches the request's
`Host` header, which an attacker controls in a DNS-rebinding attack: the
origin check of Control UI / WebChat WebSockets no longer protects anything.

## Example
```json5
{ gateway: { controlUi: { dangerouslyAllowHostHeaderOriginFallback: true } } }
```

## Use instead
```json5
{ gateway: { controlUi: { allowedOrigins: ["https://control.example.com"] } } }
```

## Fix safety
Unsafe: browsers on origins that were only accepted through the Host header are refused until `gateway.controlUi.allowedOrigins` lists them.
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const config::Value* flag =
        c.Find("gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback");
    if (!flag || !flag->is_true()) return;
    const bool exposed = ExposedByBind(c);
    Finding& finding = out.Report(
        *flag, "gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback",
        std::string("Control UI/WebChat origin checks fall back to the "
                    "Host header, which weakens DNS rebinding "
                    "protection") +
            (exposed ? " on a gateway bound beyond loopback." : "."),
        exposed ? Severity::kCritical : Severity::kWarn);
    if (auto edit = fix::ReplaceBool(c.sources(), *flag, false)) {
      finding.fix = fix::Fix::Unsafe(
          "Set gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback to "
          "false",
          {std::move(*edit)});
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ControlUiHostHeaderOriginFallback)
}  // namespace clawlint::checks
