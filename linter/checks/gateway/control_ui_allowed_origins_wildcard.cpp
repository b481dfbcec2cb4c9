#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class ControlUiAllowedOriginsWildcard final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.control_ui.allowed_origins_wildcard",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Control UI allowed origins contains wildcard",
      .remediation =
          "Replace wildcard origins with explicit trusted origins (for example "
          "https://control.example.com). Do not use \"*\" outside tightly "
          "controlled local testing.",
      .docs = R"md(## What it does
Flags a `"*"` entry (after trimming) in `gateway.controlUi.allowedOrigins`.
Critical when the gateway binds beyond loopback, else a warning.

## Why is this bad?
`"*"` lets any web page the user visits open Control UI / WebChat connections
to the gateway: origin allowlisting is switched off.

## Example
```json5
{ gateway: { controlUi: { allowedOrigins: ["*"] } } }
```

## Use instead
```json5
{ gateway: { controlUi: { allowedOrigins: ["https://control.example.com"] } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const config::Value* origins = c.Find("gateway.controlUi.allowedOrigins");
    if (!origins || !origins->is_array()) return;
    for (size_t i = 0; i < origins->items.size(); ++i) {
      const config::Value& o = *origins->items[i];
      if (!o.is_string() || Trim(o.string) != "*") continue;
      const bool exposed = ExposedByBind(c);
      out.Report(o,
                 "gateway.controlUi.allowedOrigins[" + std::to_string(i) + "]",
                 std::string("gateway.controlUi.allowedOrigins allows every "
                             "browser origin (\"*\")") +
                     (exposed ? " on a gateway bound beyond loopback." : "."),
                 exposed ? Severity::kCritical : Severity::kWarn);
      return;
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ControlUiAllowedOriginsWildcard)
}  // namespace clawlint::checks
