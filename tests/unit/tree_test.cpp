// Tree layer tests. Git-backed tests build real repositories with the `git`
// command in a fresh temporary directory each.
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "tree/git_tree.h"
#include "tree/memory_tree.h"
#include "tree/tree_reader.h"

namespace {

namespace fs = std::filesystem;
using clawlint::tree::DirName;
using clawlint::tree::Entry;
using clawlint::tree::EntryKind;
using clawlint::tree::MemoryTree;
using clawlint::tree::NormalizePath;
using clawlint::tree::Repository;
using clawlint::tree::ResolveSymlinks;
using clawlint::tree::TreeReader;

constexpr uint64_t kCap = 1 << 20;

// ---------------------------------------------------------------------------
// Test scaffolding

class TempDir {
 public:
  TempDir() {
    const char* base = getenv("TMPDIR");
    std::string tmpl =
        std::string(base && *base ? base : "/tmp") + "/clawlint-tree-XXXXXX";
    std::vector<char> buf(tmpl.begin(), tmpl.end());
    buf.push_back('\0');
    REQUIRE(mkdtemp(buf.data()) != nullptr);
    path_ = buf.data();
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string operator/(const std::string& rel) const {
    return path_ + "/" + rel;
  }

 private:
  std::string path_;
};

// Sets (or unsets, with nullopt) an environment variable for one scope.
class ScopedEnv {
 public:
  ScopedEnv(std::string name, const std::optional<std::string>& value)
      : name_(std::move(name)) {
    if (const char* old = getenv(name_.c_str())) old_ = old;
    if (value) {
      setenv(name_.c_str(), value->c_str(), 1);
    } else {
      unsetenv(name_.c_str());
    }
  }
  ~ScopedEnv() {
    if (old_) {
      setenv(name_.c_str(), old_->c_str(), 1);
    } else {
      unsetenv(name_.c_str());
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  std::string name_;
  std::optional<std::string> old_;
};

class ScopedCwd {
 public:
  explicit ScopedCwd(const std::string& dir) : old_(fs::current_path()) {
    REQUIRE(chdir(dir.c_str()) == 0);
  }
  ~ScopedCwd() {
    if (chdir(old_.c_str()) != 0) FAIL_CHECK("cannot restore cwd");
  }

 private:
  fs::path old_;
};

// Runs a shell command, requires success, returns its stdout.
std::string Run(const std::string& command) {
  INFO(command);
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof(buf), pipe)) > 0) out.append(buf, n);
  const int status = pclose(pipe);
  INFO(out);
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) == 0);
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

// Runs `command` (which starts with "git") isolated from the caller's git
// setup: the suite may itself run inside a pre-commit hook.
std::string RunGit(const std::string& command) {
  return Run(
      "env -u GIT_DIR -u GIT_WORK_TREE -u GIT_INDEX_FILE "
      "-u GIT_OBJECT_DIRECTORY -u GIT_CEILING_DIRECTORIES "
      "GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null "
      "GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@t "
      "GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@t " +
      command + " 2>&1");
}

void WriteFile(const std::string& path, const std::string& bytes) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  REQUIRE(out.good());
}

// A fresh repository on branch main in its own temporary directory.
class GitRepo {
 public:
  GitRepo() : root_(tmp_ / "repo") {
    fs::create_directories(root_);
    Git("init -q -b main");
  }

  const std::string& root() const { return root_; }
  const TempDir& tmp() const { return tmp_; }
  std::string operator/(const std::string& rel) const {
    return root_ + "/" + rel;
  }

  std::string Git(const std::string& args, const std::string& env = "") const {
    return RunGit(env + " git -C '" + root_ + "' " + args);
  }
  void Write(const std::string& rel, const std::string& bytes) const {
    WriteFile(*this / rel, bytes);
  }
  void Symlink(const std::string& target, const std::string& rel) const {
    fs::create_directories(fs::path(*this / rel).parent_path());
    fs::create_symlink(target, *this / rel);
  }
  void Commit(const std::string& message) const {
    Git("add -A");
    Git("commit -q -m '" + message + "'");
  }
  std::unique_ptr<Repository> Open() const {
    std::string error;
    auto repo = Repository::Discover(root_, &error);
    INFO(error);
    REQUIRE(repo != nullptr);
    return repo;
  }

 private:
  TempDir tmp_;
  std::string root_;
};

std::unique_ptr<TreeReader> Require(std::unique_ptr<TreeReader> reader,
                                    const std::string& error) {
  INFO(error);
  REQUIRE(reader != nullptr);
  return reader;
}

std::string MustRead(const TreeReader& reader, const std::string& path) {
  std::string out;
  std::string error;
  INFO(reader.Describe() << ": " << path);
  const bool ok = reader.Read(path, kCap, &out, &error);
  INFO(error);
  REQUIRE(ok);
  return out;
}

std::string ReadError(const TreeReader& reader, const std::string& path,
                      uint64_t max_bytes = kCap) {
  std::string out;
  std::string error;
  INFO(reader.Describe() << ": " << path);
  REQUIRE_FALSE(reader.Read(path, max_bytes, &out, &error));
  return error;
}

std::vector<std::string> Paths(const TreeReader& reader) {
  std::vector<std::string> out;
  for (const Entry& e : reader.List()) out.push_back(e.path);
  return out;
}

std::optional<EntryKind> KindInList(const TreeReader& reader,
                                    const std::string& path) {
  for (const Entry& e : reader.List()) {
    if (e.path == path) return e.kind;
  }
  return std::nullopt;
}

struct Resolved {
  std::optional<std::string> path;
  std::string error;
};

Resolved Resolve(const TreeReader& reader, const std::string& path) {
  Resolved r;
  r.path = ResolveSymlinks(reader, path, &r.error);
  return r;
}

// ---------------------------------------------------------------------------
// Pure path helpers

TEST_CASE("tree: NormalizePath normalises lexically", "[tree]") {
  CHECK(NormalizePath("a/./b/../c") == "a/c");
  CHECK(NormalizePath("") == "");
  CHECK(NormalizePath(".") == "");
  CHECK(NormalizePath("a//b/") == "a/b");
  CHECK(NormalizePath("a/..") == "");
  CHECK(NormalizePath("a/b/../../c") == "c");
  CHECK(NormalizePath("conf/openclaw.json") == "conf/openclaw.json");
  CHECK_FALSE(NormalizePath("/a"));
  CHECK_FALSE(NormalizePath(".."));
  CHECK_FALSE(NormalizePath("../a"));
  CHECK_FALSE(NormalizePath("a/../.."));
}

TEST_CASE("tree: DirName returns the directory part", "[tree]") {
  CHECK(DirName("a/b.json") == "a");
  CHECK(DirName("a/b/c.json") == "a/b");
  CHECK(DirName("b.json") == "");
  CHECK(DirName("") == "");
}

// ---------------------------------------------------------------------------
// MemoryTree

TEST_CASE("tree: MemoryTree lists and stats and reads", "[tree]") {
  MemoryTree tree;
  tree.AddFile("z.json", "{}")
      .AddFile("conf/openclaw.json", "{\"a\":1}")
      .AddSymlink("link.json", "conf/openclaw.json")
      .AddSubmodule("vendor/sub");

  const std::vector<Entry> list = tree.List();
  REQUIRE(list.size() == 4);
  CHECK(list[0].path == "conf/openclaw.json");
  CHECK(list[1].path == "link.json");
  CHECK(list[1].kind == EntryKind::kSymlink);
  CHECK(list[2].path == "vendor/sub");
  CHECK(list[2].kind == EntryKind::kSubmodule);
  CHECK(list[3].path == "z.json");

  CHECK(tree.Stat("") == EntryKind::kDirectory);
  CHECK(tree.Stat("conf") == EntryKind::kDirectory);
  CHECK(tree.Stat("vendor") == EntryKind::kDirectory);
  CHECK(tree.Stat("conf/openclaw.json") == EntryKind::kFile);
  CHECK(tree.Stat("con") == std::nullopt);
  CHECK(tree.Stat("nope") == std::nullopt);

  CHECK(MustRead(tree, "conf/openclaw.json") == "{\"a\":1}");
  CHECK(MustRead(tree, "link.json") == "conf/openclaw.json");
  CHECK(ReadError(tree, "nope") == "missing");
  CHECK(ReadError(tree, "conf") == "is a directory");
  CHECK(ReadError(tree, "vendor/sub") == "is a submodule");
  CHECK(ReadError(tree, "conf/openclaw.json", 3) == "file larger than 3 bytes");
  CHECK(tree.Describe() == "memory");
}

TEST_CASE("tree: ResolveSymlinks follows links inside a MemoryTree", "[tree]") {
  MemoryTree tree;
  tree.AddFile("conf/openclaw.json", "{}")
      .AddFile("deep/dir/x.json", "x")
      .AddFile("deep/y.json", "y")
      .AddSymlink("link.json", "conf/openclaw.json")
      .AddSymlink("cfg", "conf")
      .AddSymlink("conf/self.json", "../link.json")
      .AddSymlink("x", "deep/dir")
      .AddSymlink("via.json", "x/../y.json")
      .AddSymlink("dot", ".")
      .AddSymlink("up.json", "../outside.json")
      .AddSymlink("conf/up2.json", "../../outside.json")
      .AddSymlink("abs.json", "/etc/passwd")
      .AddSymlink("loop1", "loop2")
      .AddSymlink("loop2", "loop1")
      .AddSymlink("self", "self")
      .AddSymlink("dangling.json", "conf/missing.json")
      .AddSymlink("empty", "")
      .AddSymlink("gone", "missing/../conf/openclaw.json")
      .AddSubmodule("sub");

  CHECK(Resolve(tree, "conf/openclaw.json").path == "conf/openclaw.json");
  CHECK(Resolve(tree, "").path == "");
  CHECK(Resolve(tree, "link.json").path == "conf/openclaw.json");
  CHECK(Resolve(tree, "cfg/openclaw.json").path == "conf/openclaw.json");
  CHECK(Resolve(tree, "cfg").path == "conf");
  CHECK(Resolve(tree, "conf/self.json").path == "conf/openclaw.json");
  CHECK(Resolve(tree, "dot/dot/cfg/self.json").path == "conf/openclaw.json");
  // ".." applies to the resolved link target, as the kernel does.
  CHECK(Resolve(tree, "via.json").path == "deep/y.json");

  for (const char* path : {"up.json", "conf/up2.json", "abs.json"}) {
    INFO(path);
    Resolved r = Resolve(tree, path);
    CHECK_FALSE(r.path);
    CHECK_THAT(r.error,
               Catch::Contains("symlink points outside the repository"));
  }
  for (const char* path : {"loop1", "self", "loop1/x.json"}) {
    INFO(path);
    Resolved r = Resolve(tree, path);
    CHECK_FALSE(r.path);
    CHECK(r.error == "too many levels of symbolic links");
  }
  Resolved empty = Resolve(tree, "empty");
  CHECK_FALSE(empty.path);
  CHECK_THAT(empty.error, Catch::Contains("empty symlink target"));

  // Missing components resolve anyway; Read() then reports "missing".
  CHECK(Resolve(tree, "dangling.json").path == "conf/missing.json");
  CHECK(Resolve(tree, "nope/a.json").path == "nope/a.json");
  CHECK(Resolve(tree, "cfg/nope.json").path == "conf/nope.json");
  CHECK(Resolve(tree, "nope/./a.json").path == "nope/a.json");
  CHECK(Resolve(tree, "gone").path == "missing");
  CHECK(tree.Stat("missing") == std::nullopt);
  Resolved file_as_dir = Resolve(tree, "conf/openclaw.json/x");
  CHECK_FALSE(file_as_dir.path);
  CHECK(file_as_dir.error == "not a directory: 'conf/openclaw.json'");

  Resolved in_sub = Resolve(tree, "sub/a.json");
  CHECK_FALSE(in_sub.path);
  CHECK_THAT(in_sub.error, Catch::Contains("inside submodule"));
  CHECK(Resolve(tree, "sub").path == "sub");

  Resolved climbing = Resolve(tree, "../x");
  CHECK_FALSE(climbing.path);
  CHECK_THAT(climbing.error, Catch::Contains("outside the repository"));
}

// ---------------------------------------------------------------------------
// Commit trees

TEST_CASE("tree: commit trees at HEAD and a branch and a tag and a short sha",
          "[tree]") {
  GitRepo git;
  git.Write("conf/openclaw.json", "v1");
  git.Write("run.sh", "#!/bin/sh\n");
  fs::permissions(git / "run.sh", fs::perms::owner_exec, fs::perm_options::add);
  git.Commit("one");
  const std::string first = git.Git("rev-parse --short HEAD");
  git.Git("tag v1");
  git.Git("tag -a v1a -m annotated");
  git.Git("checkout -q -b feature");
  git.Write("conf/openclaw.json", "feature");
  git.Commit("feature");
  git.Git("checkout -q main");
  git.Write("conf/openclaw.json", "v2");
  git.Commit("two");
  const std::string head = git.Git("rev-parse HEAD");

  auto repo = git.Open();
  std::string error;
  auto at_head = Require(repo->OpenRevision("HEAD", &error), error);
  CHECK(MustRead(*at_head, "conf/openclaw.json") == "v2");
  CHECK(at_head->Describe() == "HEAD (" + head.substr(0, 7) + ")");
  CHECK(Paths(*at_head) ==
        std::vector<std::string>{"conf/openclaw.json", "run.sh"});
  CHECK(KindInList(*at_head, "run.sh") == EntryKind::kFile);
  CHECK(at_head->Stat("") == EntryKind::kDirectory);
  CHECK(at_head->Stat("conf") == EntryKind::kDirectory);
  CHECK(at_head->Stat("conf/openclaw.json") == EntryKind::kFile);
  CHECK(at_head->Stat("con") == std::nullopt);
  CHECK(at_head->Stat("conf/openclaw.json/x") == std::nullopt);
  CHECK(ReadError(*at_head, "conf") == "is a directory");
  CHECK(ReadError(*at_head, "nope.json") == "missing");

  auto branch = Require(repo->OpenRevision("feature", &error), error);
  CHECK(MustRead(*branch, "conf/openclaw.json") == "feature");
  auto tag = Require(repo->OpenRevision("v1", &error), error);
  CHECK(MustRead(*tag, "conf/openclaw.json") == "v1");
  auto annotated = Require(repo->OpenRevision("v1a", &error), error);
  CHECK(MustRead(*annotated, "conf/openclaw.json") == "v1");
  auto sha = Require(repo->OpenRevision(first, &error), error);
  CHECK(MustRead(*sha, "conf/openclaw.json") == "v1");
  auto parent = Require(repo->OpenRevision("HEAD~1", &error), error);
  CHECK(MustRead(*parent, "conf/openclaw.json") == "v1");

  // Readers keep the repository alive on their own.
  repo.reset();
  CHECK(MustRead(*at_head, "run.sh") == "#!/bin/sh\n");
}

TEST_CASE("tree: an unknown revision is one clear error", "[tree]") {
  GitRepo git;
  auto empty = git.Open();
  std::string error;
  CHECK(empty->OpenRevision("HEAD", &error) == nullptr);
  CHECK(error == "unknown revision 'HEAD' (no commits yet)");

  git.Write("conf/a.json", "{}");
  git.Commit("one");
  auto repo = git.Open();
  CHECK(repo->OpenRevision("nope", &error) == nullptr);
  CHECK(error == "unknown revision 'nope'");
  CHECK(repo->OpenRevision("HEAD:conf", &error) == nullptr);
  CHECK(error == "revision 'HEAD:conf' is not a commit");
  CHECK(repo->OpenRevision("", &error) == nullptr);
  CHECK(error == "unknown revision ''");
}

// ---------------------------------------------------------------------------
// Index and working tree

TEST_CASE("tree: partial staging shows staged bytes in the index only",
          "[tree]") {
  ScopedEnv no_index_file("GIT_INDEX_FILE", std::nullopt);
  GitRepo git;
  git.Write("openclaw.json", "committed");
  git.Commit("one");
  git.Write("openclaw.json", "staged");
  git.Write("new.json", "new staged");
  git.Git("add openclaw.json new.json");
  git.Write("openclaw.json", "unstaged");

  auto repo = git.Open();
  std::string error;
  auto index = Require(repo->OpenIndex(&error), error);
  auto worktree = Require(repo->OpenWorkingTree(&error), error);
  auto head = Require(repo->OpenRevision("HEAD", &error), error);

  CHECK(index->Describe() == "index");
  CHECK(worktree->Describe() == "working tree");
  CHECK(MustRead(*index, "openclaw.json") == "staged");
  CHECK(MustRead(*worktree, "openclaw.json") == "unstaged");
  CHECK(MustRead(*head, "openclaw.json") == "committed");
  CHECK(MustRead(*index, "new.json") == "new staged");
  CHECK(head->Stat("new.json") == std::nullopt);
}

TEST_CASE("tree: GIT_INDEX_FILE selects another index", "[tree]") {
  ScopedEnv no_index_file("GIT_INDEX_FILE", std::nullopt);
  GitRepo git;
  git.Write("a.json", "a");
  git.Commit("one");
  const std::string alt = git / ".git/alt-index";
  git.Git("read-tree HEAD", "GIT_INDEX_FILE='" + alt + "'");
  git.Write("b.json", "b in alt index");
  git.Git("add b.json", "GIT_INDEX_FILE='" + alt + "'");

  auto repo = git.Open();
  std::string error;
  auto normal = Require(repo->OpenIndex(&error), error);
  CHECK(Paths(*normal) == std::vector<std::string>{"a.json"});

  SECTION("absolute path") {
    ScopedEnv env("GIT_INDEX_FILE", alt);
    auto index = Require(repo->OpenIndex(&error), error);
    CHECK(Paths(*index) == std::vector<std::string>{"a.json", "b.json"});
    CHECK(MustRead(*index, "b.json") == "b in alt index");
    CHECK(index->Describe() == "index (GIT_INDEX_FILE=" + alt + ")");
  }
  SECTION("path relative to the current directory") {
    ScopedCwd cwd(git.root());
    ScopedEnv env("GIT_INDEX_FILE", std::string(".git/alt-index"));
    auto index = Require(repo->OpenIndex(&error), error);
    CHECK(Paths(*index) == std::vector<std::string>{"a.json", "b.json"});
    CHECK(index->Describe() == "index (GIT_INDEX_FILE=.git/alt-index)");
  }
  CHECK(getenv("GIT_INDEX_FILE") == nullptr);
}

TEST_CASE(
    "tree: working tree has untracked files but no ignored or deleted ones",
    "[tree]") {
  ScopedEnv no_index_file("GIT_INDEX_FILE", std::nullopt);
  GitRepo git;
  git.Write(".gitignore", "*.log\nbuild/\n");
  git.Write("keep.json", "keep");
  git.Write("gone.json", "gone");
  git.Write("forced.log", "tracked despite .gitignore");
  git.Git("add .gitignore keep.json gone.json");
  git.Git("add -f forced.log");
  git.Git("commit -q -m one");
  fs::remove(git / "gone.json");
  git.Write("new.json", "untracked");
  git.Write("newdir/deeper/x.json", "untracked in a new directory");
  git.Write("debug.log", "ignored");
  git.Write("build/out.json", "ignored");

  auto repo = git.Open();
  std::string error;
  auto worktree = Require(repo->OpenWorkingTree(&error), error);
  CHECK(Paths(*worktree) == std::vector<std::string>{".gitignore", "forced.log",
                                                     "keep.json", "new.json",
                                                     "newdir/deeper/x.json"});
  CHECK(MustRead(*worktree, "new.json") == "untracked");
  CHECK(worktree->Stat("newdir") == EntryKind::kDirectory);
  CHECK(worktree->Stat("build") == std::nullopt);
  CHECK(worktree->Stat("gone.json") == std::nullopt);
  CHECK(ReadError(*worktree, "gone.json") == "missing");
  CHECK(ReadError(*worktree, "debug.log") == "missing");
  CHECK(ReadError(*worktree, "newdir") == "is a directory");

  // Deleted from disk but not from the index: still staged.
  auto index = Require(repo->OpenIndex(&error), error);
  CHECK(MustRead(*index, "gone.json") == "gone");
}

// ---------------------------------------------------------------------------
// Symlinks

void CheckSymlinks(const TreeReader& reader) {
  INFO(reader.Describe());
  CHECK(reader.Stat("link.json") == EntryKind::kSymlink);
  CHECK(reader.Stat("cfg") == EntryKind::kSymlink);
  // Readers never follow links: they return the target text.
  CHECK(MustRead(reader, "link.json") == "conf/openclaw.json");
  CHECK(MustRead(reader, "abs.json") == "/etc/passwd");

  CHECK(Resolve(reader, "link.json").path == "conf/openclaw.json");
  CHECK(Resolve(reader, "cfg/openclaw.json").path == "conf/openclaw.json");
  CHECK(Resolve(reader, "conf/self.json").path == "conf/openclaw.json");
  CHECK(MustRead(reader, *Resolve(reader, "cfg/openclaw.json").path) == "real");

  for (const char* path : {"escape.json", "abs.json"}) {
    INFO(path);
    Resolved r = Resolve(reader, path);
    CHECK_FALSE(r.path);
    CHECK_THAT(r.error,
               Catch::Contains("symlink points outside the repository"));
  }
  Resolved loop = Resolve(reader, "loop1");
  CHECK_FALSE(loop.path);
  CHECK(loop.error == "too many levels of symbolic links");

  Resolved dangling = Resolve(reader, "dangling.json");
  REQUIRE(dangling.path == "conf/missing.json");
  CHECK(ReadError(reader, *dangling.path) == "missing");
}

TEST_CASE("tree: symlinks resolve inside the tree for commit and worktree",
          "[tree]") {
  ScopedEnv no_index_file("GIT_INDEX_FILE", std::nullopt);
  GitRepo git;
  WriteFile(git.tmp() / "outside/secret.json", "secret");
  git.Write("conf/openclaw.json", "real");
  git.Symlink("conf/openclaw.json", "link.json");
  git.Symlink("conf", "cfg");
  git.Symlink("../link.json", "conf/self.json");
  git.Symlink("../outside/secret.json", "escape.json");
  git.Symlink("/etc/passwd", "abs.json");
  git.Symlink("loop2", "loop1");
  git.Symlink("loop1", "loop2");
  git.Symlink("conf/missing.json", "dangling.json");
  git.Commit("links");

  auto repo = git.Open();
  std::string error;
  auto head = Require(repo->OpenRevision("HEAD", &error), error);
  auto index = Require(repo->OpenIndex(&error), error);
  auto worktree = Require(repo->OpenWorkingTree(&error), error);
  CheckSymlinks(*head);
  CheckSymlinks(*index);
  CheckSymlinks(*worktree);
}

TEST_CASE("tree: worktree never reads through a symlinked parent directory",
          "[tree]") {
  ScopedEnv no_index_file("GIT_INDEX_FILE", std::nullopt);
  GitRepo git;
  WriteFile(git.tmp() / "outside/f.json", "secret");
  git.Write("d/f.json", "tracked");
  git.Commit("one");
  fs::remove_all(git / "d");
  git.Symlink("../outside", "d");

  auto repo = git.Open();
  std::string error;
  auto worktree = Require(repo->OpenWorkingTree(&error), error);
  CHECK(worktree->Stat("d") == EntryKind::kSymlink);
  CHECK(worktree->Stat("d/f.json") == std::nullopt);
  CHECK(ReadError(*worktree, "d/f.json") == "missing");
  Resolved r = Resolve(*worktree, "d/f.json");
  CHECK_FALSE(r.path);
  CHECK_THAT(r.error, Catch::Contains("symlink points outside the repository"));
}

TEST_CASE("tree: worktree reads re-check the disk after listing", "[tree]") {
  ScopedEnv no_index_file("GIT_INDEX_FILE", std::nullopt);
  GitRepo git;
  WriteFile(git.tmp() / "outside/f.json", "secret");
  git.Write("d/f.json", "tracked");
  git.Write("plain.json", "plain");
  git.Commit("one");

  auto repo = git.Open();
  std::string error;
  auto worktree = Require(repo->OpenWorkingTree(&error), error);
  REQUIRE(worktree->Stat("d/f.json") == EntryKind::kFile);
  // Swapped after the listing: the read must still refuse to leave the tree.
  fs::remove_all(git / "d");
  git.Symlink("../outside", "d");
  CHECK_THAT(ReadError(*worktree, "d/f.json"),
             Catch::Contains("parent directory is a symlink"));
  fs::remove(git / "plain.json");
  git.Symlink("d/f.json", "plain.json");
  CHECK(ReadError(*worktree, "plain.json") ==
        "changed on disk while being read");
  fs::remove(git / "plain.json");
  REQUIRE(mkfifo((git / "plain.json").c_str(), 0600) == 0);
  CHECK(ReadError(*worktree, "plain.json") == "not a regular file or symlink");
}

// ---------------------------------------------------------------------------
// Submodules, size cap, discovery

TEST_CASE("tree: a submodule gitlink is listed and never entered", "[tree]") {
  ScopedEnv no_index_file("GIT_INDEX_FILE", std::nullopt);
  GitRepo git;
  git.Write("a.json", "a");
  git.Commit("one");
  const std::string sha = git.Git("rev-parse HEAD");
  git.Git("update-index --add --cacheinfo 160000," + sha + ",sub");
  git.Git("commit -q -m submodule");
  fs::create_directories(git / "sub");
  WriteFile(git / "sub/inner.json", "inside the submodule checkout");

  auto repo = git.Open();
  std::string error;
  auto head = Require(repo->OpenRevision("HEAD", &error), error);
  auto index = Require(repo->OpenIndex(&error), error);
  auto worktree = Require(repo->OpenWorkingTree(&error), error);
  for (const TreeReader* reader : {head.get(), index.get(), worktree.get()}) {
    INFO(reader->Describe());
    CHECK(Paths(*reader) == std::vector<std::string>{"a.json", "sub"});
    CHECK(KindInList(*reader, "sub") == EntryKind::kSubmodule);
    CHECK(reader->Stat("sub") == EntryKind::kSubmodule);
    CHECK(reader->Stat("sub/inner.json") == std::nullopt);
    CHECK(ReadError(*reader, "sub") == "is a submodule");
    Resolved r = Resolve(*reader, "sub/inner.json");
    CHECK_FALSE(r.path);
    CHECK_THAT(r.error, Catch::Contains("inside submodule"));
  }
}

TEST_CASE("tree: an untracked nested repository is a submodule", "[tree]") {
  ScopedEnv no_index_file("GIT_INDEX_FILE", std::nullopt);
  GitRepo git;
  git.Write("a.json", "a");
  git.Commit("one");
  git.Write("nested/x.json", "x");
  git.Git("-C nested init -q -b main");

  auto repo = git.Open();
  std::string error;
  auto worktree = Require(repo->OpenWorkingTree(&error), error);
  CHECK(Paths(*worktree) == std::vector<std::string>{"a.json", "nested"});
  CHECK(worktree->Stat("nested") == EntryKind::kSubmodule);
}

TEST_CASE("tree: Read enforces the size cap", "[tree]") {
  ScopedEnv no_index_file("GIT_INDEX_FILE", std::nullopt);
  GitRepo git;
  git.Write("big.json", std::string(100, 'x'));
  git.Symlink("big.json", "link.json");
  git.Commit("one");

  auto repo = git.Open();
  std::string error;
  auto head = Require(repo->OpenRevision("HEAD", &error), error);
  auto index = Require(repo->OpenIndex(&error), error);
  auto worktree = Require(repo->OpenWorkingTree(&error), error);
  for (const TreeReader* reader : {head.get(), index.get(), worktree.get()}) {
    INFO(reader->Describe());
    CHECK(ReadError(*reader, "big.json", 99) == "file larger than 99 bytes");
    CHECK(ReadError(*reader, "link.json", 3) == "file larger than 3 bytes");
    std::string out;
    CHECK(reader->Read("big.json", 100, &out, &error));
    CHECK(out.size() == 100);
    CHECK(reader->Read("big.json", 0, &out, &error) == false);
  }
}

TEST_CASE("tree: Discover from a subdirectory and RelativePath", "[tree]") {
  GitRepo git;
  git.Write("sub/dir/x.json", "x");
  git.Symlink("sub/dir/x.json", "link.json");
  git.Symlink("../outside.json", "escape.json");
  fs::create_symlink(git.root(), git.tmp() / "alias");
  fs::create_symlink(git / "sub", git.tmp() / "alias-sub");

  std::string error;
  auto repo = Repository::Discover(git / "sub/dir", &error);
  INFO(error);
  REQUIRE(repo != nullptr);
  CHECK(fs::equivalent(repo->workdir(), git.root()));
  CHECK(repo->workdir().back() != '/');

  CHECK(repo->RelativePath(git / "sub/dir/x.json") == "sub/dir/x.json");
  CHECK(repo->RelativePath(git / "sub/dir") == "sub/dir");
  CHECK(repo->RelativePath(git / "sub/dir/") == "sub/dir");
  CHECK(repo->RelativePath(git.root()) == "");
  CHECK(repo->RelativePath(git / "new/not-yet.json") == "new/not-yet.json");
  CHECK(repo->RelativePath(git / "sub/../sub/./dir") == "sub/dir");
  CHECK(repo->RelativePath(git.tmp() / "alias/sub") == "sub");
  CHECK(repo->RelativePath(git.tmp() / "alias-sub/dir") == "sub/dir");
  // Links inside the repository are kept for ResolveSymlinks to judge.
  CHECK(repo->RelativePath(git / "link.json") == "link.json");
  CHECK(repo->RelativePath(git / "escape.json") == "escape.json");
  CHECK(repo->RelativePath(git / "sub/..") == "");
  CHECK(repo->RelativePath(git / "sub/../..") == std::nullopt);
  CHECK(repo->RelativePath(git / "../repo/sub") == "sub");
  CHECK(repo->RelativePath(git.tmp().path()) == std::nullopt);
  CHECK(repo->RelativePath(git / "../outside.json") == std::nullopt);
  CHECK(repo->RelativePath("/") == std::nullopt);
  {
    ScopedCwd cwd(git / "sub");
    CHECK(repo->RelativePath("dir/x.json") == "sub/dir/x.json");
    CHECK(repo->RelativePath(".") == "sub");
    CHECK(repo->RelativePath("..") == "");
    CHECK(repo->RelativePath("../..") == std::nullopt);
  }

  auto via_alias = Repository::Discover(git.tmp() / "alias/sub", &error);
  INFO(error);
  REQUIRE(via_alias != nullptr);
  CHECK(via_alias->RelativePath(git / "sub/dir/x.json") == "sub/dir/x.json");
}

TEST_CASE("tree: Discover outside a repository is one clear error", "[tree]") {
  TempDir tmp;
  const std::string plain = tmp / "plain";
  fs::create_directories(plain);
  // Keep the search from finding a repository above the temp directory.
  ScopedEnv ceiling("GIT_CEILING_DIRECTORIES", tmp.path());

  std::string error;
  CHECK(Repository::Discover(plain, &error) == nullptr);
  CHECK(error == "not a git repository: " + plain);
  CHECK(Repository::Discover(tmp / "missing", &error) == nullptr);
  CHECK(error == "no such directory: " + tmp / "missing");
  WriteFile(tmp / "file", "x");
  CHECK(Repository::Discover(tmp / "file", &error) == nullptr);
  CHECK(error == "not a directory: " + tmp / "file");
}

TEST_CASE("tree: a bare repository has no working tree", "[tree]") {
  TempDir tmp;
  RunGit("git init -q --bare -b main '" + tmp / "bare.git" + "'");
  std::string error;
  auto repo = Repository::Discover(tmp / "bare.git", &error);
  INFO(error);
  REQUIRE(repo != nullptr);
  CHECK(repo->workdir() == "");
  CHECK(repo->RelativePath(tmp / "bare.git") == std::nullopt);
  CHECK(repo->OpenWorkingTree(&error) == nullptr);
  CHECK(error == "bare repository has no working tree");
}

TEST_CASE("tree: an empty repository lists untracked files", "[tree]") {
  ScopedEnv no_index_file("GIT_INDEX_FILE", std::nullopt);
  GitRepo git;
  git.Write("openclaw.json", "{}");
  auto repo = git.Open();
  std::string error;
  auto index = Require(repo->OpenIndex(&error), error);
  CHECK(index->List().empty());
  CHECK(index->Stat("") == EntryKind::kDirectory);
  auto worktree = Require(repo->OpenWorkingTree(&error), error);
  CHECK(Paths(*worktree) == std::vector<std::string>{"openclaw.json"});
  CHECK(MustRead(*worktree, "openclaw.json") == "{}");
}

}  // namespace
