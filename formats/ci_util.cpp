#include "formats/ci_util.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace clawlint::formats {

std::string ValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  while (i < s.size()) {
    const unsigned char b0 = byte(i);
    size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b0 < 0x80) {
      len = 1;
    } else if (b0 >= 0xC2 && b0 <= 0xDF) {
      len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      len = 3;
      if (b0 == 0xE0) lo = 0xA0;
      if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      len = 4;
      if (b0 == 0xF0) lo = 0x90;
      if (b0 == 0xF4) hi = 0x8F;
    }
    size_t ok = len == 0 ? 0 : 1;
    while (ok > 0 && ok < len && i + ok < s.size()) {
      const unsigned char b = byte(i + ok);
      if (b < (ok == 1 ? lo : 0x80) || b > (ok == 1 ? hi : 0xBF)) break;
      ++ok;
    }
    if (len != 0 && ok == len) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      i += std::max<size_t>(ok, 1);
    }
  }
  return out;
}

std::string PathToUri(std::string_view path) {
  std::string out;
  for (char c : path) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
        (u >= '0' && u <= '9') || c == '-' || c == '.' || c == '_' ||
        c == '~' || c == '/') {
      out += c;
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", u);
      out += hex;
    }
  }
  return out;
}

std::string Message(const Finding& f) {
  std::string out = f.title;
  if (!out.empty() && out.back() != '.' && out.back() != '!' &&
      out.back() != '?') {
    out += '.';
  }
  if (!f.detail.empty()) {
    if (!out.empty()) out += ' ';
    out += f.detail;
  }
  return ValidUtf8(out);
}

std::vector<ReportedFinding> CollectFindings(const Report& report,
                                             bool include_suppressed) {
  std::vector<ReportedFinding> out;
  for (const Finding& f : report.findings) out.push_back({&f, false, {}});
  if (include_suppressed) {
    for (const auto& s : report.suppressed) {
      out.push_back({&s.finding, true, s.reason, s.kind});
    }
  }
  return out;
}

std::vector<size_t> SeverityOrder(const std::vector<ReportedFinding>& items) {
  std::vector<size_t> order(items.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return items[a].finding->severity > items[b].finding->severity;
  });
  return order;
}

}  // namespace clawlint::formats
