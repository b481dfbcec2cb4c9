#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class HooksPathRoot final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "hooks.path_root",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Hooks base path is '/'",
      .remediation = "Use a dedicated path like '/hooks'.",
      .docs = R"md(## What it does
With webhooks enabled, flags `hooks.path` set to `/`.

## Why is this bad?
Webhook handling then shadows every other HTTP endpoint of the gateway, so
the Control UI and API routes become reachable through the hooks handler.

## Example
```json5
{ hooks: { enabled: true, path: "/" } }
```

## Use instead
```json5
{ hooks: { enabled: true, path: "/hooks" } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (!HooksEnabled(c)) return;
    if (Trim(StringAt(c, "hooks.path")) != "/") return;
    out.Report(c.Nearest("hooks.path"), "hooks.path",
               "hooks.path='/' would shadow other HTTP endpoints and is "
               "unsafe.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(HooksPathRoot)
}  // namespace clawlint::checks
