#include "tree/tree_reader.h"

#include <deque>

namespace clawlint::tree {
namespace {

// Linux's MAXSYMLINKS: the same bound the kernel uses for path walks.
constexpr int kMaxSymlinkHops = 40;

// Longest symlink target we accept (PATH_MAX); real targets are far shorter.
constexpr uint64_t kMaxLinkTarget = 4096;

// Splits on '/', dropping empty components ("a//b/" -> {"a", "b"}).
std::deque<std::string> SplitComponents(std::string_view path) {
  std::deque<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    if (end > start) parts.emplace_back(path.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

std::string Join(std::string_view dir, std::string_view name) {
  if (dir.empty()) return std::string(name);
  std::string out(dir);
  out += '/';
  out += name;
  return out;
}

// The path returned for a missing component: `missing` plus the plain names
// after it. Everything below a missing entry is missing too; a later ".."
// cannot be applied without the directory, so the walk stops there.
std::string MissingPath(const std::string& missing,
                        const std::deque<std::string>& remaining) {
  std::string out = missing;
  for (const std::string& part : remaining) {
    if (part == "..") break;
    if (part != ".") out = Join(out, part);
  }
  return out;
}

}  // namespace

std::optional<std::string> NormalizePath(std::string_view path) {
  if (!path.empty() && path.front() == '/') return std::nullopt;
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    std::string_view part = path.substr(start, end - start);
    start = end + 1;
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (out.empty()) return std::nullopt;  // would climb above the root
      out.pop_back();
      continue;
    }
    out.push_back(part);
  }
  std::string result;
  for (std::string_view part : out) {
    if (!result.empty()) result += '/';
    result += part;
  }
  return result;
}

std::string_view DirName(std::string_view path) {
  size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return {};
  return path.substr(0, slash);
}

// Walks `path` one component at a time, like the kernel does. `resolved` is
// always a real (symlink-free) directory path inside the tree, so a ".." taken
// from a link target can be applied to it lexically.
//
// A missing component is not an error here: a normalised path that does not
// exist is returned and the caller's Read() then reports "missing". This keeps
// "does not exist" distinct from "exists but is unsafe".
std::optional<std::string> ResolveSymlinks(const TreeReader& reader,
                                           std::string_view path,
                                           std::string* error) {
  if (!NormalizePath(path)) {
    *error = "path outside the repository: " + std::string(path);
    return std::nullopt;
  }
  std::deque<std::string> remaining = SplitComponents(path);
  std::string resolved;
  std::string last_link;  // for error messages: "'a' -> '../x'"
  int hops = 0;
  while (!remaining.empty()) {
    std::string part = std::move(remaining.front());
    remaining.pop_front();
    if (part == ".") continue;
    if (part == "..") {
      if (resolved.empty()) {
        *error = "symlink points outside the repository (" + last_link + ")";
        return std::nullopt;
      }
      resolved = std::string(DirName(resolved));
      continue;
    }
    std::string candidate = Join(resolved, part);
    std::optional<EntryKind> kind = reader.Stat(candidate);
    if (!kind) return MissingPath(candidate, remaining);
    if (*kind == EntryKind::kFile && !remaining.empty()) {
      *error = "not a directory: '" + candidate + "'";
      return std::nullopt;
    }
    if (*kind == EntryKind::kSubmodule && !remaining.empty()) {
      *error = "inside submodule '" + candidate + "'";
      return std::nullopt;
    }
    if (*kind != EntryKind::kSymlink) {
      resolved = std::move(candidate);
      continue;
    }
    if (++hops > kMaxSymlinkHops) {
      *error = "too many levels of symbolic links";
      return std::nullopt;
    }
    std::string target;
    std::string read_error;
    if (!reader.Read(candidate, kMaxLinkTarget, &target, &read_error)) {
      *error = "cannot read symlink '" + candidate + "': " + read_error;
      return std::nullopt;
    }
    last_link = "'" + candidate + "' -> '" + target + "'";
    if (target.empty()) {
      *error = "empty symlink target (" + last_link + ")";
      return std::nullopt;
    }
    if (target.front() == '/') {
      *error = "symlink points outside the repository (" + last_link + ")";
      return std::nullopt;
    }
    // Splice the target in front of what is left; walk it from the link's
    // directory.
    std::deque<std::string> target_parts = SplitComponents(target);
    remaining.insert(remaining.begin(), target_parts.begin(),
                     target_parts.end());
  }
  return resolved;
}

}  // namespace clawlint::tree
