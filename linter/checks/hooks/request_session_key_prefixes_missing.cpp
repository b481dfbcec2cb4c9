#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class HooksRequestSessionKeyPrefixesMissing final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "hooks.request_session_key_prefixes_missing",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title =
          "Request sessionKey override is enabled without prefix restrictions",
      .remediation =
          "Set hooks.allowedSessionKeyPrefixes (for example, [\"hook:\"]) or "
          "disable request overrides.",
      .docs = R"md(## What it does
With webhooks enabled and `hooks.allowRequestSessionKey: true`, flags a
missing or blank-only `hooks.allowedSessionKeyPrefixes`. Critical when the
gateway is reachable remotely, warn otherwise.

## Why is this bad?
Without a prefix rule, a caller-chosen session key can address any session,
including the operator's own chats.

## Example
```json5
{ hooks: { enabled: true, allowRequestSessionKey: true } }
```

## Use instead
```json5
{ hooks: { enabled: true, allowRequestSessionKey: true,
           allowedSessionKeyPrefixes: ["hook:"] } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    if (!HooksEnabled(c)) return;
    const config::Value* allow = c.Find("hooks.allowRequestSessionKey");
    if (!allow || !allow->is_true()) return;
    if (HasPrefix(c.Find("hooks.allowedSessionKeyPrefixes"))) return;
    out.Report(c.Nearest("hooks.allowedSessionKeyPrefixes"),
               "hooks.allowedSessionKeyPrefixes",
               "hooks.allowRequestSessionKey=true without "
               "hooks.allowedSessionKeyPrefixes: callers may choose any "
               "session key.",
               ExposureSeverity(c));
  }

 private:
  static bool HasPrefix(const config::Value* prefixes) {
    if (!prefixes || !prefixes->is_array()) return false;
    for (const auto& item : prefixes->items) {
      if (IsNonBlankString(item.get())) return true;
    }
    return false;
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(HooksRequestSessionKeyPrefixesMissing)
}  // namespace clawlint::checks
