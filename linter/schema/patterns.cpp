#include "schema/patterns.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace clawlint::schema {
namespace {

// JavaScript's \s: WhiteSpace and LineTerminator code points.
constexpr std::string_view kJsSpaces =
    R"(\t\n\x0B\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029})"
    R"(\x{202F}\x{205F}\x{3000}\x{FEFF})";
constexpr std::string_view kJsLineTerminators = R"(\n\r\x{2028}\x{2029})";

struct PatternCache {
  std::mutex mu;
  // nullptr values remember patterns RE2 cannot express.
  std::unordered_map<std::string, std::unique_ptr<JsPattern>> compiled;
};

PatternCache& Cache() {
  static PatternCache* cache = new PatternCache;  // never destroyed
  return *cache;
}

std::unique_ptr<RE2> Compile(const std::string& js_pattern) {
  RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_unique<RE2>(ToRe2Syntax(js_pattern), options);
  if (!re->ok()) return nullptr;
  return re;
}

// The end of a parenthesized group starting at `open`, or npos.
size_t GroupEnd(std::string_view p, size_t open) {
  int depth = 0;
  bool in_class = false;
  for (size_t i = open; i < p.size(); ++i) {
    if (p[i] == '\\') {
      ++i;
    } else if (in_class) {
      in_class = p[i] != ']';
    } else if (p[i] == '[') {
      in_class = true;
    } else if (p[i] == '(') {
      ++depth;
    } else if (p[i] == ')' && --depth == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

// Whether `p` has a `|` outside every group and class: then a leading `^`
// does not anchor all of it.
bool HasTopLevelAlternation(std::string_view p) {
  int depth = 0;
  bool in_class = false;
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '\\') {
      ++i;
    } else if (in_class) {
      in_class = p[i] != ']';
    } else if (p[i] == '[') {
      in_class = true;
    } else if (p[i] == '(' || p[i] == ')') {
      depth += p[i] == '(' ? 1 : -1;
    } else if (p[i] == '|' && depth == 0) {
      return true;
    }
  }
  return false;
}

void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  for (size_t at = s->find(from); at != std::string::npos;
       at = s->find(from, at + to.size())) {
    s->replace(at, from.size(), to);
  }
}

bool IsSpecialScheme(std::string_view scheme) {
  return scheme == "http" || scheme == "https" || scheme == "ws" ||
         scheme == "wss" || scheme == "ftp";
}

bool IsForbiddenHostChar(unsigned char c) {
  static constexpr std::string_view kForbidden = " #%/:<>?@[\\]^|";
  return c < 0x20 || c == 0x7f ||
         kForbidden.find(static_cast<char>(c)) != std::string_view::npos;
}

bool ValidPort(std::string_view port) {
  if (port.empty()) return true;
  if (port.size() > 5 ||
      port.find_first_not_of("0123456789") != std::string_view::npos) {
    return false;
  }
  return std::stoi(std::string(port)) <= 65535;
}

bool ValidHostAndPort(std::string_view authority) {
  const size_t at = authority.rfind('@');
  if (at != std::string_view::npos) authority.remove_prefix(at + 1);
  std::string_view host = authority, port;
  if (!host.empty() && host.front() == '[') {
    const size_t close = host.find(']');
    if (close == std::string_view::npos || close == 1) return false;
    port = host.substr(close + 1);
    if (!port.empty() && port.front() != ':') return false;
    if (!port.empty()) port.remove_prefix(1);
    return ValidPort(port);
  }
  const size_t colon = host.find(':');
  if (colon != std::string_view::npos) {
    port = host.substr(colon + 1);
    host = host.substr(0, colon);
  }
  if (host.empty()) return false;
  for (unsigned char c : host) {
    if (IsForbiddenHostChar(c)) return false;
  }
  return ValidPort(port);
}

void CollectUncompilable(JsonNode node, std::vector<std::string>* out) {
  if (node.is_array()) {
    for (uint32_t i = 0; i < node.size(); ++i) {
      CollectUncompilable(node.item(i), out);
    }
    return;
  }
  if (!node.is_object()) return;
  for (uint32_t i = 0; i < node.size(); ++i) {
    const std::string_view key = node.key(i);
    // Values of these keywords are data, not schemas.
    if (key == "default" || key == "const" || key == "enum" ||
        key == "examples") {
      continue;
    }
    const JsonNode value = node.value(i);
    if (key == "pattern" && value.is_string() &&
        !CompiledPattern(value.string()) &&
        std::find(out->begin(), out->end(), value.string()) == out->end()) {
      out->emplace_back(value.string());
    }
    CollectUncompilable(value, out);
  }
}

}  // namespace

std::string ToRe2Syntax(std::string_view js) {
  std::string out;
  bool in_class = false;
  for (size_t i = 0; i < js.size(); ++i) {
    const char c = js[i];
    if (c == '\\' && i + 1 < js.size()) {
      const char next = js[++i];
      if (next == 's') {
        out += in_class ? std::string(kJsSpaces)
                        : "[" + std::string(kJsSpaces) + "]";
      } else if (next == 'S' && !in_class) {
        out += "[^" + std::string(kJsSpaces) + "]";
      } else if (next == '0' &&
                 (i + 1 >= js.size() || js[i + 1] < '0' || js[i + 1] > '9')) {
        out += "\\x00";
      } else {
        out += c;
        out += next;
      }
      continue;
    }
    if (c == '[' && !in_class) {
      in_class = true;
    } else if (c == ']' && in_class) {
      in_class = false;
    } else if (c == '.' && !in_class) {
      out += "[^" + std::string(kJsLineTerminators) + "]";
      continue;
    }
    out += c;
  }
  return out;
}

bool JsPattern::Test(std::string_view s) const {
  for (const auto& re : excluded_) {
    if (RE2::PartialMatch(s, *re)) return false;
  }
  return RE2::PartialMatch(s, *main_);
}

std::unique_ptr<JsPattern> CompileJsPattern(std::string_view pattern) {
  std::string rest(pattern);
  ReplaceAll(&rest, R"((?![\s\S]))", R"(\z)");
  auto out = std::make_unique<JsPattern>();
  if (rest.starts_with("^(?!") && !HasTopLevelAlternation(rest)) {
    while (rest.compare(1, 3, "(?!") == 0) {
      const size_t end = GroupEnd(rest, 1);
      if (end == std::string::npos) return nullptr;
      auto excluded = Compile("^(?:" + rest.substr(4, end - 4) + ")");
      if (!excluded) return nullptr;
      out->excluded_.push_back(std::move(excluded));
      rest.erase(1, end);
    }
  }
  out->main_ = Compile(rest);
  if (!out->main_) return nullptr;
  return out;
}

const JsPattern* CompiledPattern(std::string_view pattern) {
  PatternCache& cache = Cache();
  std::lock_guard<std::mutex> lock(cache.mu);
  auto it = cache.compiled.find(std::string(pattern));
  if (it == cache.compiled.end()) {
    it = cache.compiled.emplace(std::string(pattern), CompileJsPattern(pattern))
             .first;
  }
  return it->second.get();
}

bool CanParseUrl(std::string_view s) {
  // The URL parser trims C0 controls and spaces, and drops tabs/newlines.
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= 0x20) {
    s.remove_prefix(1);
  }
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= 0x20) {
    s.remove_suffix(1);
  }
  std::string url;
  for (char c : s) {
    if (c != '\t' && c != '\n' && c != '\r') url += c;
  }
  const size_t colon = url.find(':');
  if (colon == std::string::npos || colon == 0 ||
      !std::isalpha(static_cast<unsigned char>(url[0]))) {
    return false;
  }
  std::string scheme;
  for (size_t i = 0; i < colon; ++i) {
    const unsigned char c = static_cast<unsigned char>(url[i]);
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return false;
    scheme += static_cast<char>(std::tolower(c));
  }
  if (!IsSpecialScheme(scheme)) return true;
  std::string_view rest = std::string_view(url).substr(colon + 1);
  while (!rest.empty() && (rest.front() == '/' || rest.front() == '\\')) {
    rest.remove_prefix(1);
  }
  return ValidHostAndPort(rest.substr(0, rest.find_first_of("/\\?#")));
}

std::vector<std::string> UncompilablePatterns(JsonNode schema) {
  std::vector<std::string> out;
  CollectUncompilable(schema, &out);
  return out;
}

}  // namespace clawlint::schema
