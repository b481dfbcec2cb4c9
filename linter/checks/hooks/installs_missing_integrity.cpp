#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class HooksInstallsMissingIntegrity final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "hooks.installs_missing_integrity",
      .severity = Severity::kWarn,
      .releases = k429,
      .title = "Hook installs are missing integrity metadata",
      .remediation =
          "Reinstall or update hooks to refresh install metadata with "
          "resolved integrity hashes.",
      .docs = R"md(## What it does
Flags npm install records of internal hooks (`hooks.internal.installs.<id>`
with `source: "npm"`) that carry no non-blank `integrity` hash. One finding
lists every such record.

2026.4.29 reads the records from the config. 2026.9.6 keeps them in machine
state (and rejects the config key), so clawlint does not run this check for
2026.9.6: it cannot see the records.

## Why is this bad?
Without the recorded hash a reinstall or update cannot prove it fetched the
same package bytes that were originally reviewed and installed.

## Example
```json5
{ hooks: { internal: { installs: {
  notify: { source: "npm", spec: "openclaw-notify@1.4.2" } } } } }
```

## Use instead
```json5
{ hooks: { internal: { installs: {
  notify: { source: "npm", spec: "openclaw-notify@1.4.2",
            integrity: "sha512-..." } } } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    std::string lines;
    const config::Value* first = nullptr;
    std::string first_path;
    for (const config::MemberEntry* install : NpmHookInstalls(c)) {
      const config::MemberEntry& m = *install;
      const config::Value& record = *m.value;
      const config::Value* integrity = record.Get("integrity");
      if (IsNonBlankString(integrity)) continue;
      lines += "\n- " + m.key;
      if (!first) {
        // At the blank hash when there is one, else at the record.
        first = integrity ? integrity : &record;
        first_path = "hooks.internal.installs." + m.key +
                     (integrity ? ".integrity" : "");
      }
    }
    if (!first) return;
    out.Report(*first, first_path,
               "Hook install records missing integrity:" + lines);
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(HooksInstallsMissingIntegrity)
}  // namespace clawlint::checks
