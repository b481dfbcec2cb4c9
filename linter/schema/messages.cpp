#include "schema/messages.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "schema/js_format.h"

namespace clawlint::schema {
namespace {

constexpr size_t kMaxAllowedValuesShown = 12;  // MAX_ALLOWED_VALUES_HINT
constexpr size_t kMaxAllowedValueChars = 160;  // MAX_ALLOWED_VALUE_CHARS

// The first `limit` UTF-16 units of `s` (never splitting a code point).
std::string_view Utf16Prefix(std::string_view s, size_t limit) {
  size_t units = 0, i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const size_t len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    const size_t width = c >= 0xf0 ? 2 : 1;
    if (units + width > limit) break;
    units += width;
    i += len;
  }
  return s.substr(0, i);
}

// truncateHintText()
std::string Truncate(std::string_view text) {
  const size_t length = JsLength(text);
  if (length <= kMaxAllowedValueChars) return std::string(text);
  return std::string(Utf16Prefix(text, kMaxAllowedValueChars)) + "... (+" +
         std::to_string(length - kMaxAllowedValueChars) + " chars)";
}

std::string Lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(c));
  return out;
}

struct PatternMessage {
  std::string_view pattern;
  std::string_view key;     // "" = any property
  std::string_view source;  // "" = any object
  std::string_view message;
};

// From the `.regex(pattern, message)` calls of openclaw 2026.4.29 and
// 2026.9.6 (dist/zod-schema.core-*.js and friends).
constexpr PatternMessage kPatternMessages[] = {
    {"^[a-z][a-z0-9_-]{0,63}$", "provider", "",
     "Secret reference provider must match /^[a-z][a-z0-9_-]{0,63}$/ "
     "(example: \"default\")."},
    {"^[A-Z][A-Z0-9_]{0,127}$", "id", "env",
     "Env secret reference id must match /^[A-Z][A-Z0-9_]{0,127}$/ "
     "(example: \"OPENAI_API_KEY\")."},
    {"^[A-Z][A-Z0-9_]{0,127}$", "id", "store",
     "Store secret reference id must match /^[A-Z][A-Z0-9_]{0,127}$/ "
     "(example: \"OPENAI_API_KEY\")."},
    {"^[a-z0-9-]+$", "", "",
     "Profile names must be alphanumeric with hyphens only"},
    {"^#?[0-9a-fA-F]{6}$", "", "", "expected hex color (RRGGBB)"},
};

}  // namespace

std::string StringifyPrimitive(JsonNode value) {
  if (value.is_string()) return "\"" + std::string(value.string()) + "\"";
  if (value.is_number()) return JsNumber(value.number());
  return JsonText(value);
}

AllowedValue AllowedFrom(JsonNode value) {
  const std::string json = JsonText(value);
  if (value.is_string()) return {json, JsonQuote(Truncate(value.string()))};
  return {json, Truncate(json)};
}

AllowedValue AllowedBoolean(bool value) {
  return {value ? "true" : "false", value ? "true" : "false"};
}

Allowed CollectAllowed(const Issues& branch) {
  Allowed out;
  for (const Issue& issue : branch) {
    if (issue.allowed.incomplete) return {true, {}};
    out.values.insert(out.values.end(), issue.allowed.values.begin(),
                      issue.allowed.values.end());
  }
  return out;
}

std::string AppendAllowedHint(const std::string& message,
                              const std::vector<AllowedValue>& values) {
  const std::string lower = Lowercase(message);
  if (values.empty() || lower.find("(allowed:") != std::string::npos ||
      lower.find("expected one of") != std::string::npos) {
    return message;
  }
  std::set<std::string> seen;
  std::vector<std::string> labels;
  for (const AllowedValue& v : values) {
    if (seen.insert(v.key).second) labels.push_back(v.label);
  }
  std::string formatted;
  const size_t shown = std::min(labels.size(), kMaxAllowedValuesShown);
  for (size_t i = 0; i < shown; ++i) formatted += (i ? ", " : "") + labels[i];
  if (labels.size() > shown) {
    formatted += ", ... (+" + std::to_string(labels.size() - shown) + " more)";
  }
  return message + " (allowed: " + formatted + ")";
}

std::string FinalMessage(const Issue& issue, config::Profile profile) {
  if (issue.code == Code::kAjv) return issue.message;
  std::string message = issue.message;
  if (profile == config::Profile::k2026_9_6) message += issue.bound_hint;
  if (issue.allowed.incomplete) return message;
  return AppendAllowedHint(message, issue.allowed.values);
}

std::string_view CustomPatternMessage(std::string_view pattern,
                                      std::string_view key,
                                      std::string_view source) {
  for (const PatternMessage& m : kPatternMessages) {
    if (m.pattern == pattern && (m.key.empty() || m.key == key) &&
        (m.source.empty() || m.source == source)) {
      return m.message;
    }
  }
  return {};
}

}  // namespace clawlint::schema
