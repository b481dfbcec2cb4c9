#include "formats/line_hash.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <unordered_map>

namespace clawlint::formats {

namespace {

constexpr uint32_t kBlockSize = 100;
constexpr uint64_t kMod = 37;
constexpr uint32_t kEof = 65535;

// Decodes UTF-8 to UTF-16 code units the way the WHATWG decoder (and so
// Node's Buffer.toString) does: every maximal invalid subpart becomes one
// U+FFFD; a BOM is kept as U+FEFF.
template <typename Sink>
void DecodeUtf16(std::string_view s, Sink&& sink) {
  size_t i = 0;
  const size_t n = s.size();
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  while (i < n) {
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) {
      sink(b0);
      ++i;
      continue;
    }
    uint32_t needed = 0, cp = 0;
    unsigned char lower = 0x80, upper = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      needed = 1;
      cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      needed = 2;
      cp = b0 & 0x0F;
      if (b0 == 0xE0) lower = 0xA0;
      if (b0 == 0xED) upper = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      needed = 3;
      cp = b0 & 0x07;
      if (b0 == 0xF0) lower = 0x90;
      if (b0 == 0xF4) upper = 0x8F;
    } else {
      sink(0xFFFD);
      ++i;
      continue;
    }
    size_t j = i + 1;
    bool ok = true;
    for (uint32_t k = 0; k < needed; ++k, ++j) {
      if (j >= n) {
        ok = false;
        break;
      }
      const unsigned char b = byte(j);
      const unsigned char lo = k == 0 ? lower : 0x80;
      const unsigned char hi = k == 0 ? upper : 0xBF;
      if (b < lo || b > hi) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (b & 0x3F);
    }
    if (!ok) {
      sink(0xFFFD);
      i = j;  // the maximal subpart is consumed, the offending byte is not
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      sink(0xD800 + (cp >> 10));
      sink(0xDC00 + (cp & 0x3FF));
    } else {
      sink(cp);
    }
    i = j;
  }
}

class RollingHasher {
 public:
  explicit RollingHasher(std::vector<std::string>* out) : out_(out) {
    first_mod_ = 1;
    for (uint32_t i = 0; i < kBlockSize; ++i) first_mod_ *= kMod;
    window_.fill(0);
    line_numbers_.fill(-1);
  }

  void Process(uint32_t current) {
    if (current == ' ' || current == '\t' || (prev_cr_ && current == '\n')) {
      prev_cr_ = false;
      return;
    }
    if (current == '\r') {
      current = '\n';
      prev_cr_ = true;
    } else {
      prev_cr_ = false;
    }
    if (line_numbers_[index_] != -1) Output();
    if (line_start_) {
      line_start_ = false;
      ++line_number_;
      line_numbers_[index_] = line_number_;
    }
    if (current == '\n') line_start_ = true;
    Update(current);
  }

  void Finish() {
    Process(kEof);
    for (uint32_t i = 0; i < kBlockSize; ++i) {
      if (line_numbers_[index_] != -1) Output();
      Update(0);
    }
  }

 private:
  void Update(uint32_t current) {
    const uint64_t begin = window_[index_];
    window_[index_] = current;
    hash_ = kMod * hash_ + current - first_mod_ * begin;  // wraps mod 2^64
    index_ = (index_ + 1) % kBlockSize;
  }

  void Output() {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%llx",
                  static_cast<unsigned long long>(hash_));
    const int count = ++counts_[hex];
    const auto line = static_cast<size_t>(line_numbers_[index_]);
    if (out_->size() < line) out_->resize(line);
    (*out_)[line - 1] = std::string(hex) + ":" + std::to_string(count);
    line_numbers_[index_] = -1;
  }

  std::vector<std::string>* out_;
  std::array<uint32_t, kBlockSize> window_;
  std::array<int64_t, kBlockSize> line_numbers_;
  uint64_t hash_ = 0;
  uint64_t first_mod_ = 1;
  uint32_t index_ = 0;
  int64_t line_number_ = 0;
  bool line_start_ = true;
  bool prev_cr_ = false;
  std::unordered_map<std::string, int> counts_;
};

}  // namespace

std::vector<std::string> LineHashes(std::string_view bytes) {
  std::vector<std::string> out;
  RollingHasher hasher(&out);
  DecodeUtf16(bytes, [&](uint32_t unit) { hasher.Process(unit); });
  hasher.Finish();
  return out;
}

}  // namespace clawlint::formats
