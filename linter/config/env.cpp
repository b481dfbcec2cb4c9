#include "config/env.h"

namespace clawlint::config {

bool IsEnvName(std::string_view name) {
  if (name.empty()) return false;
  auto upper_or_underscore = [](char c) {
    return (c >= 'A' && c <= 'Z') || c == '_';
  };
  if (!upper_or_underscore(name[0])) return false;
  for (char c : name.substr(1)) {
    if (!upper_or_underscore(c) && !(c >= '0' && c <= '9')) return false;
  }
  return true;
}

namespace {

// If text[open..] is "{NAME}" with a valid NAME, returns NAME and sets *close
// to the index of '}'.
bool ReadBracedName(std::string_view text, size_t open, std::string_view* name,
                    size_t* close) {
  if (open >= text.size() || text[open] != '{') return false;
  size_t end = text.find('}', open + 1);
  if (end == std::string_view::npos) return false;
  std::string_view candidate = text.substr(open + 1, end - open - 1);
  if (!IsEnvName(candidate)) return false;
  *name = candidate;
  *close = end;
  return true;
}

}  // namespace

Substitution SubstituteEnv(std::string_view text, const EnvMap& env) {
  Substitution out;
  if (text.find('$') == std::string_view::npos) {
    out.text = text;
    return out;
  }
  out.text.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '$') {
      out.text += text[i++];
      continue;
    }
    std::string_view name;
    size_t close = 0;
    // Escape form: $${NAME} -> literal ${NAME}.
    if (i + 1 < text.size() && text[i + 1] == '$' &&
        ReadBracedName(text, i + 2, &name, &close)) {
      out.text += "${";
      out.text += name;
      out.text += '}';
      i = close + 1;
      continue;
    }
    if (ReadBracedName(text, i + 1, &name, &close)) {
      auto it = env.find(name);
      if (it == env.end() || it->second.empty()) {
        out.missing_names.emplace_back(name);
        out.text.append(text.substr(i, close + 1 - i));
      } else {
        out.text += it->second;
        out.substituted = true;
      }
      i = close + 1;
      continue;
    }
    out.text += '$';
    ++i;
  }
  return out;
}

bool ParseEnvAssignment(std::string_view text, std::string* name,
                        std::string* value) {
  size_t eq = text.find('=');
  if (eq == std::string_view::npos || eq == 0) return false;
  *name = text.substr(0, eq);
  *value = text.substr(eq + 1);
  return true;
}

namespace {

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

}  // namespace

bool ParseEnvFile(std::string_view body, EnvMap* env, std::string* error) {
  size_t line_no = 0;
  while (!body.empty()) {
    ++line_no;
    size_t nl = body.find('\n');
    std::string_view line =
        Trim(nl == std::string_view::npos ? body : body.substr(0, nl));
    body =
        nl == std::string_view::npos ? std::string_view{} : body.substr(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    if (line.substr(0, 7) == "export ") line = Trim(line.substr(7));
    std::string name, value;
    if (!ParseEnvAssignment(line, &name, &value)) {
      *error = "line " + std::to_string(line_no) + ": expected NAME=VALUE";
      return false;
    }
    name = std::string(Trim(name));
    std::string_view v = Trim(value);
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') &&
        v.back() == v.front()) {
      v = v.substr(1, v.size() - 2);
    }
    (*env)[name] = std::string(v);
  }
  return true;
}

}  // namespace clawlint::config
