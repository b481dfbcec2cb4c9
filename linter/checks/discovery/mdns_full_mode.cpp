#include "checks/check.h"
#include "checks/helpers.h"
#include "fix/edits.h"

namespace clawlint::checks {
namespace {

class DiscoveryMdnsFullMode final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "discovery.mdns_full_mode",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "mDNS full mode can leak host metadata",
      .remediation =
          "Prefer discovery.mdns.mode=\"minimal\" (recommended) or \"off\", "
          "especially when gateway.bind is not loopback.",
      .docs = R"md(## What it does
Flags `discovery.mdns.mode: "full"`. Critical when the gateway binds beyond
loopback, else a warning (Tailscale Serve/Funnel do not change it).

## Why is this bad?
Full mode publishes the CLI path and SSH port in TXT records on the local
network, revealing user names, filesystem layout and management ports to
anyone on the LAN.

## Example
```json5
{ discovery: { mdns: { mode: "full" } } }
```

## Use instead
```json5
{ discovery: { mdns: { mode: "minimal" } } }
```

## Fix safety
Unsafe: tools on the LAN that read the CLI path or SSH port from mDNS no longer see them.
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const config::Value* mode = c.Find("discovery.mdns.mode");
    if (!mode || !mode->is_string() || mode->string != "full") return;
    const bool exposed = ExposedByBind(c);
    Finding& finding = out.Report(
        *mode, "discovery.mdns.mode",
        std::string("discovery.mdns.mode=\"full\" publishes the CLI "
                    "path and SSH port over mDNS") +
            (exposed ? " from a gateway bound beyond loopback." : "."),
        exposed ? Severity::kCritical : Severity::kWarn);
    if (auto edit = fix::ReplaceString(c.sources(), *mode, "minimal")) {
      finding.fix = fix::Fix::Unsafe("Set discovery.mdns.mode to \"minimal\"",
                                     {std::move(*edit)});
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(DiscoveryMdnsFullMode)
}  // namespace clawlint::checks
