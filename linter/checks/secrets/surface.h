// The credential surface of an OpenClaw config (config-format.md §3.3-§3.5):
// which config paths hold secrets, how a value there is classified, and the
// minted secrets the reference never accepts as SecretRefs. One table, in
// surface.cpp, shared by every secrets.* check.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "config/view.h"

namespace clawlint::checks::secrets {

/// One value found at a credential-surface path.
struct CredentialValue {
  const config::Value* value = nullptr;
  /// The dotted path as `openclaw secrets audit` reports it (`jsonPath`):
  /// array indices as plain segments ("agents.list.0.memorySearch..."),
  /// single-account channel fields promoted to "accounts.default" the way
  /// the 4.29 read path moves them when named accounts exist.
  std::string json_path;
  /// The path where the value is written ("channels.telegram.botToken").
  std::string written_path;
  std::string_view pattern;  // the registry entry ("channels.*.botToken")
  /// googlechat's sibling `serviceAccountRef`, when the entry has one.
  const config::Value* ref_sibling = nullptr;
  bool string_or_object = false;  // the value may be an object (googlechat)
};

/// Every credential-surface value of the config, in the reference's
/// registry order, then document order.
std::vector<CredentialValue> FindCredentialValues(const config::ConfigView& c);

/// A value found at a minted-secret path (hooks.token, ...).
struct MintedValue {
  const config::Value* value = nullptr;
  std::string path;
  std::string_view what;  // "the webhook bearer token"
};
std::vector<MintedValue> FindMintedValues(const config::ConfigView& c);

/// How a credential value is written (§3.5 recommendation).
enum class SecretForm {
  kAbsent,       // empty/blank string, or nothing to report (non-string)
  kSecretRef,    // a {source, provider, id} object (or a sibling ref)
  kEnvTemplate,  // a whole `${NAME}` template (an env SecretRef)
  kPartial,      // a string mixing literal text and `${...}`
  kPlaintext,    // a literal value
};

struct Classified {
  SecretForm form = SecretForm::kAbsent;
  std::string source;    // for refs: "env" | "file" | "exec"
  std::string env_name;  // for env refs and templates: the variable
};

/// Classifies a credential value as the reference's `secrets audit` does
/// (coerceSecretRef, then hasConfiguredPlaintextSecretValue), from the text
/// as written: 4.29 reads `$${X}` as `${X}`; 9.6 reads `$NAME` as an env
/// ref. A value templated from an --env variable is judged as written.
Classified Classify(const CredentialValue& v, config::Profile profile);

/// The header filter of `models.providers.*.headers.*` (§3.4).
bool IsSensitiveHeaderName(std::string_view name);

/// A `${VAR}` name to suggest for the secret at `path`:
/// "channels.telegram.botToken" -> "TELEGRAM_BOT_TOKEN".
std::string SuggestedEnvName(std::string_view path);

}  // namespace clawlint::checks::secrets
