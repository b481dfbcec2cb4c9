#include "checks/check.h"
#include "checks/helpers.h"
#include "checks/security/suppressions.h"

namespace clawlint::checks {
namespace {

class SecurityAuditSuppressionsActive final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "security.audit.suppressions.active",
      .severity = Severity::kInfo,
      .releases = k96,
      .title = "Security audit suppressions configured",
      .remediation =
          "Review suppressedFindings and remove suppressions when the "
          "accepted risk no longer applies.",
      .docs = R"md(## What it does
2026.9.6 only. Reports (info) that `security.audit.suppressions` is a
non-empty list, with how many suppressions are configured and how many
findings they moved out of the report.

Each finding is suppressed by the first entry whose trimmed `checkId` equals
its checkId (case-sensitive) and whose `titleIncludes` / `detailIncludes`,
when not blank, occur in the finding's title / detail (trimmed,
case-insensitive). Suppressed findings leave the report and the summary
counts; this marker itself can never be suppressed, and it is reported even
when nothing matched. (2026.4.29 has no suppressions and rejects the
`security` section.)

## Why is this bad?
Suppressions hide accepted risks from every later audit run: once the
reason no longer holds, the risk stays invisible.

## Example
```json5
{ security: { audit: { suppressions: [
  { checkId: "gateway.trusted_proxies_missing", reason: "no reverse proxy" },
] } } }
```

## Use instead
Keep the list short, give every entry a `reason`, narrow it with
`detailIncludes`, and remove it when the setup changes:
```json5
{ gateway: { trustedProxies: ["10.0.0.2"] } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  // The moved count is filled in by the driver's suppression pass
  // (ApplyAuditSuppressions), which runs after every check.
  void Run(const config::ConfigView& c, Reporter& out) const override {
    const config::Value* list = c.Find("security.audit.suppressions");
    if (!list || !list->is_array() || list->items.empty()) return;
    out.Report(*list, "security.audit.suppressions",
               SuppressionsActiveDetail(list->items.size(), 0));
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(SecurityAuditSuppressionsActive)

}  // namespace clawlint::checks
