#include <algorithm>
#include <cctype>

#include "checks/check.h"
#include "checks/helpers.h"

namespace clawlint::checks {
namespace {

class SandboxDangerousBindMount final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "sandbox.dangerous_bind_mount",
      .severity = Severity::kCritical,
      .releases = kBothReleases,
      .title = "Dangerous bind mount in sandbox config",
      .remediation = "",
      .docs = R"md(## What it does
Flags each sandbox docker bind (`agents.defaults.sandbox.docker.binds[]` and
every agent's `sandbox.docker.binds[]`, whatever the sandbox mode) whose host
source, normalised (`..`, `.`, repeated and trailing slashes resolved), is
`/`, or is or lies under a blocked host path: `/etc`, `/private/etc`,
`/proc`, `/sys`, `/dev`, the root user's home, `/boot`, `/run`, `/var/run`,
`/private/var/run` and the Docker sockets. 2026.9.6 also flags a source that
contains a blocked path (`/var` contains `/var/run`).

The reference also blocks `.aws`, `.cargo`, `.config`, `.docker`, `.gnupg`,
`.netrc`, `.npm` and `.ssh` under the home directory of the user running the
audit, and repeats the test on the symlink-resolved source (on most hosts
`/var/run` is a link to `/run`). Both depend on the host running the audit,
so clawlint checks neither.

## Why is this bad?
The container gets host credentials, system configuration, kernel interfaces
or the Docker socket (which is root on the host).

## Example
```json5
{ agents: { defaults: { sandbox: { docker: {
  binds: ["/var/run/docker.sock:/var/run/docker.sock"] } } } } }
```

## Use instead
```json5
{ agents: { defaults: { sandbox: { docker: {
  binds: ["/srv/project:/data"] } } } } }
```
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const std::vector<std::string>& blocked = BlockedPaths();
    for (const DockerBlock& block : SandboxDockerBlocks(c)) {
      const config::Value* binds = block.value->Get("binds");
      if (!binds || !binds->is_array()) continue;
      for (size_t i = 0; i < binds->items.size(); ++i) {
        const config::Value& bind = *binds->items[i];
        if (!bind.is_string()) continue;
        std::string verb, blocked_path;
        if (!Blocked(c, bind.string, blocked, &verb, &blocked_path)) continue;
        Finding& f = out.Report(
            bind, block.path + ".binds[" + std::to_string(i) + "]",
            block.label + ".binds contains \"" + bind.string + "\" which " +
                verb + " blocked path \"" + blocked_path +
                "\". This can expose host system directories or the Docker "
                "socket to sandbox containers.");
        f.remediation = "Remove \"" + bind.string + "\" from " + block.label +
                        ".binds. Use project-specific paths instead.";
      }
    }
  }

 private:
  // path.posix.normalize for an absolute path, without the trailing slash.
  static std::string Normalize(std::string_view path) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (start <= path.size()) {
      size_t slash = path.find('/', start);
      if (slash == std::string_view::npos) slash = path.size();
      std::string_view part = path.substr(start, slash - start);
      if (part == "..") {
        if (!parts.empty()) parts.pop_back();
      } else if (!part.empty() && part != ".") {
        parts.push_back(part);
      }
      start = slash + 1;
    }
    std::string out;
    for (std::string_view part : parts) {
      out += '/';
      out += part;
    }
    return out.empty() ? "/" : out;
  }

  // stripWindowsNamespacePrefix.
  static std::string_view StripNamespace(std::string_view s) {
    if (s.starts_with("\\\\?\\") || s.starts_with("//?/")) s.remove_prefix(4);
    return s;
  }

  // The fixed part of the reference's list. It also blocks credential
  // folders under the home directory of whoever runs the audit: host state
  // clawlint does not guess (a HOME set in the config's env section does not
  // count there either).
  static const std::vector<std::string>& BlockedPaths() {
    static const std::vector<std::string> blocked = {
        "/etc",
        "/private/etc",
        "/proc",
        "/sys",
        "/dev",
        "/" + std::string("root"),
        "/boot",
        "/run",
        "/var/run",
        "/private/var/run",
        "/var/run/docker.sock",
        "/private/var/run/docker.sock",
        "/run/docker.sock",
    };
    return blocked;
  }

  static bool Inside(const std::string& root, const std::string& target) {
    return target == root || target.starts_with(root + "/");
  }

  // getBlockedBindReason for the bind's host source.
  static bool Blocked(const config::ConfigView& c, std::string_view bind,
                      const std::vector<std::string>& blocked,
                      std::string* verb, std::string* blocked_path) {
    const bool v429 = c.is_4_29();
    if (v429) bind = Trim(bind);
    // The host part ends at the first ":" (after a drive-letter prefix).
    size_t from = bind.size() >= 3 &&
                          std::isalpha(static_cast<unsigned char>(bind[0])) &&
                          bind[1] == ':' && (bind[2] == '/' || bind[2] == '\\')
                      ? 2
                      : 0;
    std::string_view source = bind.substr(0, bind.find(':', from));
    if (v429) source = Trim(source);
    // Non-absolute sources are rejected by the reference's schema; drive
    // letter paths never fall under the POSIX blocked paths.
    if (!source.starts_with('/')) return false;
    std::string raw(StripNamespace(v429 ? Trim(source) : source));
    if (v429) std::replace(raw.begin(), raw.end(), '\\', '/');
    const std::string normalized = Normalize(raw);
    if (normalized == "/") {
      *verb = "covers";
      *blocked_path = "/";
      return true;
    }
    for (const std::string& b : blocked) {
      if (Inside(b, normalized)) {
        *verb = "targets";
        *blocked_path = b;
        return true;
      }
      if (!v429 && Inside(normalized, b)) {
        *verb = "covers";
        *blocked_path = b;
        return true;
      }
    }
    return false;
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(SandboxDangerousBindMount)
}  // namespace clawlint::checks
