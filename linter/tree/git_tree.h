// libgit2-backed TreeReaders: commit tree, staged index, working tree.
#pragma once

#include <memory>
#include <string>

#include "tree/tree_reader.h"

namespace clawlint::tree {

/// A repository discovered upward from a directory. Owns libgit2 state
/// (library init/shutdown is reference counted inside).
class Repository {
 public:
  /// Discovers the repository containing `start_dir` (like `git -C DIR`).
  /// Returns nullptr and a one-line `error` when there is none.
  static std::unique_ptr<Repository> Discover(const std::string& start_dir,
                                              std::string* error);
  ~Repository();
  Repository(const Repository&) = delete;
  Repository& operator=(const Repository&) = delete;

  /// The tree of a commit-ish (HEAD, a branch, a tag, a sha). nullptr + error
  /// when `rev` does not name a commit.
  std::unique_ptr<TreeReader> OpenRevision(const std::string& rev,
                                           std::string* error) const;
  /// The staged index; honours GIT_INDEX_FILE (as git and pre-commit do).
  std::unique_ptr<TreeReader> OpenIndex(std::string* error) const;
  /// Files git tracks or would track (untracked but not ignored) in the
  /// working tree, read from disk. nullptr + error for a bare repository.
  std::unique_ptr<TreeReader> OpenWorkingTree(std::string* error) const;

  /// Absolute path of the working directory ("" for a bare repository).
  std::string workdir() const;
  /// The repo-relative form of an absolute or cwd-relative path, nullopt if
  /// outside the working directory.
  std::optional<std::string> RelativePath(const std::string& path) const;

 private:
  struct Impl;
  explicit Repository(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace clawlint::tree
