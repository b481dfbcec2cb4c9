#include <re2/re2.h>

#include <memory>

#include "checks/check.h"

namespace clawlint::checks {
namespace {

// Files of an OpenClaw state directory that hold secrets or private data
// (config-format.md §7), matched against repo-relative paths. Compiled once.
struct StateFile {
  std::string_view pattern;  // RE2, full match on the path
  std::string_view what;
};

constexpr StateFile kStateFiles[] = {
    {R"((?:.*/)?credentials/whatsapp/[^/]+/.+)",
     "WhatsApp session credentials (Baileys creds.json and keys)"},
    {R"((?:.*/)?creds\.json(?:\.bak)?)", "WhatsApp session credentials"},
    {R"((?:.*/)?credentials/[^/]+\.json)",
     "OpenClaw credentials (OAuth tokens, channel allowlists, pairing)"},
    {R"((?:.*/)?auth-profiles\.json)",
     "model provider auth profiles (API keys, OAuth tokens)"},
    {R"((?:.*/)?agents/[^/]+/agent/(?:auth|models)\.json)",
     "agent auth or model provider state (may hold API keys)"},
    {R"((?:.*/)?agents/[^/]+/sessions/(?:sessions\.json|[^/]+\.jsonl))",
     "agent session store or transcript"},
    {R"((?:.*/)?\.env)", "environment file (provider keys, gateway token)"},
    {R"((?:.*/)?gateway\.env)", "gateway environment file"},
    {R"((?:.*/)?(?:openclaw|clawdbot)\.json\.bak(?:\.[0-9]+)?)",
     "full config backup"},
    {R"((?:.*/)?(?:openclaw|clawdbot)\.json\.(?:clobbered|rejected)\.[^/]+)",
     "full config copy kept by OpenClaw"},
    {R"((?:.*/)?(?:openclaw|clawdbot)\.json\.[0-9]+\.[^/]+\.tmp)",
     "full config copy left by an interrupted write"},
    {R"((?:.*/)?identity/device(?:-auth)?\.json)", "device identity key pair"},
    {R"((?:.*/)?(?:devices|nodes)/(?:paired|pending|bootstrap)\.json)",
     "paired device or node tokens"},
    {R"((?:.*/)?exec-approvals\.json)", "exec approvals store"},
};

class SecretsStateFileCommitted final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "secrets.state_file_committed",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Sensitive OpenClaw state file committed",
      .remediation =
          "Remove it from the repository (git rm --cached), add "
          "it to .gitignore and rotate what it holds.",
      .docs = R"md(## What it does
Looks at every file under the scanned paths (not only config roots) and
flags OpenClaw state that holds secrets: `credentials/*.json` (OAuth
tokens, allowlists, pairing), WhatsApp `creds.json` and its key files,
`auth-profiles.json`, agent `auth.json` / `models.json`, session stores and
transcripts, `.env` / `gateway.env`, full config copies
(`openclaw.json.bak*`, `*.clobbered.*`, `*.rejected.*`, interrupted-write
`.tmp` files), device identity and pairing stores, `exec-approvals.json`.
Files are matched by path only; their content is never read.

## Why is this bad?
These files hold live tokens and keys (or a full config with them); in a
repository they leak with every clone and stay in the history.

## Example
```
.openclaw/credentials/oauth.json
.openclaw/openclaw.json.bak
```

## Use instead
```
# .gitignore
.openclaw/*
!.openclaw/openclaw.json
```
)md",
      .scope = CheckMeta::kTree,
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView&, Reporter&) const override {}

  void RunOnTree(const std::vector<tree::Entry>& files,
                 TreeReporter& out) const override {
    static const auto* patterns = [] {
      auto* list = new std::vector<std::unique_ptr<RE2>>;
      for (const StateFile& s : kStateFiles)
        list->push_back(std::make_unique<RE2>(s.pattern));
      return list;
    }();
    for (const tree::Entry& e : files) {
      if (e.kind != tree::EntryKind::kFile) continue;
      for (size_t i = 0; i < patterns->size(); ++i) {
        if (!RE2::FullMatch(e.path, *(*patterns)[i])) continue;
        out.Report(e.path, e.path + " is " + std::string(kStateFiles[i].what) +
                               " from an OpenClaw state directory.");
        break;
      }
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(SecretsStateFileCommitted)
}  // namespace clawlint::checks
