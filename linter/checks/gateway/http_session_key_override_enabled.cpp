#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class GatewayHttpSessionKeyOverrideEnabled final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.http.session_key_override_enabled",
      .severity = Severity::kInfo,
      .releases = kBothReleases,
      .title = "HTTP API session-key override is enabled",
      .remediation = "",
      .docs = R"md(## What it does
Reports (info) that an OpenAI-compatible HTTP endpoint is enabled
(`gateway.http.endpoints.chatCompletions.enabled: true` or
`gateway.http.endpoints.responses.enabled: true`). These endpoints accept the
`x-openclaw-session-key` header, so a caller picks the session a request
lands in.

## Why is this bad?
Whoever holds an API credential can route requests into any session,
including other users' conversations: treat API credential holders as
trusted principals.

## Example
```json5
{ gateway: { http: { endpoints: { chatCompletions: { enabled: true } } } } }
```

## Use instead
```json5
{ gateway: { http: { endpoints: { chatCompletions: { enabled: false } } } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const config::Value* chat =
        c.Find("gateway.http.endpoints.chatCompletions.enabled");
    const config::Value* responses =
        c.Find("gateway.http.endpoints.responses.enabled");
    const bool chat_on = chat && chat->is_true();
    const bool responses_on = responses && responses->is_true();
    if (!chat_on && !responses_on) return;
    std::string endpoints;
    if (chat_on) endpoints = "/v1/chat/completions";
    if (responses_on) {
      endpoints += std::string(endpoints.empty() ? "" : ", ") + "/v1/responses";
    }
    out.Report(*(chat_on ? chat : responses),
               chat_on ? "gateway.http.endpoints.chatCompletions.enabled"
                       : "gateway.http.endpoints.responses.enabled",
               endpoints +
                   " accept x-openclaw-session-key for per-request session "
                   "routing. Treat API credential holders as trusted "
                   "principals.");
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(GatewayHttpSessionKeyOverrideEnabled)
}  // namespace clawlint::checks
