#include "ignores/project_config.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

#include "checks/builtin.h"
#include "checks/check.h"
#include "config/loader.h"

namespace clawlint::ignores {

namespace {

struct ConfigError {
  YAML::Mark mark;
  std::string message;
};

[[noreturn]] void Fail(const YAML::Node& node, std::string message) {
  throw ConfigError{node.Mark(), std::move(message)};
}

// Every node we look at counts against a budget, so aliases that fan out
// (billion laughs) cannot make the walk explode.
struct Walker {
  size_t visited = 0;
  void Visit(const YAML::Node& node) {
    if (++visited > kMaxConfigNodes) {
      Fail(node, "too many YAML nodes (alias expansion limit " +
                     std::to_string(kMaxConfigNodes) + ")");
    }
  }

  std::string Scalar(const YAML::Node& node, std::string_view what) {
    Visit(node);
    if (!node.IsScalar()) Fail(node, std::string(what) + " must be a string");
    return node.Scalar();
  }

  bool Bool(const YAML::Node& node, std::string_view what) {
    const std::string s = Scalar(node, what);
    if (s == "true") return true;
    if (s == "false") return false;
    Fail(node, std::string(what) + " must be true or false");
  }

  std::vector<std::string> StringList(const YAML::Node& node,
                                      std::string_view what) {
    Visit(node);
    std::vector<std::string> out;
    if (node.IsScalar()) {
      out.push_back(node.Scalar());
      return out;
    }
    if (!node.IsSequence()) Fail(node, std::string(what) + " must be a list");
    for (const YAML::Node& item : node) out.push_back(Scalar(item, what));
    return out;
  }

  void Map(const YAML::Node& node, std::string_view what,
           const std::set<std::string>& keys) {
    Visit(node);
    if (!node.IsMap()) Fail(node, std::string(what) + " must be a mapping");
    for (const auto& kv : node) {
      const std::string key = Scalar(kv.first, "a key");
      if (!keys.count(key)) {
        std::string known;
        for (const std::string& k : keys)
          known += (known.empty() ? "" : ", ") + k;
        Fail(kv.first, "unknown key '" + key + "' in " + std::string(what) +
                           " (expected " + known + ")");
      }
    }
  }
};

bool KnownCheck(std::string_view id) {
  for (const auto& c : checks::AllChecks()) {
    if (c->meta().id == id) return true;
  }
  for (const checks::CheckMeta* m : checks::BuiltinMetas()) {
    if (m->id == id) return true;
  }
  return false;
}

// Rough guard against nesting deep enough to overflow yaml-cpp's recursive
// parser: flow brackets and indentation.
bool TooDeep(std::string_view text) {
  int depth = 0;
  for (char c : text) {
    if (c == '[' || c == '{') {
      if (++depth > kMaxConfigDepth) return true;
    } else if (c == ']' || c == '}') {
      depth = std::max(0, depth - 1);
    } else if (c == '\n') {
      depth = 0;
    }
  }
  size_t indent = 0;
  bool at_start = true;
  for (char c : text) {
    if (c == '\n') {
      indent = 0;
      at_start = true;
    } else if (at_start && (c == ' ' || c == '-')) {
      if (++indent > 4 * kMaxConfigDepth) return true;
    } else {
      at_start = false;
    }
  }
  return false;
}

void Parse(const YAML::Node& root, ProjectConfig* out) {
  Walker w;
  if (root.IsNull()) return;  // an empty file
  w.Map(root, "the top level",
        {"profile", "paths", "fail-on", "env", "checks", "ignore"});
  for (const auto& kv : root) {
    const std::string key = kv.first.Scalar();
    const YAML::Node& v = kv.second;
    if (key == "profile") {
      const std::string p = w.Scalar(v, "profile");
      if (!config::ParseProfile(p)) {
        Fail(v, "unknown profile '" + p + "' (expected 2026.4.29 or 2026.9.6)");
      }
      out->profile = p;
    } else if (key == "paths") {
      out->paths = w.StringList(v, "paths");
    } else if (key == "fail-on") {
      const std::string s = w.Scalar(v, "fail-on");
      out->fail_on = ParseSeverity(s);
      if (!out->fail_on) {
        Fail(v,
             "unknown fail-on '" + s + "' (expected info, warn or critical)");
      }
    } else if (key == "env") {
      w.Visit(v);
      if (!v.IsMap()) Fail(v, "env must be a mapping of NAME: value");
      for (const auto& e : v) {
        out->env[w.Scalar(e.first, "an env name")] =
            w.Scalar(e.second, "an env value");
      }
    } else if (key == "checks") {
      w.Visit(v);
      if (!v.IsMap()) Fail(v, "checks must be a mapping of check id: settings");
      for (const auto& c : v) {
        const std::string id = w.Scalar(c.first, "a check id");
        if (!KnownCheck(id)) {
          Fail(c.first, "unknown check '" + id + "' (see --list-checks)");
        }
        w.Map(c.second, "checks." + id, {"severity", "enabled"});
        CheckOverride o;
        for (const auto& s : c.second) {
          if (s.first.Scalar() == "severity") {
            const std::string sev = w.Scalar(s.second, "severity");
            o.severity = ParseSeverity(sev);
            if (!o.severity) {
              Fail(s.second, "unknown severity '" + sev +
                                 "' (expected info, warn or critical)");
            }
          } else {
            o.enabled = w.Bool(s.second, "enabled");
          }
        }
        out->checks[id] = o;
      }
    } else if (key == "ignore") {
      w.Visit(v);
      if (!v.IsSequence()) Fail(v, "ignore must be a list of entries");
      for (const YAML::Node& e : v) {
        w.Map(e, "an ignore entry", {"path", "checks", "reason", "until"});
        PathIgnore i;
        i.line = static_cast<uint32_t>(e.Mark().line + 1);
        i.column = static_cast<uint32_t>(e.Mark().column + 1);
        bool has_path = false;
        for (const auto& f : e) {
          const std::string k = f.first.Scalar();
          if (k == "path") {
            i.glob = w.Scalar(f.second, "path");
            has_path = true;
          } else if (k == "checks") {
            i.checks = w.StringList(f.second, "checks");
          } else if (k == "reason") {
            i.reason = w.Scalar(f.second, "reason");
          } else {
            i.until = w.Scalar(f.second, "until");
            if (!IsDate(i.until)) Fail(f.second, "until must be YYYY-MM-DD");
          }
        }
        if (!has_path) Fail(e, "an ignore entry needs a path");
        out->ignore.push_back(std::move(i));
      }
    }
  }
}

}  // namespace

bool ParseProjectConfig(const std::string& file, std::string bytes,
                        ProjectConfig* out, std::string* error) {
  out->file = file;
  if (bytes.size() > kMaxConfigBytes) {
    *error = file + ":1:1: larger than " + std::to_string(kMaxConfigBytes) +
             " bytes";
    return false;
  }
  if (TooDeep(bytes)) {
    *error = file + ":1:1: nested deeper than " +
             std::to_string(kMaxConfigDepth) + " levels";
    return false;
  }
  out->bytes = std::move(bytes);
  try {
    Parse(YAML::Load(out->bytes), out);
  } catch (const ConfigError& e) {
    *error = file + ":" + std::to_string(e.mark.line + 1) + ":" +
             std::to_string(e.mark.column + 1) + ": " + e.message;
    return false;
  } catch (const YAML::Exception& e) {
    *error = file + ":" + std::to_string(e.mark.line + 1) + ":" +
             std::to_string(e.mark.column + 1) + ": " + e.msg;
    return false;
  }
  return true;
}

std::string DumpProjectConfig(const ProjectConfig& c) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  if (!c.file.empty()) {
    out << YAML::Key << "config-file" << YAML::Value << c.file;
  }
  out << YAML::Key << "profile" << YAML::Value
      << c.profile.value_or("2026.4.29");
  out << YAML::Key << "paths" << YAML::Value << YAML::Flow << c.paths;
  out << YAML::Key << "fail-on" << YAML::Value
      << std::string(SeverityName(c.fail_on.value_or(Severity::kWarn)));
  out << YAML::Key << "env" << YAML::Value << YAML::BeginMap;
  for (const auto& [name, value] : c.env) {
    // Names only: env values are often credentials.
    (void)value;
    out << YAML::Key << name << YAML::Value << "<redacted>";
  }
  out << YAML::EndMap;
  out << YAML::Key << "checks" << YAML::Value << YAML::BeginMap;
  for (const auto& [id, o] : c.checks) {
    out << YAML::Key << id << YAML::Value << YAML::BeginMap;
    if (o.severity) {
      out << YAML::Key << "severity" << YAML::Value
          << std::string(SeverityName(*o.severity));
    }
    out << YAML::Key << "enabled" << YAML::Value << o.enabled;
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
  out << YAML::Key << "ignore" << YAML::Value << YAML::BeginSeq;
  for (const PathIgnore& i : c.ignore) {
    out << YAML::BeginMap << YAML::Key << "path" << YAML::Value << i.glob;
    out << YAML::Key << "checks" << YAML::Value << YAML::Flow << i.checks;
    out << YAML::Key << "reason" << YAML::Value << i.reason;
    if (!i.until.empty()) out << YAML::Key << "until" << YAML::Value << i.until;
    out << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

void ApplyCheckOverrides(const ProjectConfig& config,
                         std::vector<Finding>* findings) {
  if (config.checks.empty()) return;
  std::vector<Finding> kept;
  for (Finding& f : *findings) {
    auto it = config.checks.find(f.check_id);
    if (it != config.checks.end()) {
      if (!it->second.enabled) continue;
      if (it->second.severity) f.severity = *it->second.severity;
    }
    kept.push_back(std::move(f));
  }
  *findings = std::move(kept);
}

}  // namespace clawlint::ignores
