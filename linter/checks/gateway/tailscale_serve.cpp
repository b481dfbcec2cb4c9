#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class TailscaleServe final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.tailscale_serve",
      .severity = Severity::kInfo,
      .releases = kBothReleases,
      .title = "Tailscale Serve exposure enabled",
      .remediation = "",
      .docs = R"md(## What it does
Notes `gateway.tailscale.mode: "serve"` (informational).

## Why is this bad?
Serve keeps the gateway on loopback but publishes it to every device of the
tailnet; unless `gateway.auth.allowTailscale` is false, Tailscale identity
headers also count as gateway auth. Worth knowing, not wrong.

## Example
```json5
{ gateway: { tailscale: { mode: "serve" } } }
```

## Use instead
Keep it if every tailnet member is trusted; otherwise
```json5
{ gateway: { tailscale: { mode: "off" } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (TailscaleMode(c) != "serve") return;
    out.Report(c.Nearest("gateway.tailscale.mode"), "gateway.tailscale.mode",
               "gateway.tailscale.mode=\"serve\" makes the gateway reachable "
               "from the tailnet.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(TailscaleServe)
}  // namespace clawlint::checks
