// Turning one fuzz input into a small repository tree (tree::MemoryTree).
//
// The input is split on the byte 0x1E (ASCII record separator). The first
// record is the bytes of `openclaw.json`; every further record is
//   <path> LF <bytes>     a file
//   @<path> LF <target>   a symlink whose target text is <target>
//   !<path>               a submodule (gitlink)
// Paths that are not clean repo-relative paths, or that clash with an entry
// already made (a file where a directory is, a duplicate), are skipped, so the
// tree always looks like one git could hold. fuzz/make_seeds turns fixture and
// corpus directories into inputs of this shape.
#pragma once

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "tree/memory_tree.h"
#include "tree/tree_reader.h"

namespace clawlint::fuzz {

inline constexpr char kRecordSeparator = '\x1e';
inline constexpr size_t kMaxRecords = 16;

struct FuzzTree {
  tree::MemoryTree tree;
  std::vector<std::string> files;  // every regular file added, in order
};

namespace detail {

// True when `path` is clean and can be added next to what `taken` holds:
// no entry at the path, none below it, and no entry at one of its parents.
inline bool Acceptable(const std::string& path,
                       const std::set<std::string, std::less<>>& taken) {
  if (path.empty() || path.size() > 200) return false;
  const auto normal = tree::NormalizePath(path);
  if (!normal || *normal != path || normal->empty()) return false;
  if (path.find('\0') != std::string::npos) return false;
  if (taken.count(path)) return false;
  for (size_t slash = path.find('/'); slash != std::string::npos;
       slash = path.find('/', slash + 1)) {
    if (taken.count(path.substr(0, slash))) return false;
  }
  const std::string prefix = path + '/';
  auto it = taken.lower_bound(prefix);
  return it == taken.end() || !it->starts_with(prefix);
}

}  // namespace detail

inline FuzzTree MakeTree(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> records;
  size_t start = 0;
  while (records.size() + 1 < kMaxRecords) {
    const size_t sep = input.find(kRecordSeparator, start);
    if (sep == std::string_view::npos) break;
    records.push_back(input.substr(start, sep - start));
    start = sep + 1;
  }
  records.push_back(input.substr(start));

  FuzzTree out;
  std::set<std::string, std::less<>> taken;
  out.tree.AddFile("openclaw.json", std::string(records[0]));
  out.files.push_back("openclaw.json");
  taken.insert("openclaw.json");
  for (size_t i = 1; i < records.size(); ++i) {
    std::string_view rec = records[i];
    char kind = 'f';
    if (!rec.empty() && (rec[0] == '@' || rec[0] == '!')) {
      kind = rec[0];
      rec.remove_prefix(1);
    }
    const size_t nl = rec.find('\n');
    std::string path(rec.substr(0, nl));
    std::string body(nl == std::string_view::npos ? std::string_view()
                                                  : rec.substr(nl + 1));
    if (!detail::Acceptable(path, taken)) continue;
    taken.insert(path);
    if (kind == '@') {
      out.tree.AddSymlink(path, body);
    } else if (kind == '!') {
      out.tree.AddSubmodule(path);
    } else {
      out.tree.AddFile(path, body);
      out.files.push_back(path);
    }
  }
  return out;
}

}  // namespace clawlint::fuzz
