#include "formats/location.h"

#include <cstdio>

namespace clawlint::formats {

Position Locate(const Report& report, const Span& span,
                const std::string& fallback_path) {
  Position p;
  if (!span.valid()) {
    p.path = fallback_path;
    return p;
  }
  const SourceFile& file = report.sources.Get(span.file);
  p.path = file.path;
  LineCol begin = file.lines.At(span.begin);
  LineCol end = file.lines.At(span.end);
  p.line = begin.line;
  p.column = begin.column;
  p.end_line = end.line;
  p.end_column = end.column;
  return p;
}

std::string Fingerprint(const Finding& f, const Report& report) {
  // FNV-1a, 64 bit: small, dependency-free, stable across platforms.
  uint64_t hash = 1469598103934665603ull;
  auto mix = [&hash](std::string_view s) {
    for (unsigned char c : s) {
      hash ^= c;
      hash *= 1099511628211ull;
    }
    hash ^= 0xff;  // field separator
    hash *= 1099511628211ull;
  };
  mix(f.check_id);
  mix(f.span.valid() ? report.sources.Get(f.span.file).path : f.root_path);
  mix(f.config_path);
  mix(f.root_path);
  char out[17];
  std::snprintf(out, sizeof out, "%016llx",
                static_cast<unsigned long long>(hash));
  return out;
}

}  // namespace clawlint::formats
