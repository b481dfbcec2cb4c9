#include <algorithm>
#include <cctype>
#include <set>

#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class NodesDenyCommandsIneffective final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.nodes.deny_commands_ineffective",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Some gateway.nodes.denyCommands entries are ineffective",
      .remediation = "",
      .docs = R"md(## What it does
Flags entries of the node command deny list (2026.4.29
`gateway.nodes.denyCommands`, 2026.9.6 `gateway.nodes.commands.deny`) that
cannot block anything, because the list matches exact command names only:

- pattern-like entries: globs and regex syntax (`? * [ ] { } ( ) , |`, a
  leading or trailing `/`, a leading `^`, a trailing `$`), whitespace (shell
  text), `group:` names;
- exact names that are not known node commands: neither a platform default,
  a dangerous command, nor an entry of the allow list. The finding suggests
  close known names. In 2026.9.6 the `canvas.*` commands are plugin-provided
  and therefore unknown.

## Why is this bad?
The deny list gives a false sense of safety: `system.*` or
`system.run rm -rf` blocks nothing, and a typo such as `system.runn` leaves
`system.run` allowed.

## Example
```json5
{ gateway: { nodes: { denyCommands: ["system.*"] } } }
```

## Use instead
```json5
{ gateway: { nodes: { denyCommands: ["system.run", "system.which"] } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const bool v429 = c.is_4_29();
    const char* deny_path =
        v429 ? "gateway.nodes.denyCommands" : "gateway.nodes.commands.deny";
    const config::Value* deny = c.Find(deny_path);
    if (!deny || !deny->is_array() || deny->items.empty()) return;
    const std::vector<std::string> known = KnownCommands(c);
    const std::set<std::string> known_set(known.begin(), known.end());
    std::vector<std::string> patterns, unknown;
    const config::Value* first = nullptr;
    size_t first_index = 0;
    for (size_t i = 0; i < deny->items.size(); ++i) {
      const config::Value& item = *deny->items[i];
      if (!item.is_string()) continue;
      std::string entry(Trim(item.string));
      if (entry.empty()) continue;
      if (LooksLikePattern(entry)) {
        patterns.push_back(entry);
      } else if (!known_set.count(entry)) {
        unknown.push_back(entry);
      } else {
        continue;
      }
      if (!first) {
        first = &item;
        first_index = i;
      }
    }
    if (!first) return;
    std::string detail =
        std::string(deny_path) +
        " uses exact node command-name matching only (for example "
        "`system.run`), not shell-text filtering inside a command payload.";
    if (!patterns.empty()) {
      detail += "\n- Pattern-like entries (not supported by exact matching): " +
                Join(patterns);
    }
    if (!unknown.empty()) {
      std::vector<std::string> described;
      for (const std::string& entry : unknown) {
        std::vector<std::string> suggestions = Suggest(entry, known);
        described.push_back(suggestions.empty() ? entry
                                                : entry + " (did you mean: " +
                                                      Join(suggestions) + ")");
      }
      detail += std::string("\n- Unknown command names (not in defaults/") +
                (v429 ? "allowCommands" : "gateway.nodes.commands.allow") +
                "): " + Join(described);
    }
    Finding& f = out.Report(
        *first,
        std::string(deny_path) + "[" + std::to_string(first_index) + "]",
        detail);
    if (!v429) {
      f.title = "Some gateway.nodes.commands.deny entries are ineffective";
    }
    std::vector<std::string> examples(
        known.begin(), known.begin() + std::min<size_t>(8, known.size()));
    f.remediation =
        "Use exact command names (for example: " + Join(examples) +
        "). If you need broader restrictions, remove risky command IDs from " +
        (v429 ? "allowCommands" : "gateway.nodes.commands.allow") +
        "/default workflows and tighten tools.exec policy.";
  }

 private:
  static std::string Join(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) {
      out += (out.empty() ? "" : ", ") + item;
    }
    return out;
  }

  // looksLikeNodeCommandPattern.
  static bool LooksLikePattern(std::string_view v) {
    if (v.find_first_of("?*[]{}(),|") != std::string_view::npos) return true;
    if (v.starts_with('/') || v.ends_with('/') || v.starts_with('^') ||
        v.ends_with('$')) {
      return true;
    }
    // `v` is trimmed, so Trim shortens a suffix only at a leading space.
    for (size_t i = 0; i < v.size(); ++i) {
      if (Trim(v.substr(i)).size() != v.size() - i) return true;
    }
    return v.find("group:") != std::string_view::npos;
  }

  // listKnownNodeCommands: the union of the allowlists of every platform
  // (with the deny list cleared) plus the dangerous commands, in the order
  // the reference inserts them. Allow-list entries join after the first
  // platform's defaults.
  static std::vector<std::string> KnownCommands(const config::ConfigView& c) {
    static constexpr std::string_view kFirst429[] = {
        "canvas.present",        "canvas.hide",       "canvas.navigate",
        "canvas.eval",           "canvas.snapshot",   "canvas.a2ui.push",
        "canvas.a2ui.pushJSONL", "canvas.a2ui.reset", "camera.list",
        "location.get",          "device.info",       "device.status",
        "contacts.search",       "calendar.events",   "reminders.list",
        "photos.latest",         "motion.activity",   "motion.pedometer",
        "system.notify"};
    static constexpr std::string_view kRest429[] = {
        "notifications.list", "notifications.actions",
        "device.permissions", "device.health",
        "callLog.search",     "system.run.prepare",
        "system.run",         "system.which",
        "browser.proxy",      "screen.snapshot",
        "camera.snap",        "camera.clip",
        "screen.record",      "contacts.add",
        "calendar.add",       "reminders.add",
        "sms.send",           "sms.search"};
    static constexpr std::string_view kFirst96[] = {
        "camera.list",      "location.get",    "device.info",
        "device.status",    "contacts.search", "calendar.events",
        "reminders.list",   "photos.latest",   "motion.activity",
        "motion.pedometer", "system.notify",   "watch.status",
        "watch.notify"};
    static constexpr std::string_view kRest96[] = {"notifications.list",
                                                   "notifications.actions",
                                                   "device.permissions",
                                                   "device.health",
                                                   "device.apps",
                                                   "callLog.search",
                                                   "mobile.ui.observe",
                                                   "mobile.ui.act",
                                                   "camera.ptz.status",
                                                   "system.run.prepare",
                                                   "system.run",
                                                   "system.which",
                                                   "system.execApprovals.get",
                                                   "system.execApprovals.set",
                                                   "fs.listDir",
                                                   "terminal.upload",
                                                   "browser.proxy",
                                                   "browser.proxy.upload.v1",
                                                   "mcp.tools.call.v1",
                                                   "agent.cli.claude.run.v1",
                                                   "screen.snapshot",
                                                   "desktop.stream",
                                                   "computer.act",
                                                   "talk.ptt.start",
                                                   "talk.ptt.stop",
                                                   "talk.ptt.cancel",
                                                   "talk.ptt.once",
                                                   "camera.snap",
                                                   "camera.clip",
                                                   "camera.ptz.control",
                                                   "screen.record",
                                                   "contacts.add",
                                                   "calendar.add",
                                                   "reminders.add",
                                                   "sms.send",
                                                   "sms.search",
                                                   "health.summary"};
    static constexpr std::string_view kWorkerPrivate[] = {
        "worker.bundle.install.v1",
        "worker.launch.v1",
        "worker.status.v1",
        "worker.cancel.v1",
        "worker.environment.stop.v1",
        "worker.workspace.exec.v1",
        "worker.workspace.prepare.v1",
        "worker.workspace.retain.v1",
        "worker.desktop.stream.v1",
        "worker.desktop.launch.v1",
        "worker.desktop.computer.v1",
        "worker.portal.stream.v1"};
    const bool v429 = c.is_4_29();
    const config::Value* apps = c.Find("wizard.appRecommendations");
    const bool drop_apps = !v429 && apps && apps->is_false();
    std::vector<std::string> out;
    std::set<std::string> seen;
    auto add = [&](std::string_view cmd) {
      if (cmd.empty() || (drop_apps && cmd == "device.apps")) return;
      if (!v429 &&
          std::find(std::begin(kWorkerPrivate), std::end(kWorkerPrivate),
                    cmd) != std::end(kWorkerPrivate)) {
        return;
      }
      if (seen.insert(std::string(cmd)).second) out.emplace_back(cmd);
    };
    if (v429) {
      for (std::string_view cmd : kFirst429) add(cmd);
    } else {
      for (std::string_view cmd : kFirst96) add(cmd);
    }
    const config::Value* allow = c.Find(v429 ? "gateway.nodes.allowCommands"
                                             : "gateway.nodes.commands.allow");
    if (allow && allow->is_array()) {
      for (const auto& item : allow->items) {
        if (item->is_string()) add(Trim(item->string));
      }
    }
    if (v429) {
      for (std::string_view cmd : kRest429) add(cmd);
    } else {
      for (std::string_view cmd : kRest96) add(cmd);
    }
    return out;
  }

  static size_t EditDistance(std::string_view a, std::string_view b) {
    std::vector<size_t> dp(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) dp[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
      size_t prev = dp[0];
      dp[0] = i;
      for (size_t j = 1; j <= b.size(); ++j) {
        size_t temp = dp[j];
        size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
        dp[j] = std::min({dp[j] + 1, dp[j - 1] + 1, prev + cost});
        prev = temp;
      }
    }
    return dp[b.size()];
  }

  // String.prototype.localeCompare for command names ([A-Za-z0-9.]): letters
  // compare case-insensitively first, lower case before upper case on ties.
  static bool LocaleLess(const std::string& a, const std::string& b) {
    auto fold = [](const std::string& s) {
      std::string out = s;
      for (char& ch : out) {
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      }
      return out;
    };
    const std::string fa = fold(a), fb = fold(b);
    if (fa != fb) return fa < fb;
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
      if (a[i] != b[i]) return std::islower(static_cast<unsigned char>(a[i]));
    }
    return a.size() < b.size();
  }

  // suggestKnownNodeCommands.
  static std::vector<std::string> Suggest(
      const std::string& needle, const std::vector<std::string>& known) {
    std::string prefix = needle;
    size_t dot = needle.find('.');
    if (dot != std::string::npos) {
      size_t second = needle.find('.', dot + 1);
      prefix = needle.substr(0, second);
    }
    std::vector<std::string> hits;
    for (const std::string& cmd : known) {
      if (cmd.starts_with(prefix) && hits.size() < 3) hits.push_back(cmd);
    }
    if (!hits.empty()) return hits;
    std::vector<std::pair<size_t, std::string>> ranked;
    for (const std::string& cmd : known) {
      ranked.emplace_back(EditDistance(needle, cmd), cmd);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& x, const auto& y) {
                       if (x.first != y.first) return x.first < y.first;
                       return LocaleLess(x.second, y.second);
                     });
    if (ranked.empty()) return hits;
    const size_t threshold =
        std::max<size_t>(2, std::min<size_t>(4, ranked[0].first));
    for (const auto& [d, cmd] : ranked) {
      if (d <= threshold && hits.size() < 3) hits.push_back(cmd);
    }
    return hits;
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(NodesDenyCommandsIneffective)
}  // namespace clawlint::checks
