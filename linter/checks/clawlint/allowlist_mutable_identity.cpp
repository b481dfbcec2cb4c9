// clawlint.allowlist.mutable_identity: the `openclaw doctor` identity rules
// of checks-channels.md §4.1 for channels the 4.29 audit does not check.
// Not part of the reference audit (never in --format openclaw-json).
#include <string>
#include <vector>

#include "checks/channels/identity.h"
#include "checks/check.h"
#include "config/js_string.h"

namespace clawlint::checks {
namespace {

using config::MemberEntry;
using config::Value;

// The lists each doctor rule scans; "*" stands for every key of a map.
struct Scan {
  std::string_view channel;
  std::vector<std::vector<std::string_view>> lists;
};

const std::vector<Scan>& Scans() {
  static const std::vector<Scan> scans = {
      {"googlechat",
       {{"groupAllowFrom"}, {"dm", "allowFrom"}, {"groups", "*", "users"}}},
      {"irc",
       {{"allowFrom"}, {"groupAllowFrom"}, {"groups", "*", "allowFrom"}}},
      {"mattermost", {{"allowFrom"}, {"groupAllowFrom"}}},
      {"msteams", {{"allowFrom"}, {"groupAllowFrom"}}},
      {"slack",
       {{"allowFrom"}, {"dm", "allowFrom"}, {"channels", "*", "users"}}},
  };
  return scans;
}

class AllowlistMutableIdentity final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "clawlint.allowlist.mutable_identity",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "Allowlist entry is a mutable name, not a stable id",
      .remediation = "List the sender's stable id instead of a name.",
      .docs = R"md(## What it does
clawlint's own check, **not part of the reference audit** (`openclaw security
audit` does not run it; it is never written in `--format openclaw-json`).
It applies the identity rules `openclaw doctor` uses for channels whose
allowlists the 2026.4.29 audit does not inspect: slack, googlechat, msteams,
irc and mattermost. Each offending entry is reported at the entry itself.
A scope (channel root or account) with `dangerouslyAllowNameMatching: true`
is skipped, as the doctor does (an account's own boolean wins).

`--explain` lists the rules, generated from the rule table
(`checks/channels/identity.cpp`).

## Why is this bad?
Display names, nicks and e-mail addresses can be changed or re-registered by
someone else, who then passes the allowlist.

## Example
```json5
{ channels: { irc: { host: "irc.example.net", nick: "bot", allowFrom: ["alice"] } } }
```

## Use instead
```json5
{ channels: { irc: { host: "irc.example.net", nick: "bot", allowFrom: ["alice!alice@example.net"] } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const Value* channels = c.Find("channels");
    if (!channels || !channels->is_object()) return;
    for (const Scan& scan : Scans()) {
      const Value* root = channels->Get(scan.channel);
      if (!root || !root->is_object()) continue;
      const Value* enabled = root->Get("enabled");
      if (enabled && enabled->is_false()) continue;
      const std::string base = "channels." + std::string(scan.channel);
      const Value* root_dan = root->Get("dangerouslyAllowNameMatching");
      const bool root_on = root_dan && root_dan->is_true();
      if (!root_on) ScanScope(scan, *root, base, out);
      const Value* accounts = root->Get("accounts");
      if (!accounts || !accounts->is_object()) continue;
      for (const MemberEntry& a : accounts->members) {
        if (!a.value->is_object()) continue;
        const Value* own = a.value->Get("dangerouslyAllowNameMatching");
        const bool on = own && own->is_bool() ? own->boolean : root_on;
        if (on) continue;
        ScanScope(scan, *a.value, base + ".accounts." + a.key, out);
      }
    }
  }

 private:
  static void ScanScope(const Scan& scan, const Value& scope,
                        const std::string& path, Reporter& out) {
    for (const auto& list : scan.lists) {
      Walk(scan.channel, scope, list, 0, path, out);
    }
  }

  static void Walk(std::string_view channel, const Value& v,
                   const std::vector<std::string_view>& segs, size_t i,
                   const std::string& path, Reporter& out) {
    if (i == segs.size()) {
      if (!v.is_array()) return;
      for (size_t k = 0; k < v.items.size(); ++k) {
        const Value& item = *v.items[k];
        if (!item.is_string()) continue;
        if (channels::ClassifyIdentity(channel, item.string) !=
            channels::Identity::kMutable)
          continue;
        const std::string at = path + "[" + std::to_string(k) + "]";
        out.Report(item, at,
                   at + ": \"" + std::string(config::JsTrim(item.string)) +
                       "\" is a mutable " + std::string(channel) +
                       " identity (name), not a stable id.");
      }
      return;
    }
    if (!v.is_object()) return;
    if (segs[i] == "*") {
      for (const MemberEntry& m : v.members) {
        Walk(channel, *m.value, segs, i + 1, path + "." + m.key, out);
      }
      return;
    }
    const Value* next = v.Get(segs[i]);
    if (next) {
      Walk(channel, *next, segs, i + 1, path + "." + std::string(segs[i]), out);
    }
  }
};

}  // namespace

CLAWLINT_REGISTER_CHECK(AllowlistMutableIdentity)

}  // namespace clawlint::checks
