#include <algorithm>
#include <span>

#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

// The tools `POST /tools/invoke` denies by default (checks-gateway.md §2.3).
constexpr std::string_view kDeny429[] = {
    "exec",          "spawn",   "shell",       "fs_write",
    "fs_delete",     "fs_move", "apply_patch", "sessions_spawn",
    "sessions_send", "cron",    "gateway",     "nodes"};
constexpr std::string_view kDeny96[] = {"exec",
                                        "spawn",
                                        "shell",
                                        "fs_write",
                                        "fs_delete",
                                        "fs_move",
                                        "apply_patch",
                                        "terminal",
                                        "portal",
                                        "sessions_spawn",
                                        "sessions_send",
                                        "conversations_list",
                                        "conversations_send",
                                        "conversations_turn",
                                        "automations",
                                        "gateway",
                                        "plugins",
                                        "nodes",
                                        "computer",
                                        "mobile_ui",
                                        "openclaw"};

// JavaScript toLowerCase() for the ASCII letters tool names use.
std::string AsciiLower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return out;
}

class ToolsInvokeHttpDangerousAllow final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.tools_invoke_http.dangerous_allow",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Gateway HTTP /tools/invoke re-enables dangerous tools",
      .remediation =
          "Remove these entries from gateway.tools.allow (recommended). If you "
          "keep them enabled, keep gateway.bind loopback-only (or "
          "tailnet-only), restrict network exposure, and treat the gateway "
          "token/password as full-admin.",
      .docs = R"md(## What it does
Flags `gateway.tools.allow` entries that take a tool off the default deny list
of the gateway's HTTP `POST /tools/invoke` endpoint: `exec`, `spawn`, `shell`,
`fs_write`, `fs_delete`, `fs_move`, `apply_patch`, `sessions_spawn`,
`sessions_send`, `gateway`, `nodes`, and in 2026.4.29 `cron`; 2026.9.6 adds
`terminal`, `portal`, `conversations_*`, `automations`, `plugins`, `computer`,
`mobile_ui` and `openclaw` and no longer lists `cron`. Entries are compared
trimmed and lower-cased; groups are not expanded. Critical when the gateway
binds beyond loopback or uses Tailscale Funnel, else a warning.

## Why is this bad?
These tools spawn sessions, run commands or drive the control plane. Any HTTP
client holding the gateway credential can then invoke them without the
interactive approval flows they were designed for.

## Example
```json5
{ gateway: { bind: "lan", tools: { allow: ["exec", "sessions_spawn"] } } }
```

## Use instead
```json5
{ gateway: { bind: "loopback", tools: { allow: ["web_search"] } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const config::Value* allow = c.Find("gateway.tools.allow");
    if (!allow || !allow->is_array()) return;
    auto deny = c.is_4_29() ? std::span<const std::string_view>(kDeny429)
                            : std::span<const std::string_view>(kDeny96);
    std::vector<std::string> allowed;
    for (const config::ValuePtr& item : allow->items) {
      allowed.push_back(item->is_string() ? AsciiLower(Trim(item->string))
                                          : std::string());
    }
    // Listed in deny-list order, as the reference does.
    std::string names;
    for (std::string_view tool : deny) {
      if (std::find(allowed.begin(), allowed.end(), tool) == allowed.end())
        continue;
      names += (names.empty() ? "" : ", ") + std::string(tool);
    }
    if (names.empty()) return;
    size_t first = 0;
    while (std::find(deny.begin(), deny.end(), allowed[first]) == deny.end())
      ++first;
    const bool exposed = ExposedByBind(c) || TailscaleMode(c) == "funnel";
    out.Report(
        *allow->items[first],
        "gateway.tools.allow[" + std::to_string(first) + "]",
        "gateway.tools.allow re-enables " + names + " over HTTP /tools/invoke" +
            (exposed ? ", and the gateway is reachable beyond loopback" : "") +
            ".",
        exposed ? Severity::kCritical : Severity::kWarn);
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(ToolsInvokeHttpDangerousAllow)
}  // namespace clawlint::checks
