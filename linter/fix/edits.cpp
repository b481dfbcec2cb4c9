#include "fix/edits.h"

#include <cstdio>

namespace clawlint::fix {

std::string QuoteJson5(std::string_view text, char quote) {
  std::string out(1, quote);
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == quote || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", u);
      out += escaped;
    } else {
      out += c;
    }
  }
  out += quote;
  return out;
}

std::optional<Edit> ReplaceString(const SourceSet* sources,
                                  const config::Value& value,
                                  std::string_view text) {
  const Span& span = value.origin.span;
  if (!sources || !span.valid() || span.begin >= span.end) return std::nullopt;
  const std::string& bytes = sources->Get(span.file).bytes;
  if (span.end > bytes.size()) return std::nullopt;
  const char first = bytes[span.begin];
  if (first != '"' && first != '\'') return std::nullopt;  // not a literal
  return Edit{span, QuoteJson5(text, first)};
}

std::optional<Edit> ReplaceBool(const SourceSet* sources,
                                const config::Value& value, bool to) {
  const Span& span = value.origin.span;
  if (!sources || !span.valid() || span.end <= span.begin) return std::nullopt;
  const std::string& bytes = sources->Get(span.file).bytes;
  if (span.end > bytes.size()) return std::nullopt;
  const std::string_view literal(bytes.data() + span.begin,
                                 span.end - span.begin);
  if (literal != "true" && literal != "false") return std::nullopt;
  return Edit{span, to ? "true" : "false"};
}

}  // namespace clawlint::fix
