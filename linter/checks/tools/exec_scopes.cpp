#include "checks/tools/exec_scopes.h"

#include <algorithm>
#include <functional>
#include <set>

#include "checks/channels/normalized.h"

namespace clawlint::checks::tools {

namespace {

using config::Value;

const Value* Member(const Value* v, std::string_view key) {
  if (!v || !v->is_object()) return nullptr;
  const Value* m = v->Get(key);
  return m && !m->is_null() ? m : nullptr;  // `??` skips null too
}

std::string AsSecurity(const Value* v) {
  if (!v) return "";
  return v->is_string() ? v->string : std::string("?");
}

// resolveExecPolicyForMode (9.6): the security a `tools.exec.mode` implies.
std::string SecurityForMode(const Value* mode) {
  if (!mode->is_string()) return "?";
  const std::string& m = mode->string;
  if (m == "deny") return "deny";
  if (m == "allowlist" || m == "ask" || m == "auto") return "allowlist";
  if (m == "full") return "full";
  return "?";
}

bool Truthy(const Value* v) {
  if (!v || v->is_null()) return false;
  if (v->is_bool()) return v->boolean;
  if (v->is_string()) return !v->string.empty();
  if (v->is_number()) return v->number != 0;
  return true;
}

// tryResolveDefaultAgentId of 2026.9.6, or "" when none resolves.
std::string DefaultAgentId96(const config::ConfigView& c,
                             const std::vector<AgentEntry>& agents) {
  std::vector<const AgentEntry*> valid;
  for (const AgentEntry& a : agents) {
    if (a.has_string_id) valid.push_back(&a);
  }
  const Value* ownership = c.Find("agents.ownership");
  const bool explicit_owner =
      ownership && ownership->is_string() && ownership->string == "explicit";
  if (!explicit_owner) {
    const AgentEntry* marked = nullptr;
    int count = 0;
    for (const AgentEntry* a : valid) {
      const Value* d = a->value->Get("default");
      if (d && d->is_true()) {
        marked = a;
        ++count;
      }
    }
    if (count == 1) return NormalizeAgentId(marked->id);
  }
  if (valid.empty()) {
    const Value* agents_obj = c.Find("agents");
    const bool roster =
        agents_obj && agents_obj->is_object() &&
        ((Member(agents_obj, "entries")) || (Member(agents_obj, "list")));
    return roster ? "" : "main";
  }
  return valid.size() == 1 ? NormalizeAgentId(valid[0]->id) : "";
}

}  // namespace

std::vector<ExecScope> ExecScopes(const config::ConfigView& c) {
  const bool v429 = c.is_4_29();
  const std::vector<AgentEntry> agents = AgentEntries(c);
  const Value* gexec = Member(Member(&c.root(), "tools"), "exec");
  std::vector<ExecScope> scopes;
  auto put = [&](ExecScope s) {
    for (ExecScope& e : scopes) {
      if (e.id == s.id) {
        e = std::move(s);
        return;
      }
    }
    scopes.push_back(std::move(s));
  };
  // The implicit scope.
  ExecScope implicit;
  std::string inherited = "deny";
  const Value* inherited_at = nullptr;
  std::string inherited_path;
  if (const Value* mode = v429 ? nullptr : Member(gexec, "mode");
      mode && Truthy(mode)) {
    inherited = SecurityForMode(mode);
    inherited_at = mode;
    inherited_path = "tools.exec.mode";
  } else if (const Value* sec = Member(gexec, "security")) {
    inherited = AsSecurity(sec);
    inherited_at = sec;
    inherited_path = "tools.exec.security";
  }
  if (v429) {
    implicit.id = "main";
  } else {
    implicit.id = DefaultAgentId96(c, agents);
    if (implicit.id.empty()) implicit.id = "global";
  }
  implicit.security = inherited;
  implicit.at = inherited_at ? inherited_at : &c.Nearest("tools.exec.security");
  implicit.path = inherited_at ? inherited_path : "tools.exec.security";
  put(implicit);
  for (const AgentEntry& a : agents) {
    if (!a.has_string_id) continue;
    const Value* aexec = Member(Member(a.value, "tools"), "exec");
    ExecScope s;
    s.id = a.id;
    s.security = inherited;
    s.at = implicit.at;
    s.path = implicit.path;
    const Value* mode = v429 ? nullptr : Member(aexec, "mode");
    if (mode && Truthy(mode)) {
      s.security = SecurityForMode(mode);
      s.at = mode;
      s.path = a.path + ".tools.exec.mode";
    } else if (const Value* sec = Member(aexec, "security")) {
      s.security = AsSecurity(sec);
      s.at = sec;
      s.path = a.path + ".tools.exec.security";
    }
    put(std::move(s));
  }
  return scopes;
}

config::ValuePtr ChannelsSection(const config::ConfigView& c) {
  return channels::NormalizedChannels(c);
}

std::vector<OpenSurface> OpenExecSurfaces(const config::ConfigView& c) {
  std::vector<OpenSurface> hits;
  const config::ValuePtr channels = ChannelsSection(c);
  if (!channels) return hits;
  std::set<const Value*> seen;
  std::function<void(const Value*, const std::string&)> visit =
      [&](const Value* v, const std::string& scope) {
        if (!v || !v->is_object() || !seen.insert(v).second) return;
        for (std::string_view key : {"groupPolicy", "dmPolicy"}) {
          const Value* p = v->Get(key);
          if (p && p->is_string() && p->string == "open") {
            std::string path = scope + "." + std::string(key);
            auto same = [&](const OpenSurface& s) { return s.path == path; };
            if (std::none_of(hits.begin(), hits.end(), same)) {
              hits.push_back({path, p, channels});
            }
          }
        }
        for (const auto& m : v->members)
          visit(m.value.get(), scope + "." + m.key);
      };
  for (const auto& m : channels->members) {
    visit(m.value.get(), "channels." + m.key);
  }
  std::sort(hits.begin(), hits.end(),
            [](const OpenSurface& a, const OpenSurface& b) {
              return a.path < b.path;
            });
  return hits;
}

}  // namespace clawlint::checks::tools
