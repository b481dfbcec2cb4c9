#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class TailscaleFunnel final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.tailscale_funnel",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Tailscale Funnel exposure enabled",
      .remediation =
          "Prefer tailscale.mode=\"serve\" (tailnet-only) or set "
          "tailscale.mode=\"off\".",
      .docs = R"md(## What it does
Flags `gateway.tailscale.mode: "funnel"`.

## Why is this bad?
Funnel publishes the gateway on the public internet through Tailscale: anyone
can reach it, so the gateway credential is all that stands between the
internet and the assistant.

## Example
```json5
{ gateway: { tailscale: { mode: "funnel" } } }
```

## Use instead
```json5
{ gateway: { tailscale: { mode: "serve" } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (TailscaleMode(c) != "funnel") return;
    out.Report(c.Nearest("gateway.tailscale.mode"), "gateway.tailscale.mode",
               "gateway.tailscale.mode=\"funnel\" makes the gateway reachable "
               "from the public internet.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(TailscaleFunnel)
}  // namespace clawlint::checks
