#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

constexpr std::string_view kEnvToken = "OPENCLAW_GATEWAY_TOKEN";

class EnvTokenOverridesConfig final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.env_token_overrides_config",
      .severity = Severity::kWarn,
      .releases = k96,
      .title = "OPENCLAW_GATEWAY_TOKEN conflicts with gateway.auth.token",
      .remediation =
          "Remove OPENCLAW_GATEWAY_TOKEN from the shell, ~/.openclaw/.env, or "
          "launchctl env if gateway.auth.token is intended, or point "
          "gateway.auth.token at ${OPENCLAW_GATEWAY_TOKEN} if the env var "
          "should be canonical.",
      .docs = R"md(## What it does
(2026.9.6) Flags an `OPENCLAW_GATEWAY_TOKEN` environment value (from `--env`
or the config's `env` block) next to a `gateway.auth.token` that comes from a
different source: a plain token with another value, or a SecretRef other than
`{ source: "env", id: "OPENCLAW_GATEWAY_TOKEN" }`. Not reported when
`OPENCLAW_SERVICE_KIND` is `gateway`, when `gateway.mode` is `remote`, or in
`password`, `none` and `trusted-proxy` auth modes.

## Why is this bad?
Local clients and the managed gateway service use `gateway.auth.token`, while
environment-based targets keep using the env token: a stale value can still
authenticate against the wrong gateway, and rotating one of them does not
rotate the other.

## Example
```json5
{ gateway: { auth: { token: { source: "file", provider: "vault", id: "/gateway/token" } } } }
```
with `OPENCLAW_GATEWAY_TOKEN` also set in the environment.

## Use instead
```json5
{ gateway: { auth: { token: "${OPENCLAW_GATEWAY_TOKEN}" } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const std::string_view env_token = Trim(c.EnvValue(kEnvToken));
    if (env_token.empty()) return;
    if (Trim(c.EnvValue("OPENCLAW_SERVICE_KIND")) == "gateway") return;
    if (StringAt(c, "gateway.mode") == "remote") return;
    const config::Value* mode = c.Find("gateway.auth.mode");
    if (mode && mode->is_string() &&
        (mode->string == "password" || mode->string == "none" ||
         mode->string == "trusted-proxy")) {
      return;
    }
    const config::Value* token = c.Find("gateway.auth.token");
    if (!token) return;
    std::string detail;
    if (IsSecretRef(token)) {
      const config::Value* source = token->Get("source");
      if (source->string == "env" && token->Get("id")->string == kEnvToken)
        return;
      detail =
          "OPENCLAW_GATEWAY_TOKEN is set while gateway.auth.token is a "
          "SecretRef to another source (" +
          source->string + ").";
    } else if (token->is_string()) {
      std::string_view shorthand =
          EnvSecretShorthand(token->string, /*braced=*/true);
      if (shorthand == kEnvToken) return;
      if (!shorthand.empty()) {
        detail =
            "OPENCLAW_GATEWAY_TOKEN is set while gateway.auth.token "
            "refers to ${" +
            std::string(shorthand) + "}.";
      } else {
        std::string_view value = Trim(token->string);
        if (value.empty() || value == env_token) return;
        detail =
            "OPENCLAW_GATEWAY_TOKEN is set and differs from the "
            "gateway.auth.token written in the config (" +
            std::to_string(Utf16Length(value)) + " chars).";
      }
    } else {
      return;
    }
    out.Report(*token, "gateway.auth.token",
               detail +
                   " Local clients and the gateway service use "
                   "gateway.auth.token; env-based targets still use the env "
                   "value.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(EnvTokenOverridesConfig)
}  // namespace clawlint::checks
