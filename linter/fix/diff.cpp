#include "fix/diff.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace clawlint::fix {
namespace {

constexpr int kContext = 3;

// Lines including their "\n" (the last one may lack it).
std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

enum class Op : uint8_t { kKeep, kDelete, kInsert };

// One line of the edit script. `a` and `b` are the line indexes in before and
// after; for an insertion `a` is the number of lines of before consumed so
// far (and likewise `b` for a deletion), which is what a hunk header needs.
struct Step {
  Op op;
  size_t a;
  size_t b;
};

// Myers' O((N+M)·D) greedy diff on the lines between the common prefix and
// suffix. Fixes change few lines, so D is small; the trace keeps only the
// diagonals reachable at each step (O(D²) memory).
std::vector<Step> MyersDiff(const std::vector<std::string_view>& a,
                            const std::vector<std::string_view>& b) {
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) {
    ++prefix;
  }
  size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
    ++suffix;
  }
  const auto n = static_cast<int64_t>(a.size() - prefix - suffix);
  const auto m = static_cast<int64_t>(b.size() - prefix - suffix);
  auto A = [&](int64_t i) { return a[prefix + i]; };
  auto B = [&](int64_t j) { return b[prefix + j]; };

  // trace[d][k + d] = furthest x on diagonal k after d edits.
  std::vector<std::vector<int64_t>> trace;
  std::vector<int64_t> v(3, 0);  // d = 0 uses k = 0 only; index k + d + 1
  int64_t final_d = 0;
  for (int64_t d = 0;; ++d) {
    std::vector<int64_t> next(2 * d + 1, 0);
    auto prev_at = [&](int64_t k) { return v[k + (d - 1) + 1]; };
    bool done = false;
    for (int64_t k = -d; k <= d; k += 2) {
      int64_t x;
      if (d == 0) {
        x = 0;
      } else if (k == -d || (k != d && prev_at(k - 1) < prev_at(k + 1))) {
        x = prev_at(k + 1);  // down: an insertion
      } else {
        x = prev_at(k - 1) + 1;  // right: a deletion
      }
      int64_t y = x - k;
      while (x < n && y < m && A(x) == B(y)) ++x, ++y;
      next[k + d] = x;
      if (x >= n && y >= m) done = true;
    }
    trace.push_back(next);
    // Pad so that prev_at(k) is defined for k in [-d-1, d+1] next round.
    v.assign(2 * d + 3, 0);
    for (int64_t k = -d; k <= d; k += 2) v[k + d + 1] = next[k + d];
    if (done) {
      final_d = d;
      break;
    }
  }

  // Walk back from (n, m) to (0, 0).
  std::vector<Step> middle;
  int64_t x = n, y = m;
  for (int64_t d = final_d; d > 0; --d) {
    const std::vector<int64_t>& prev = trace[d - 1];
    auto at = [&](int64_t k) { return prev[k + (d - 1)]; };
    const int64_t k = x - y;
    const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
    const int64_t prev_k = down ? k + 1 : k - 1;
    const int64_t prev_x = at(prev_k);
    const int64_t prev_y = prev_x - prev_k;
    while (x > prev_x + (down ? 0 : 1) && y > prev_y + (down ? 1 : 0)) {
      --x, --y;
      middle.push_back({Op::kKeep, size_t(x), size_t(y)});
    }
    if (down) {
      --y;
      middle.push_back({Op::kInsert, size_t(x), size_t(y)});
    } else {
      --x;
      middle.push_back({Op::kDelete, size_t(x), size_t(y)});
    }
  }
  while (x > 0 && y > 0) {
    --x, --y;
    middle.push_back({Op::kKeep, size_t(x), size_t(y)});
  }
  std::reverse(middle.begin(), middle.end());

  std::vector<Step> steps;
  steps.reserve(prefix + middle.size() + suffix);
  for (size_t i = 0; i < prefix; ++i) steps.push_back({Op::kKeep, i, i});
  for (Step s : middle) {
    s.a += prefix;
    s.b += prefix;
    steps.push_back(s);
  }
  for (size_t i = 0; i < suffix; ++i) {
    steps.push_back({Op::kKeep, a.size() - suffix + i, b.size() - suffix + i});
  }
  return steps;
}

void AppendLine(std::string& out, char mark, std::string_view line) {
  out += mark;
  out += line;
  if (line.empty() || line.back() != '\n') {
    out += "\n\\ No newline at end of file\n";
  }
}

// "-start,count" of a hunk header; an empty range names the line it follows
// (git's convention), so `start` is not shifted to 1-based then.
std::string Range(size_t start, size_t count) {
  const size_t shown = count == 0 ? start : start + 1;
  return std::to_string(shown) +
         (count == 1 ? "" : "," + std::to_string(count));
}

}  // namespace

std::string UnifiedDiff(std::string_view path, std::string_view before,
                        std::string_view after) {
  if (before == after) return "";
  const auto a = SplitLines(before);
  const auto b = SplitLines(after);
  const std::vector<Step> steps = MyersDiff(a, b);

  std::string out = "diff --git a/" + std::string(path) + " b/" +
                    std::string(path) + "\n--- a/" + std::string(path) +
                    "\n+++ b/" + std::string(path) + "\n";
  size_t i = 0;
  while (i < steps.size()) {
    if (steps[i].op == Op::kKeep) {
      ++i;
      continue;
    }
    // A hunk: from kContext lines before this change to kContext lines after
    // the last change that is within 2·kContext keeps of the previous one.
    const size_t start = i >= kContext ? i - kContext : 0;
    size_t end = i;
    size_t keeps = 0;
    for (size_t j = i; j < steps.size(); ++j) {
      if (steps[j].op == Op::kKeep) {
        if (++keeps > 2 * kContext) break;
      } else {
        keeps = 0;
        end = j + 1;
      }
    }
    const size_t stop = std::min(steps.size(), end + kContext);
    const size_t a_start = steps[start].a, b_start = steps[start].b;
    size_t a_count = 0, b_count = 0;
    std::string body;
    for (size_t j = start; j < stop; ++j) {
      const Step& s = steps[j];
      if (s.op != Op::kInsert) ++a_count;
      if (s.op != Op::kDelete) ++b_count;
      if (s.op == Op::kKeep) AppendLine(body, ' ', a[s.a]);
      if (s.op == Op::kDelete) AppendLine(body, '-', a[s.a]);
      if (s.op == Op::kInsert) AppendLine(body, '+', b[s.b]);
    }
    out += "@@ -" + Range(a_start, a_count) + " +" + Range(b_start, b_count) +
           " @@\n" + body;
    i = stop;
  }
  return out;
}

}  // namespace clawlint::fix
