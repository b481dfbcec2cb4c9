// Reading a repository tree without a checkout.
//
// A TreeReader exposes one snapshot of a repository: the tree of a commit,
// the staged index, or the working tree. Paths are repo-relative POSIX paths
// ("conf/openclaw.json", no leading "./" or "/"). Nothing outside the snapshot
// is ever read: symlinks are returned as entries, never followed by a reader.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clawlint::tree {

enum class EntryKind {
  kFile,       // regular or executable blob
  kSymlink,    // mode 120000; Read() returns the link target text
  kSubmodule,  // gitlink; never entered
  kDirectory,  // implied by deeper entries
};

struct Entry {
  std::string path;
  EntryKind kind = EntryKind::kFile;
};

class TreeReader {
 public:
  virtual ~TreeReader() = default;

  /// Every file, symlink and submodule entry (not directories), sorted by path.
  virtual std::vector<Entry> List() const = 0;

  /// The kind of the entry at `path`, or nullopt when there is none.
  /// Directories that contain entries report kDirectory; "" is the root.
  virtual std::optional<EntryKind> Stat(std::string_view path) const = 0;

  /// Reads at most `max_bytes` of a file (or a symlink's target text).
  /// Returns false with a one-line `error` when the entry is missing, not
  /// readable, or larger than `max_bytes`.
  virtual bool Read(std::string_view path, uint64_t max_bytes, std::string* out,
                    std::string* error) const = 0;

  /// What is being read, for reports: "HEAD (1a2b3c4)", "index", "working tree".
  virtual std::string Describe() const = 0;
};

/// Joins and normalises repo-relative POSIX paths lexically ("a/./b/../c" ->
/// "a/c"). Returns nullopt when the result would climb above the root.
std::optional<std::string> NormalizePath(std::string_view path);

/// Directory part of a repo-relative path ("a/b.json" -> "a", "b.json" -> "").
std::string_view DirName(std::string_view path);

/// Resolves symlinks (in any component) of `path` inside the tree, with a
/// bounded number of hops. Returns the real repo-relative path, or nullopt with
/// `error` set when a link points outside the tree, dangles, or loops.
std::optional<std::string> ResolveSymlinks(const TreeReader& reader,
                                           std::string_view path,
                                           std::string* error);

}  // namespace clawlint::tree
