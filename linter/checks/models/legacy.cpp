#include <re2/re2.h>

#include "checks/check.h"
#include "checks/helpers.h"
#include "checks/models/model_refs.h"

namespace clawlint::checks {
namespace {

class ModelsLegacy final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "models.legacy",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Some configured models look legacy",
      .remediation =
          "Prefer modern, instruction-hardened models for any bot that can "
          "run tools.",
      .docs = R"md(## What it does
Flags configured models from legacy families: GPT-3.5, Claude 2 / Claude
Instant, and the GPT-4 `0314`/`0613` snapshots. The refs examined are the
primary and fallbacks of `agents.defaults.model`,
`agents.defaults.imageModel`, and of each agent's `model`, after resolving
aliases (`agents.defaults.models.<ref>.alias`), dropping an `@profile`
suffix and normalizing the provider (a bare id gets `openai/`). The catalog
`agents.defaults.models` itself is not audited. One finding lists up to 12
refs.

## Why is this bad?
Older models follow injected instructions more readily and misuse tools more
often than current ones.

## Example
```json5
{ agents: { defaults: { model: "openai/gpt-3.5-turbo" } } }
```

## Use instead
```json5
{ agents: { defaults: { model: "openai/gpt-5.5" } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    static const RE2 kGpt35(R"((?i)\bgpt-3\.5\b)");
    static const RE2 kClaude2(R"((?i)\bclaude-(instant|2)\b)");
    static const RE2 kGpt4Legacy(R"((?i)\bgpt-4-(0314|0613)\b)");
    const std::vector<models::ModelRef> refs = models::CollectModelRefs(c);
    std::vector<std::string> lines;
    const models::ModelRef* first = nullptr;
    for (const models::ModelRef& ref : refs) {
      const char* reason = nullptr;
      if (RE2::PartialMatch(ref.id, kGpt35)) {
        reason = "GPT-3.5 family";
      } else if (RE2::PartialMatch(ref.id, kClaude2)) {
        reason = "Claude 2/Instant family";
      } else if (RE2::PartialMatch(ref.id, kGpt4Legacy)) {
        reason = "Legacy GPT-4 snapshots";
      }
      if (!reason) continue;
      lines.push_back("- " + ref.id + " (" + reason + ") @ " + ref.source);
      if (!first) first = &ref;
    }
    if (!first) return;
    std::string detail =
        "Older/legacy models can be less robust against prompt injection and "
        "tool misuse.";
    for (size_t i = 0; i < lines.size() && i < 12; ++i)
      detail += "\n" + lines[i];
    if (lines.size() > 12) {
      detail += "\n\xE2\x80\xA6" + std::to_string(lines.size() - 12) + " more";
    }
    out.Report(*first->value, first->path, detail);
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ModelsLegacy)
}  // namespace clawlint::checks
