#include <re2/re2.h>

#include <algorithm>

#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class HooksInstallsUnpinnedNpmSpecs final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "hooks.installs_unpinned_npm_specs",
      .severity = Severity::kWarn,
      .releases = k429,
      .title = "Hook installs include unpinned npm specs",
      .remediation =
          "Pin hook install specs to exact versions (for example, "
          "`@scope/pkg@1.2.3`) for higher supply-chain stability.",
      .docs = R"md(## What it does
Flags npm install records of internal hooks (`hooks.internal.installs.<id>`
with `source: "npm"`) whose `spec` does not pin an exact version: the text
after the last `@` (not the scope `@` at position 0) must be
`MAJOR.MINOR.PATCH`, optionally with a `v` prefix, a prerelease and build
metadata. One finding lists every unpinned record (credentials in a URL
spec are masked).

2026.4.29 reads the records from the config. 2026.9.6 keeps them in machine
state (and rejects the config key), so clawlint does not run this check for
2026.9.6: it cannot see the records.

## Why is this bad?
A range or dist-tag (`^1.4.0`, `latest`, no version at all) installs whatever
the registry serves next time: a compromised or hijacked release runs as a
hook inside the gateway.

## Example
```json5
{ hooks: { internal: { installs: {
  notify: { source: "npm", spec: "openclaw-notify@latest" } } } } }
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
      const config::Value* spec = m.value->Get("spec");
      if (!spec || !spec->is_string() || IsPinned(spec->string)) continue;
      lines += "\n- " + m.key + " (" + WithoutCredentials(spec->string) + ")";
      if (!first) {
        first = spec;
        first_path = "hooks.internal.installs." + m.key + ".spec";
      }
    }
    if (!first) return;
    out.Report(*first, first_path, "Unpinned hook install records:" + lines);
  }

 private:
  // The spec as the reference prints it, except that the user info of a URL
  // spec ("git+https://user:token@host/...") is masked: details never carry
  // a credential.
  static std::string WithoutCredentials(std::string_view spec) {
    size_t scheme = spec.find("://");
    if (scheme == std::string_view::npos) return std::string(spec);
    const size_t begin = scheme + 3;
    const size_t end = std::min(spec.find('/', begin), spec.size());
    const size_t at = spec.substr(begin, end - begin).rfind('@');
    if (at == std::string_view::npos) return std::string(spec);
    return std::string(spec.substr(0, begin)) + "***" +
           std::string(spec.substr(begin + at));
  }

  // isPinnedRegistrySpec: an exact version after the last "@".
  static bool IsPinned(std::string_view spec) {
    static const RE2 kVersion(
        R"(v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)");
    std::string_view value = Trim(spec);
    if (value.empty()) return false;
    size_t at = value.rfind('@');
    if (at == std::string_view::npos || at == 0 || at + 1 >= value.size()) {
      return false;
    }
    std::string_view version = Trim(value.substr(at + 1));
    return RE2::FullMatch(version, kVersion);
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(HooksInstallsUnpinnedNpmSpecs)
}  // namespace clawlint::checks
