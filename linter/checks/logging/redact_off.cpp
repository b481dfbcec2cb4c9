#include "checks/check.h"
#include "checks/helpers.h"
#include "fix/edits.h"

namespace clawlint::checks {
namespace {

class LoggingRedactOff final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "logging.redact_off",
      .severity = Severity::kWarn,
      .releases = k429,
      .title = "Tool summary redaction is disabled",
      .remediation = "Set logging.redactSensitive=\"tools\".",
      .docs = R"md(## What it does
Flags `logging.redactSensitive: "off"` (2026.4.29; 2026.9.6 removed the key).

## Why is this bad?
Tool summaries and logs then keep tokens, passwords and API keys in clear
text, and logs travel further than config: to support bundles, log shippers
and screenshots.

## Example
```json5
{ logging: { redactSensitive: "off" } }
```

## Use instead
```json5
{ logging: { redactSensitive: "tools" } }
```

## Fix safety
Safe: `openclaw security audit --fix` makes the same change. Only the
redaction of tool summaries changes; the quote style of the value is kept.
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const config::Value* v = c.Find("logging.redactSensitive");
    if (!v || !v->is_string() || v->string != "off") return;
    Finding& finding =
        out.Report(*v, "logging.redactSensitive",
                   "logging.redactSensitive=\"off\" can leak secrets into logs "
                   "and status output.");
    if (auto edit = fix::ReplaceString(c.sources(), *v, "tools")) {
      finding.fix = fix::Fix::Safe("Set logging.redactSensitive to \"tools\"",
                                   {std::move(*edit)});
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(LoggingRedactOff)
}  // namespace clawlint::checks
