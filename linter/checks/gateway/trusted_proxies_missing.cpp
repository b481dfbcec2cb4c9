#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class TrustedProxiesMissing final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.trusted_proxies_missing",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Reverse proxy headers are not trusted",
      .remediation =
          "Set gateway.trustedProxies to your proxy IPs or keep the Control UI "
          "local-only.",
      .docs = R"md(## What it does
Flags a loopback-bound gateway with the Control UI enabled whose
`gateway.trustedProxies` is missing or empty.

## Why is this bad?
When the Control UI is published through a reverse proxy on the same host,
every request arrives from 127.0.0.1. Without a trusted-proxy list the gateway
cannot tell local clients from proxied remote ones.

## Example
```json5
{ gateway: { bind: "loopback" } }
```

## Use instead
```json5
{ gateway: { bind: "loopback", trustedProxies: ["127.0.0.1"] } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (Bind(c) != "loopback" || !ControlUiEnabled(c)) return;
    const config::Value* proxies = c.Find("gateway.trustedProxies");
    if (proxies && proxies->is_array() && !proxies->items.empty()) return;
    out.Report(c.Nearest("gateway.trustedProxies"), "gateway.trustedProxies",
               "gateway.bind is loopback and gateway.trustedProxies is empty. "
               "If the Control UI is behind a reverse proxy, local client "
               "checks can be spoofed.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(TrustedProxiesMissing)
}  // namespace clawlint::checks
