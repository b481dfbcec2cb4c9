#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class HooksTokenTooShort final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "hooks.token_too_short",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Hooks token looks short",
      .remediation = "",
      .docs = R"md(## What it does
With webhooks enabled (`hooks.enabled: true`), flags a `hooks.token` shorter
than 24 characters after trimming. An unset `${VAR}` is measured as its
literal text, as the reference does.

## Why is this bad?
The hooks token authenticates every inbound webhook that can wake agents and
inject content; a short token can be guessed.

## Example
```json5
{ hooks: { enabled: true, token: "short-token" } }
```

## Use instead
```json5
{ hooks: { enabled: true, token: "${OPENCLAW_HOOKS_TOKEN}" } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (!HooksEnabled(c)) return;
    std::string_view token = HooksToken(c);
    if (token.empty() || Utf16Length(token) >= 24) return;
    out.Report(c.Nearest("hooks.token"), "hooks.token",
               "hooks.token is " + std::to_string(Utf16Length(token)) +
                   " chars; use a long random token.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(HooksTokenTooShort)
}  // namespace clawlint::checks
