#include <re2/re2.h>

#include <algorithm>

#include "checks/check.h"
#include "checks/helpers.h"
#include "checks/models/model_refs.h"

namespace clawlint::checks {
namespace {

class ModelsWeakTier final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "models.weak_tier",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Some configured models are below recommended tiers",
      .remediation =
          "Use the latest, top-tier model for any bot with tools or untrusted "
          "inboxes. Avoid Haiku tiers; prefer GPT-5+ and Claude 4.5+.",
      .docs = R"md(## What it does
Flags configured models below the recommended tiers: Haiku models, GPT
models before the GPT-5 family, and Claude models before 4.5. The refs are
those of `models.legacy` (default, image and agent models, with aliases and
providers resolved). The Claude test is the reference's own pattern, which
also counts ids such as `claude-3-5-sonnet` and `claude-3-7-sonnet` as "4.5
or higher". One finding lists up to 12 refs with their reasons.

## Why is this bad?
Smaller and older models are more susceptible to prompt injection and tool
misuse; a bot with tools or an untrusted inbox should run the strongest
model available.

## Example
```json5
{ agents: { defaults: { model: "openai/gpt-4o" } } }
```

## Use instead
```json5
{ agents: { defaults: { model: "anthropic/claude-opus-4-6" } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    static const RE2 kHaiku(R"((?i)\bhaiku\b)");
    static const RE2 kGpt(R"((?i)\bgpt-)");
    static const RE2 kGpt5(R"((?i)\bgpt-5(?:\b|[.-]))");
    static const RE2 kClaude(R"((?i)\bclaude-)");
    static const RE2 kClaude45(
        R"((?i)\bclaude-[^\s/]*?(?:-4-?(?:[5-9]|[1-9]\d)\b|4\.(?:[5-9]|[1-9]\d)\b|-[5-9](?:\b|[.-])))");
    struct Match {
      const models::ModelRef* ref;
      std::vector<std::string> reasons;
    };
    std::vector<Match> matches;  // keyed by (id, source), insertion order
    auto add = [&](const models::ModelRef& ref, const char* reason) {
      for (Match& m : matches) {
        if (m.ref->id == ref.id && m.ref->source == ref.source) {
          if (std::find(m.reasons.begin(), m.reasons.end(), reason) ==
              m.reasons.end()) {
            m.reasons.push_back(reason);
          }
          return;
        }
      }
      matches.push_back({&ref, {reason}});
    };
    const std::vector<models::ModelRef> refs = models::CollectModelRefs(c);
    for (const models::ModelRef& ref : refs) {
      if (RE2::PartialMatch(ref.id, kHaiku)) {
        add(ref, "Haiku tier (smaller model)");
      }
      if (RE2::PartialMatch(ref.id, kGpt) &&
          !RE2::PartialMatch(ref.id, kGpt5)) {
        add(ref, "Below GPT-5 family");
      }
      if (RE2::PartialMatch(ref.id, kClaude) &&
          !RE2::PartialMatch(ref.id, kClaude45)) {
        add(ref, "Below Claude 4.5");
      }
    }
    if (matches.empty()) return;
    std::string detail =
        "Smaller/older models are generally more susceptible to prompt "
        "injection and tool misuse.";
    for (size_t i = 0; i < matches.size() && i < 12; ++i) {
      std::string reasons;
      for (const std::string& r : matches[i].reasons) {
        reasons += (reasons.empty() ? "" : "; ") + r;
      }
      detail += "\n- " + matches[i].ref->id + " (" + reasons + ") @ " +
                matches[i].ref->source;
    }
    if (matches.size() > 12) {
      detail +=
          "\n\xE2\x80\xA6" + std::to_string(matches.size() - 12) + " more";
    }
    out.Report(*matches[0].ref->value, matches[0].ref->path, detail);
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ModelsWeakTier)
}  // namespace clawlint::checks
