#include <algorithm>
#include <set>

#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class NodesAllowCommandsDangerous final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.nodes.allow_commands_dangerous",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Dangerous node commands explicitly enabled",
      .remediation = "",
      .docs = R"md(## What it does
Flags dangerous node commands in the node command allow list (2026.4.29
`gateway.nodes.allowCommands`, 2026.9.6 `gateway.nodes.commands.allow`)
that the deny list does not cancel. Entries are trimmed. Dangerous commands:
`camera.snap`, `camera.clip`, `screen.record`, `contacts.add`,
`calendar.add`, `reminders.add`, `sms.send`, `sms.search`, and in 2026.9.6
also `camera.ptz.control` and `health.summary`.

Critical when the gateway is reachable remotely (non-loopback bind, or
Tailscale serve/funnel), warn otherwise.

## Why is this bad?
These commands take pictures, record the screen, write contacts and
calendars or send SMS on paired devices: whoever holds gateway auth can
trigger them.

## Example
```json5
{ gateway: { nodes: { allowCommands: ["camera.snap", "sms.send"] } } }
```

## Use instead
```json5
{ gateway: { nodes: { allowCommands: ["camera.list"] } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    static constexpr std::string_view kDangerous[] = {
        "camera.snap",  "camera.clip",   "camera.ptz.control", "screen.record",
        "contacts.add", "calendar.add",  "reminders.add",      "sms.send",
        "sms.search",   "health.summary"};
    const bool v429 = c.is_4_29();
    const char* allow_path =
        v429 ? "gateway.nodes.allowCommands" : "gateway.nodes.commands.allow";
    const config::Value* allow = c.Find(allow_path);
    if (!allow || !allow->is_array() || allow->items.empty()) return;
    const std::set<std::string> denied = Trimmed(c.Find(
        v429 ? "gateway.nodes.denyCommands" : "gateway.nodes.commands.deny"));
    auto dangerous = [&](std::string_view cmd) {
      if (v429 && (cmd == "camera.ptz.control" || cmd == "health.summary")) {
        return false;
      }
      return std::find(std::begin(kDangerous), std::end(kDangerous), cmd) !=
                 std::end(kDangerous) &&
             !denied.count(std::string(cmd));
    };
    const std::set<std::string> allowed = Trimmed(allow);
    std::string listed;
    for (std::string_view cmd : kDangerous) {
      if (allowed.count(std::string(cmd)) && dangerous(cmd)) {
        listed += (listed.empty() ? "" : ", ") + std::string(cmd);
      }
    }
    if (listed.empty()) return;
    // Located at the first allow entry (in list order) that is dangerous.
    size_t index = 0;
    while (index < allow->items.size() &&
           !(allow->items[index]->is_string() &&
             dangerous(Trim(allow->items[index]->string)))) {
      ++index;
    }
    Finding& f = out.Report(
        *allow->items[index],
        std::string(allow_path) + "[" + std::to_string(index) + "]",
        std::string(allow_path) + " includes: " + listed +
            (v429 ? ". These commands can trigger high-impact device actions "
                    "or read node files "
                    "(camera/screen/contacts/calendar/reminders/SMS/file)."
                  : ". These commands can trigger high-impact device actions "
                    "or read sensitive data (desktop "
                    "input/camera/screen/contacts/calendar/reminders/health/"
                    "SMS/file)."),
        RemotelyExposed(c) ? Severity::kCritical : Severity::kWarn);
    f.remediation = "Remove these entries from " + std::string(allow_path) +
                    " (recommended). If you keep them, treat gateway auth as "
                    "full operator access and keep gateway exposure "
                    "local/tailnet-only.";
  }

 private:
  static std::set<std::string> Trimmed(const config::Value* list) {
    std::set<std::string> out;
    if (!list || !list->is_array()) return out;
    for (const auto& item : list->items) {
      if (item->is_string()) out.emplace(Trim(item->string));
    }
    return out;
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(NodesAllowCommandsDangerous)
}  // namespace clawlint::checks
