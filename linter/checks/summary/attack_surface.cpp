#include "checks/check.h"
#include "checks/helpers.h"
#include "checks/tools/exec_scopes.h"

namespace clawlint::checks {
namespace {

using config::Value;

class SummaryAttackSurface final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "summary.attack_surface",
      .severity = Severity::kInfo,
      .releases = kBothReleases,
      .title = "Attack surface summary",
      .remediation = "",
      .docs = R"md(## What it does
Always reports one informational summary of what the config exposes: group
policies of the top-level channels, elevated tools, webhooks, internal hooks,
browser control, and the trust model OpenClaw assumes.

## Why is this bad?
It is not; it gives reviewers the context of every other finding.

## Example
Any config.

## Use instead
Nothing to change.
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    std::string detail = GroupLine(c);
    detail += "\ntools.elevated: " +
              OnOff(!IsFalse(c.Find("tools.elevated.enabled")));
    detail += "\nhooks.webhooks: " + OnOff(HooksEnabled(c));
    detail += "\nhooks.internal: " + OnOff(InternalHooksEnabled(c));
    detail += "\nbrowser control: " + OnOff(BrowserControlEnabled(c));
    detail +=
        "\ntrust model: personal assistant (one trusted operator boundary), "
        "not hostile multi-tenant on one shared gateway";
    if (!c.is_4_29()) {
      detail +=
          ". For multiple users or organizations, run one isolated Gateway "
          "cell per tenant: https://docs.openclaw.ai/gateway/"
          "multi-tenant-hosting";
    }
    out.Report(c.root(), "", detail);
  }

 private:
  static std::string OnOff(bool on) { return on ? "enabled" : "disabled"; }
  static bool IsFalse(const Value* v) { return v && v->is_false(); }

  // Top-level channels only (after the schema defaults of the normalized
  // channel view); accounts are not visited.
  static std::string GroupLine(const config::ConfigView& c) {
    int open = 0, allowlist = 0;
    if (const config::ValuePtr channels = tools::ChannelsSection(c)) {
      for (const auto& m : channels->members) {
        const Value* policy = m.value->Get("groupPolicy");
        if (!policy || !policy->is_string()) continue;
        open += policy->string == "open";
        allowlist += policy->string == "allowlist";
      }
    }
    return "groups: open=" + std::to_string(open) +
           ", allowlist=" + std::to_string(allowlist);
  }

  static bool InternalHooksEnabled(const config::ConfigView& c) {
    const Value* internal = c.Find("hooks.internal");
    if (!internal || !internal->is_object()) return false;
    const Value* enabled = internal->Get("enabled");
    if (IsFalse(enabled)) return false;
    if (enabled && enabled->is_true()) return true;
    if (const Value* entries = internal->Get("entries")) {
      for (const auto& m : entries->members) {
        if (!IsFalse(m.value->Get("enabled"))) return true;
      }
    }
    if (const Value* dirs = c.Find("hooks.internal.load.extraDirs")) {
      for (const auto& item : dirs->items) {
        if (IsNonBlankString(item.get())) return true;
      }
    }
    if (!c.is_4_29()) return false;  // 9.6 reads installs from machine state
    const Value* installs = internal->Get("installs");
    if (installs && !installs->members.empty()) return true;
    const Value* handlers = internal->Get("handlers");
    return handlers && handlers->is_array() && !handlers->items.empty();
  }

  static bool BrowserControlEnabled(const config::ConfigView& c) {
    if (IsFalse(c.Find("browser.enabled"))) return false;
    if (c.is_4_29()) return true;
    // 9.6 also asks whether the plugin policy admits the browser plugin.
    if (IsFalse(c.Find("plugins.enabled"))) return false;
    if (IsFalse(c.Find("plugins.entries.browser.enabled"))) return false;
    if (ListHas(c.Find("plugins.deny"), "browser")) return false;
    const Value* allow = c.Find("plugins.allow");
    if (allow && allow->is_array() && !allow->items.empty() &&
        !ListHas(allow, "browser")) {
      return false;
    }
    return true;
  }

  static bool ListHas(const Value* list, std::string_view name) {
    if (!list || !list->is_array()) return false;
    for (const auto& item : list->items) {
      if (item->is_string() && item->string == name) return true;
    }
    return false;
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(SummaryAttackSurface)
}  // namespace clawlint::checks
