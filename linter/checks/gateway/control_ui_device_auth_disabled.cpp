#include "checks/check.h"
#include "checks/helpers.h"
#include "fix/edits.h"

namespace clawlint::checks {
namespace {

class ControlUiDeviceAuthDisabled final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.control_ui.device_auth_disabled",
      .severity = Severity::kCritical,
      .releases = k429,
      .title = "DANGEROUS: Control UI device auth disabled",
      .remediation =
          "Disable it unless you are in a short-lived break-glass scenario.",
      .docs = R"md(## What it does
Flags `gateway.controlUi.dangerouslyDisableDeviceAuth: true` (2026.4.29;
2026.9.6 still accepts the key but ignores it and reports nothing). The flag
is also listed by `config.insecure_or_dangerous_flags`.

## Why is this bad?
Device identity checks make every new browser pair with the gateway before it
can use the Control UI. Without them, the gateway credential alone grants full
control from any device.

## Example
```json5
{ gateway: { controlUi: { dangerouslyDisableDeviceAuth: true } } }
```

## Use instead
```json5
{ gateway: { controlUi: { dangerouslyDisableDeviceAuth: false } } }
```

## Fix safety
Unsafe: Control UI clients must pair their device again before they can connect.
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const config::Value* flag =
        c.Find("gateway.controlUi.dangerouslyDisableDeviceAuth");
    if (!flag || !flag->is_true()) return;
    Finding& finding = out.Report(
        *flag, "gateway.controlUi.dangerouslyDisableDeviceAuth",
        "gateway.controlUi.dangerouslyDisableDeviceAuth=true turns off "
        "device identity checks for the Control UI.");
    if (auto edit = fix::ReplaceBool(c.sources(), *flag, false)) {
      finding.fix = fix::Fix::Unsafe(
          "Set gateway.controlUi.dangerouslyDisableDeviceAuth to false",
          {std::move(*edit)});
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ControlUiDeviceAuthDisabled)
}  // namespace clawlint::checks
