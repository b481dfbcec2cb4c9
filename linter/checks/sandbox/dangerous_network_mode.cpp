#include <cctype>

#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class SandboxDangerousNetworkMode final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "sandbox.dangerous_network_mode",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Dangerous network mode in sandbox config",
      .remediation = "",
      .docs = R"md(## What it does
Flags a sandbox docker block (`agents.defaults.sandbox.docker` or an agent's
`sandbox.docker`, whatever the sandbox mode) whose `network`, trimmed and
lower-cased, is `host` or starts with `container:`. The reference's schema
rejects `host` outright and `container:*` unless the block sets
`dangerouslyAllowContainerNamespaceJoin: true`, so in a valid config this is
the break-glass namespace join.

## Why is this bad?
Joining another container's network namespace bypasses the sandbox's network
isolation: the sandbox sees that container's interfaces and services.

## Example
```json5
{ agents: { defaults: { sandbox: { docker: {
  network: "container:vpn", dangerouslyAllowContainerNamespaceJoin: true } } } } }
```

## Use instead
```json5
{ agents: { defaults: { sandbox: { docker: { network: "none" } } } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    for (const DockerBlock& block : SandboxDockerBlocks(c)) {
      const config::Value* network = block.value->Get("network");
      if (!network || !network->is_string()) continue;
      std::string mode(Trim(network->string));
      for (char& ch : mode) {
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      }
      const bool host = mode == "host";
      if (!host && !mode.starts_with("container:")) continue;
      const std::string detail =
          host ? block.label +
                     ".network is \"host\" which bypasses container network "
                     "isolation entirely."
               : block.label + ".network is \"" + network->string +
                     "\" which joins another container namespace and can "
                     "bypass sandbox network isolation.";
      Finding& f = out.Report(*network, block.path + ".network", detail);
      f.remediation = "Set " + block.label +
                      ".network to \"bridge\", \"none\", or a custom bridge "
                      "network name. Use " +
                      block.label +
                      ".dangerouslyAllowContainerNamespaceJoin=true only as a "
                      "break-glass override when you fully trust this "
                      "runtime.";
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(SandboxDangerousNetworkMode)
}  // namespace clawlint::checks
