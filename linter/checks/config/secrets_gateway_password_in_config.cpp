#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class SecretsGatewayPasswordInConfig final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "config.secrets.gateway_password_in_config",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Gateway password is stored in config",
      .remediation =
          "Prefer OPENCLAW_GATEWAY_PASSWORD (env) and remove "
          "gateway.auth.password from disk.",
      .docs = R"md(## What it does
Flags a non-blank `gateway.auth.password` in the config, whatever the auth
mode. A whole `${VAR}` reference is fine. 2026.4.29 audits the
secret-resolved config, so a SecretRef whose variable is set (with `--env`)
fires there too (a known false positive of that release); 2026.9.6 does not.

## Why is this bad?
Config files are copied, backed up and committed; a password in them leaks
with every copy.

## Example
```json5
{ gateway: { auth: { mode: "password", password: "correct horse battery" } } }
```

## Use instead
```json5
{ gateway: { auth: { mode: "password", password: "${OPENCLAW_GATEWAY_PASSWORD}" } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const config::Value* v = c.Find("gateway.auth.password");
    if (!v || !StoredInConfig(c, *v)) return;
    out.Report(*v, "gateway.auth.password",
               "gateway.auth.password is set in the config file; prefer "
               "environment variables for secrets when possible.");
  }

 private:
  static bool StoredInConfig(const config::ConfigView& c,
                             const config::Value& v) {
    if (!c.is_4_29()) {
      return v.is_string() && !v.env_unresolved && !Trim(v.string).empty();
    }
    // The 4.29 resolver only materialises the password's SecretRef when the
    // password can decide auth; then the resolved value looks plaintext.
    if (IsSecretRef(&v)) {
      return PasswordCanWin(c, ResolveGatewayAuth(c)) &&
             !ResolvedSecret(c, "gateway.auth.password").empty();
    }
    if (!v.is_string()) return false;
    std::string_view s = Trim(v.string);
    const bool env_ref_like = s.starts_with("${") && s.ends_with("}");
    return !s.empty() && !env_ref_like;
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(SecretsGatewayPasswordInConfig)
}  // namespace clawlint::checks
