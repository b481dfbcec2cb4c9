#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class ToolsProfileMinimalOverridden final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "tools.profile_minimal_overridden",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Global tools.profile=minimal is overridden by agent profiles",
      .remediation =
          "Set those agents to `tools.profile=\"minimal\"` (or remove the "
          "agent override) if you want minimal tools enforced globally.",
      .docs = R"md(## What it does
Fires when `tools.profile` is `"minimal"` and some agent entry (string id)
sets a truthy `tools.profile` other than `"minimal"`. Points at the first
such agent's `tools.profile`.

## Why is this bad?
The agent profile wins: the global minimal setting gives a false sense of
restriction.

## Example
```json5
{ tools: { profile: "minimal" },
  agents: { list: [{ id: "dev", tools: { profile: "coding" } }] } }
```

## Use instead
```json5
{ tools: { profile: "minimal" },
  agents: { list: [{ id: "dev", tools: { profile: "minimal" } }] } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const config::Value* global = c.Find("tools.profile");
    if (!global || !global->is_string() || global->string != "minimal") return;
    std::string detail =
        "Global minimal profile is set, but these agent profiles take "
        "precedence:";
    const config::Value* first = nullptr;
    std::string first_path;
    for (const AgentEntry& a : AgentEntries(c)) {
      if (!a.has_string_id) continue;
      const config::Value* tools = a.value->Get("tools");
      const config::Value* p = tools ? tools->Get("profile") : nullptr;
      if (!p || !Truthy(*p)) continue;
      if (p->is_string() && p->string == "minimal") continue;
      if (!first) {
        first = p;
        first_path = a.path + ".tools.profile";
      }
      detail += "\n- " + a.label + "=" + (p->is_string() ? p->string : "?");
    }
    if (first) out.Report(*first, first_path, detail);
  }

 private:
  static bool Truthy(const config::Value& v) {
    if (v.is_null()) return false;
    if (v.is_bool()) return v.boolean;
    if (v.is_string()) return !v.string.empty();
    if (v.is_number()) return v.number != 0 && v.number == v.number;
    return true;
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ToolsProfileMinimalOverridden)
}  // namespace clawlint::checks
