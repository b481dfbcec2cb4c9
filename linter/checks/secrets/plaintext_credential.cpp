#include "checks/check.h"
#include "checks/helpers.h"
#include "checks/secrets/surface.h"

namespace clawlint::checks {
namespace {

class SecretsPlaintextCredential final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "secrets.plaintext_credential",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Plaintext credential committed in config",
      .remediation =
          "Replace the value with a ${VAR} reference or a SecretRef "
          "and rotate the credential.",
      .docs = R"md(## What it does
Flags every value at a credential-surface path (the 85 `openclaw.json`
entries of the reference's secret-target registry: model provider keys and
auth headers, channel tokens with their accounts, plugin, skill, cron,
talk/tts and gateway secrets) that is not a SecretRef: one finding per value,
at its `file:line:col`, also inside `$include` files. Provider `headers.*`
count only when the header name looks sensitive (`Authorization`,
`X-Api-Key`, names containing `token`, `secret`, `password`, ...).

A SecretRef object (`{ source, provider, id }`) and a whole `${VAR}` template
are fine. A value mixing literal text and `${VAR}` (`"Bearer ${TOKEN}"`) is
reported with severity warn: the reference counts it as plaintext, and its
literal part is committed. A plaintext value is critical: every file clawlint
scans is committed or committable (git-ignored files are never read).

The set of config paths matches `openclaw secrets audit --json`'s
`PLAINTEXT_FOUND` findings (`jsonPath`; array indices as plain segments,
single-account channel fields read as `accounts.default.*` when the channel
also has named accounts). Messages never hold the value: only its length and
at most its first 3 characters.

## Why is this bad?
A credential in a repository leaks with every clone, fork, CI log and backup,
and stays in the history after it is removed. It must be rotated.

## Example
```json5
{ channels: { telegram: { enabled: true, botToken: "123456:AAE..." } } }
```

## Use instead
```json5
{ channels: { telegram: { enabled: true, botToken: "${TELEGRAM_BOT_TOKEN}" } } }
// or: botToken: { source: "env", provider: "default", id: "TELEGRAM_BOT_TOKEN" }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    for (const secrets::CredentialValue& v : secrets::FindCredentialValues(c)) {
      const secrets::Classified k = secrets::Classify(v, c.profile());
      if (k.form != secrets::SecretForm::kPlaintext &&
          k.form != secrets::SecretForm::kPartial) {
        continue;
      }
      const std::string env = secrets::SuggestedEnvName(v.json_path);
      std::string where = v.written_path;
      if (v.json_path != v.written_path) {
        where += " (read as " + v.json_path + ")";
      }
      std::string detail;
      if (k.form == secrets::SecretForm::kPartial) {
        detail = where + " mixes literal text with ${...} (" +
                 RedactedHint(v.value->Authored()) +
                 "); the reference counts it as plaintext and its literal "
                 "part is committed.";
      } else if (v.value->is_object()) {
        detail = where + " holds an inline credential object (" +
                 std::to_string(v.value->members.size()) + " keys).";
      } else {
        detail = where + " holds a plaintext credential (" +
                 RedactedHint(v.value->Authored()) + ").";
      }
      Finding& f = out.Report(*v.value, v.json_path, std::move(detail),
                              k.form == secrets::SecretForm::kPartial
                                  ? Severity::kWarn
                                  : Severity::kCritical);
      f.suggested_env = env;
      if (v.string_or_object) {
        const std::string sibling =
            v.written_path.substr(v.written_path.rfind('.') + 1) + "Ref";
        f.remediation = "Remove it and set " + sibling +
                        ": { source: \"file\", provider: \"default\", id: "
                        "\"value\" } (or an env SecretRef); rotate the "
                        "credential.";
      } else {
        f.remediation = "Use \"${" + env + "}\" or { source: \"env\", " +
                        "provider: \"default\", id: \"" + env +
                        "\" } and set " + env +
                        " outside the repository; rotate the credential.";
      }
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(SecretsPlaintextCredential)
}  // namespace clawlint::checks
