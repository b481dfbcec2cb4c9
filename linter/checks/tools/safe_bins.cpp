#include "checks/tools/safe_bins.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "checks/helpers.h"

namespace clawlint::checks::tools {

namespace {

using config::Value;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  return out;
}

const Value* Exec(const Value* owner) {
  if (!owner || !owner->is_object()) return nullptr;
  const Value* tools = owner->Get("tools");
  const Value* exec =
      tools && tools->is_object() ? tools->Get("exec") : nullptr;
  return exec && exec->is_object() ? exec : nullptr;
}

// normalizeConfiguredSafeBins: lower-cased trimmed strings, deduped, sorted.
std::vector<std::string> ConfiguredSafeBins(const Value* list) {
  std::set<std::string> out;
  if (!list || !list->is_array()) return {};
  for (const auto& item : list->items) {
    if (!item->is_string()) continue;
    std::string s = Lower(Trim(item->string));
    if (!s.empty()) out.insert(s);
  }
  return {out.begin(), out.end()};
}

void AddProfiles(const Value* exec, std::set<std::string>& profiles) {
  const Value* p = exec ? exec->Get("safeBinProfiles") : nullptr;
  if (!p || !p->is_object()) return;
  for (const auto& m : p->members) {
    std::string name = Lower(Trim(m.key));
    if (!name.empty()) profiles.insert(name);
  }
}

bool IsBroad(std::string_view bin) {
  for (std::string_view b :
       {"jq", "awk", "gawk", "mawk", "nawk", "sed", "gsed"}) {
    if (bin == b) return true;
  }
  return false;
}

void Fill(SafeBinScope& s, const std::set<std::string>& profiles) {
  std::set<std::string> interp, broad;
  for (const std::string& raw : s.bins) {
    std::string name = SafeBinName(raw);
    if (name.empty()) continue;
    if (IsInterpreterLikeSafeBin(name) && !profiles.count(name)) {
      interp.insert(name);
    }
    if (IsBroad(name)) broad.insert(name);
  }
  s.unprofiled_interpreters.assign(interp.begin(), interp.end());
  s.broad.assign(broad.begin(), broad.end());
}

// path.posix.resolve of an absolute path.
std::string Resolve(std::string_view path) {
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
  for (std::string_view p : parts) {
    out += '/';
    out += p;
  }
  return out.empty() ? "/" : out;
}

}  // namespace

std::string SafeBinName(std::string_view raw) {
  std::string s = Lower(Trim(raw));
  if (s.empty()) return "";
  size_t cut = s.find_last_of("/\\");
  if (cut != std::string::npos) s = s.substr(cut + 1);
  for (std::string_view ext : {".exe", ".cmd", ".bat", ".com"}) {
    if (s.size() >= ext.size() && s.ends_with(ext)) {
      s.resize(s.size() - ext.size());
      break;
    }
  }
  return s;
}

bool IsInterpreterLikeSafeBin(std::string_view name) {
  static const std::set<std::string, std::less<>> kInterpreters = {
      "ash",      "awk",        "bash",           "busybox", "bun",
      "cmd",      "cmd.exe",    "cscript",        "dash",    "deno",
      "fish",     "gawk",       "gsed",           "ksh",     "lua",
      "mawk",     "nawk",       "node",           "nodejs",  "perl",
      "php",      "powershell", "powershell.exe", "pypy",    "pwsh",
      "pwsh.exe", "python",     "python2",        "python3", "ruby",
      "sed",      "sh",         "toybox",         "wscript", "zsh"};
  static const RE2 kVersioned(
      R"((?:python|ruby|perl|php|node)[0-9]+(?:\.[0-9]+)?)");
  if (name.empty()) return false;
  if (kInterpreters.count(name)) return true;
  return RE2::FullMatch(name, kVersioned);
}

std::vector<SafeBinScope> SafeBinScopes(const config::ConfigView& c) {
  std::vector<SafeBinScope> out;
  const Value* gexec = Exec(&c.root());
  std::set<std::string> global_profiles;
  AddProfiles(gexec, global_profiles);
  if (gexec) {
    SafeBinScope s;
    s.label = "tools.exec";
    s.path = "tools.exec.safeBins";
    s.safe_bins = gexec->Get("safeBins");
    s.bins = ConfiguredSafeBins(s.safe_bins);
    if (!s.bins.empty()) {
      Fill(s, global_profiles);
      out.push_back(std::move(s));
    }
  }
  for (const AgentEntry& a : AgentEntries(c)) {
    if (!a.has_string_id) continue;
    const Value* aexec = Exec(a.value);
    if (!aexec) continue;
    SafeBinScope s;
    s.label = a.label + ".tools.exec";
    s.path = a.path + ".tools.exec.safeBins";
    s.safe_bins = aexec->Get("safeBins");
    s.bins = ConfiguredSafeBins(s.safe_bins);
    if (s.bins.empty()) continue;
    std::set<std::string> profiles = global_profiles;
    AddProfiles(aexec, profiles);
    Fill(s, profiles);
    out.push_back(std::move(s));
  }
  return out;
}

std::string ClassifyTrustedDir(std::string_view entry) {
  std::string_view raw = Trim(entry);
  if (raw.empty()) return "";
  if (!raw.starts_with('/')) {
    return "relative path (trust boundary depends on process cwd)";
  }
  std::string n = Resolve(raw);
  for (char& ch : n) {
    if (ch == '\\') ch = '/';
  }
  n = Lower(n);
  auto at_or_under = [&](std::string_view root) {
    return n == root || n.starts_with(std::string(root) + "/");
  };
  if (at_or_under("/tmp") || at_or_under("/var/tmp") ||
      at_or_under("/private/tmp")) {
    return "temporary directory is mutable and easy to poison";
  }
  if (n == "/usr/local/bin" || n == "/opt/homebrew/bin" ||
      n == "/opt/local/bin" || n == "/home/linuxbrew/.linuxbrew/bin") {
    return "package-manager bin directory (often user-writable)";
  }
  if (n.starts_with("/users/") || n.starts_with("/home/") ||
      n.find("/.local/bin") != std::string::npos) {
    return "home-scoped bin directory (typically user-writable)";
  }
  return "";
}

std::vector<RiskyTrustedDir> RiskyTrustedDirs(const config::ConfigView& c) {
  std::vector<RiskyTrustedDir> out;
  auto collect = [&](const Value* exec, const std::string& path) {
    const Value* dirs = exec ? exec->Get("safeBinTrustedDirs") : nullptr;
    if (!dirs || !dirs->is_array()) return;
    std::vector<std::string> seen;
    for (const auto& item : dirs->items) {
      if (!item->is_string()) continue;
      std::string e(Trim(item->string));
      if (e.empty() || std::find(seen.begin(), seen.end(), e) != seen.end()) {
        continue;
      }
      seen.push_back(e);
      std::string reason = ClassifyTrustedDir(e);
      if (!reason.empty()) out.push_back({path, dirs, e, reason});
    }
  };
  collect(Exec(&c.root()), "tools.exec.safeBinTrustedDirs");
  for (const AgentEntry& a : AgentEntries(c)) {
    if (!a.has_string_id) continue;
    collect(Exec(a.value), a.path + ".tools.exec.safeBinTrustedDirs");
  }
  return out;
}

}  // namespace clawlint::checks::tools
