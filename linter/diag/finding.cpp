#include "diag/finding.h"

#include <tuple>

namespace clawlint {

std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarn:
      return "warn";
    case Severity::kCritical:
      return "critical";
  }
  return "warn";
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  if (name == "info") return Severity::kInfo;
  if (name == "warn") return Severity::kWarn;
  if (name == "critical") return Severity::kCritical;
  return std::nullopt;
}

bool FindingLess(const Finding& a, const Finding& b, const SourceSet& sources) {
  auto path = [&](const Finding& f) -> std::string_view {
    return f.span.valid() ? std::string_view(sources.Get(f.span.file).path)
                          : std::string_view(f.root_path);
  };
  return std::forward_as_tuple(path(a), a.span.begin, a.check_id) <
         std::forward_as_tuple(path(b), b.span.begin, b.check_id);
}

std::string RedactedHint(std::string_view secret) {
  // Count code points, not bytes, and never reveal more than 3 of them; short
  // secrets reveal nothing but their length.
  size_t length = 0;
  for (unsigned char c : secret) length += (c & 0xC0) != 0x80;
  std::string hint = "length " + std::to_string(length);
  if (length < 12) return hint;
  size_t bytes = 0;
  for (size_t shown = 0; bytes < secret.size();) {
    if ((static_cast<unsigned char>(secret[bytes]) & 0xC0) != 0x80) {
      if (shown == 3) break;
      ++shown;
    }
    ++bytes;
  }
  return hint + ", starts \"" + std::string(secret.substr(0, bytes)) +
         "\u2026\"";
}

}  // namespace clawlint
