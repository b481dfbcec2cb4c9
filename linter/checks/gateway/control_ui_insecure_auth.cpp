#include "checks/check.h"
#include "checks/helpers.h"
#include "fix/edits.h"

namespace clawlint::checks {
namespace {

class ControlUiInsecureAuth final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.control_ui.insecure_auth",
      .severity = Severity::kWarn,
      .releases = k429,
      .title = "Control UI insecure auth toggle enabled",
      .remediation =
          "Disable it or switch to HTTPS (Tailscale Serve) or localhost.",
      .docs = R"md(## What it does
Flags `gateway.controlUi.allowInsecureAuth: true` (2026.4.29; 2026.9.6 removed
the key and rejects it). The flag is also listed by
`config.insecure_or_dangerous_flags`.

## Why is this bad?
The toggle is meant for plain-HTTP Control UI access during setup. It does not
bypass device identity checks, but keeping it on signals a Control UI served
without a secure context.

## Example
```json5
{ gateway: { controlUi: { allowInsecureAuth: true } } }
```

## Use instead
Serve the Control UI over HTTPS (for example Tailscale Serve) or from
localhost, and drop the toggle.

## Fix safety
Unsafe: clients that reach the Control UI over plain HTTP from another host stop working until it is served over HTTPS or from localhost.
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const config::Value* flag = c.Find("gateway.controlUi.allowInsecureAuth");
    if (!flag || !flag->is_true()) return;
    Finding& finding = out.Report(
        *flag, "gateway.controlUi.allowInsecureAuth",
        "gateway.controlUi.allowInsecureAuth=true is set; it does not "
        "disable device identity checks (only "
        "dangerouslyDisableDeviceAuth does).");
    if (auto edit = fix::ReplaceBool(c.sources(), *flag, false)) {
      finding.fix =
          fix::Fix::Unsafe("Set gateway.controlUi.allowInsecureAuth to false",
                           {std::move(*edit)});
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ControlUiInsecureAuth)
}  // namespace clawlint::checks
