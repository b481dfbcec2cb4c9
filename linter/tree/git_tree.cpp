#include "tree/git_tree.h"

#include <errno.h>
#include <fcntl.h>
#include <git2.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <utility>
#include <vector>

namespace clawlint::tree {
namespace {

// ---------------------------------------------------------------------------
// libgit2 handles

// libgit2 counts init/shutdown pairs itself; one guard per repository state
// keeps the library alive exactly as long as any handle into it.
class LibGit2 {
 public:
  LibGit2() { git_libgit2_init(); }
  ~LibGit2() { git_libgit2_shutdown(); }
  LibGit2(const LibGit2&) = delete;
  LibGit2& operator=(const LibGit2&) = delete;
};

template <typename T, void (*Free)(T*)>
struct GitDeleter {
  void operator()(T* handle) const { Free(handle); }
};
template <typename T, void (*Free)(T*)>
using GitPtr = std::unique_ptr<T, GitDeleter<T, Free>>;

using RepoPtr = GitPtr<git_repository, git_repository_free>;
using ObjectPtr = GitPtr<git_object, git_object_free>;
using CommitPtr = GitPtr<git_commit, git_commit_free>;
using TreePtr = GitPtr<git_tree, git_tree_free>;
using BlobPtr = GitPtr<git_blob, git_blob_free>;
using IndexPtr = GitPtr<git_index, git_index_free>;
using OdbPtr = GitPtr<git_odb, git_odb_free>;
using StatusListPtr = GitPtr<git_status_list, git_status_list_free>;

std::string GitErrorText() {
  const git_error* e = git_error_last();
  if (e == nullptr || e->message == nullptr) return "unknown libgit2 error";
  std::string text = e->message;
  // libgit2 messages sometimes end in a newline; reports want one line.
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
    text.pop_back();
  }
  return text;
}

// Shared by a Repository and every reader it opened, so readers stay valid
// after the Repository is destroyed.
struct RepoState {
  LibGit2 lib;  // first member: initialised first, shut down last
  RepoPtr repo;
  std::string workdir;       // as libgit2 reports it, no trailing slash
  std::string workdir_real;  // realpath(workdir), for RelativePath and reads
};

// ---------------------------------------------------------------------------
// Paths

// Entry paths come from git data that an attacker may have crafted; only
// clean relative paths ever reach a reader (no "..", ".", "" or leading "/").
bool IsCleanPath(std::string_view path) {
  std::optional<std::string> normal = NormalizePath(path);
  return normal && !normal->empty() && *normal == path;
}

std::string StripTrailingSlashes(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

std::string CurrentDir() {
  char buf[PATH_MAX];
  if (getcwd(buf, sizeof(buf)) == nullptr) return "/";
  return buf;
}

std::string MakeAbsolute(const std::string& path) {
  if (!path.empty() && path.front() == '/') return path;
  std::string cwd = CurrentDir();
  if (path.empty()) return cwd;
  return cwd == "/" ? "/" + path : cwd + "/" + path;
}

std::optional<std::string> RealPath(const std::string& path) {
  char* real = realpath(path.c_str(), nullptr);
  if (real == nullptr) return std::nullopt;
  std::string out = real;
  free(real);
  return out;
}

// realpath() of the longest existing prefix of absolute `path`, with the
// missing rest applied lexically (it cannot contain symlinks).
std::string RealPathOfPrefix(const std::string& path) {
  std::string head = StripTrailingSlashes(path);
  std::vector<std::string> tail;  // missing components, innermost last
  std::optional<std::string> real;
  while (!(real = RealPath(head))) {
    size_t slash = head.rfind('/');
    if (slash == std::string::npos || head == "/") return path;
    tail.insert(tail.begin(), head.substr(slash + 1));
    head = slash == 0 ? "/" : head.substr(0, slash);
  }
  std::string out = *real;
  for (const std::string& part : tail) {
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      size_t slash = out.rfind('/');
      out = slash == 0 ? "/" : out.substr(0, slash);
      continue;
    }
    if (out.back() != '/') out += '/';
    out += part;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Sorted entry table shared by all three readers: O(log n) lookups.

struct Record {
  std::string path;
  EntryKind kind = EntryKind::kFile;
  git_oid oid{};  // blob (or gitlink commit) id; unused for the working tree
};

class Snapshot {
 public:
  explicit Snapshot(std::vector<Record> records)
      : records_(std::move(records)) {
    std::stable_sort(records_.begin(), records_.end(), ByPath);
    // Conflicted index entries repeat a path; keep the first.
    auto last = std::unique(
        records_.begin(), records_.end(),
        [](const Record& a, const Record& b) { return a.path == b.path; });
    records_.erase(last, records_.end());
  }

  std::vector<Entry> List() const {
    std::vector<Entry> out;
    out.reserve(records_.size());
    for (const Record& r : records_) out.push_back({r.path, r.kind});
    return out;
  }

  const Record* Find(std::string_view path) const {
    auto it = LowerBound(path);
    if (it == records_.end() || it->path != path) return nullptr;
    return &*it;
  }

  std::optional<EntryKind> Stat(std::string_view path) const {
    if (path.empty()) return EntryKind::kDirectory;
    if (const Record* r = Find(path)) return r->kind;
    // "a" is a directory when some entry starts with "a/"; all such entries
    // sort together, right at lower_bound("a/").
    std::string prefix = std::string(path) + '/';
    auto it = LowerBound(prefix);
    if (it != records_.end() && it->path.starts_with(prefix)) {
      return EntryKind::kDirectory;
    }
    return std::nullopt;
  }

  // The error Read() gives for a path that is not an entry.
  std::string MissingError(std::string_view path) const {
    return Stat(path) ? "is a directory" : "missing";
  }

 private:
  static bool ByPath(const Record& a, const Record& b) {
    return a.path < b.path;
  }
  std::vector<Record>::const_iterator LowerBound(std::string_view path) const {
    return std::lower_bound(
        records_.begin(), records_.end(), path,
        [](const Record& r, std::string_view p) { return r.path < p; });
  }

  std::vector<Record> records_;
};

std::string SizeError(uint64_t max_bytes) {
  return "file larger than " + std::to_string(max_bytes) + " bytes";
}

// ---------------------------------------------------------------------------
// Object-database readers: commit trees and the index.

class ObjectTreeReader final : public TreeReader {
 public:
  ObjectTreeReader(std::shared_ptr<RepoState> state, OdbPtr odb,
                   std::vector<Record> records, std::string description)
      : state_(std::move(state)),
        odb_(std::move(odb)),
        snapshot_(std::move(records)),
        description_(std::move(description)) {}

  std::vector<Entry> List() const override { return snapshot_.List(); }
  std::optional<EntryKind> Stat(std::string_view path) const override {
    return snapshot_.Stat(path);
  }
  bool Read(std::string_view path, uint64_t max_bytes, std::string* out,
            std::string* error) const override;
  std::string Describe() const override { return description_; }

 private:
  std::shared_ptr<RepoState> state_;
  OdbPtr odb_;
  Snapshot snapshot_;
  std::string description_;
};

bool ObjectTreeReader::Read(std::string_view path, uint64_t max_bytes,
                            std::string* out, std::string* error) const {
  const Record* record = snapshot_.Find(path);
  if (record == nullptr) {
    *error = snapshot_.MissingError(path);
    return false;
  }
  if (record->kind == EntryKind::kSubmodule) {
    *error = "is a submodule";
    return false;
  }
  char sha[GIT_OID_HEXSZ + 1];
  git_oid_tostr(sha, sizeof(sha), &record->oid);
  // The header gives the size without inflating a possibly huge blob.
  size_t size = 0;
  git_object_t type = GIT_OBJECT_INVALID;
  if (git_odb_read_header(&size, &type, odb_.get(), &record->oid) != 0) {
    *error = std::string("cannot read blob ") + sha + ": " + GitErrorText();
    return false;
  }
  if (size > max_bytes) {
    *error = SizeError(max_bytes);
    return false;
  }
  git_blob* raw = nullptr;
  if (git_blob_lookup(&raw, state_->repo.get(), &record->oid) != 0) {
    *error = std::string("cannot read blob ") + sha + ": " + GitErrorText();
    return false;
  }
  BlobPtr blob(raw);
  const git_object_size_t blob_size = git_blob_rawsize(blob.get());
  if (blob_size > max_bytes) {
    *error = SizeError(max_bytes);
    return false;
  }
  out->assign(static_cast<const char*>(git_blob_rawcontent(blob.get())),
              static_cast<size_t>(blob_size));
  return true;
}

std::optional<EntryKind> KindOfMode(uint32_t mode) {
  switch (mode & 0170000) {
    case 0100000:
      return EntryKind::kFile;
    case 0120000:
      return EntryKind::kSymlink;
    case 0160000:
      return EntryKind::kSubmodule;
    default:
      return std::nullopt;  // trees (sparse index) and anything unknown
  }
}

int CollectTreeEntry(const char* root, const git_tree_entry* entry,
                     void* payload) {
  auto* records = static_cast<std::vector<Record>*>(payload);
  std::string path = std::string(root) + git_tree_entry_name(entry);
  const git_filemode_t mode = git_tree_entry_filemode(entry);
  if (!IsCleanPath(path)) return 1;         // skip it and anything below it
  if (mode == GIT_FILEMODE_TREE) return 0;  // walk into it
  if (std::optional<EntryKind> kind = KindOfMode(mode)) {
    records->push_back({std::move(path), *kind, *git_tree_entry_id(entry)});
  }
  return 0;  // gitlinks are not trees, so the walk never enters them
}

OdbPtr OpenOdb(git_repository* repo, std::string* error) {
  git_odb* raw = nullptr;
  if (git_repository_odb(&raw, repo) != 0) {
    *error = "cannot open object database: " + GitErrorText();
    return nullptr;
  }
  return OdbPtr(raw);
}

// ---------------------------------------------------------------------------
// Disk access for the working tree: never follows a symlink, never leaves
// the working directory.

class UniqueFd {
 public:
  explicit UniqueFd(int fd = -1) : fd_(fd) {}
  ~UniqueFd() {
    if (fd_ >= 0) close(fd_);
  }
  UniqueFd(UniqueFd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  UniqueFd& operator=(UniqueFd&& other) noexcept {
    std::swap(fd_, other.fd_);
    return *this;
  }
  int get() const { return fd_; }
  bool ok() const { return fd_ >= 0; }

 private:
  int fd_;
};

// Opens directory `dir` under `root` one component at a time with
// O_NOFOLLOW, so a symlinked parent cannot redirect the read elsewhere.
// On failure `*err` is the errno of the step that failed.
UniqueFd OpenDirBeneath(const std::string& root, std::string_view dir,
                        int* err) {
  UniqueFd fd(open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  *err = fd.ok() ? 0 : errno;
  size_t start = 0;
  while (fd.ok() && start < dir.size()) {
    size_t end = dir.find('/', start);
    if (end == std::string_view::npos) end = dir.size();
    std::string part(dir.substr(start, end - start));
    UniqueFd next(openat(fd.get(), part.c_str(),
                         O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    *err = next.ok() ? 0 : errno;
    fd = std::move(next);
    start = end + 1;
  }
  return fd;
}

std::string ErrnoText(const char* what, int err) {
  return std::string(what) + ": " + std::strerror(err);
}

std::string OpenDirError(int err) {
  if (err == ENOENT) return "missing";
  if (err == ELOOP || err == ENOTDIR) {
    return "missing (a parent directory is a symlink or not a directory)";
  }
  return ErrnoText("cannot open parent directory", err);
}

bool ReadLinkAt(int dir, const std::string& name, uint64_t max_bytes,
                std::string* out, std::string* error) {
  char buf[PATH_MAX + 1];
  ssize_t n = readlinkat(dir, name.c_str(), buf, sizeof(buf));
  if (n < 0) {
    *error = ErrnoText("cannot read symlink", errno);
    return false;
  }
  if (static_cast<size_t>(n) >= sizeof(buf) ||
      static_cast<uint64_t>(n) > max_bytes) {
    *error = SizeError(max_bytes);
    return false;
  }
  out->assign(buf, static_cast<size_t>(n));
  return true;
}

bool ReadFileAt(int dir, const std::string& name, uint64_t max_bytes,
                std::string* out, std::string* error) {
  // O_NONBLOCK: a FIFO swapped in after the lstat must not hang the linter.
  UniqueFd fd(openat(dir, name.c_str(),
                     O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
  struct stat st;
  if (!fd.ok() || fstat(fd.get(), &st) != 0) {
    *error = ErrnoText("cannot open", errno);
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    *error = "not a regular file";
    return false;
  }
  if (static_cast<uint64_t>(st.st_size) > max_bytes) {
    *error = SizeError(max_bytes);
    return false;
  }
  std::string bytes;
  bytes.reserve(static_cast<size_t>(st.st_size));
  char buf[65536];
  for (;;) {
    ssize_t n = read(fd.get(), buf, sizeof(buf));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *error = ErrnoText("cannot read", errno);
      return false;
    }
    if (n == 0) break;
    bytes.append(buf, static_cast<size_t>(n));
    if (bytes.size() > max_bytes) {  // grew while we read it
      *error = SizeError(max_bytes);
      return false;
    }
  }
  *out = std::move(bytes);
  return true;
}

// What is on disk at a path, for listing: no symlinked parents allowed.
// Directory checks are memoised, so listing costs one lstat per entry.
class DiskProbe {
 public:
  explicit DiskProbe(const std::string& root)
      : root_(open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {}

  bool ok() const { return root_.ok(); }

  // kFile, kSymlink, or nullopt (missing or something git does not track).
  std::optional<EntryKind> FileKind(const std::string& path) {
    if (!IsRealDir(std::string(DirName(path)))) return std::nullopt;
    struct stat st;
    if (fstatat(root_.get(), path.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
      return std::nullopt;
    }
    if (S_ISREG(st.st_mode)) return EntryKind::kFile;
    if (S_ISLNK(st.st_mode)) return EntryKind::kSymlink;
    return std::nullopt;
  }

  bool IsRealDir(const std::string& dir) {
    if (dir.empty()) return true;
    if (auto it = real_dirs_.find(dir); it != real_dirs_.end()) {
      return it->second;
    }
    bool real = IsRealDir(std::string(DirName(dir)));
    struct stat st;
    real = real &&
           fstatat(root_.get(), dir.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
           S_ISDIR(st.st_mode);
    real_dirs_[dir] = real;
    return real;
  }

 private:
  UniqueFd root_;
  std::map<std::string, bool> real_dirs_;
};

class WorkingTreeReader final : public TreeReader {
 public:
  WorkingTreeReader(std::shared_ptr<RepoState> state,
                    std::vector<Record> records)
      : state_(std::move(state)), snapshot_(std::move(records)) {}

  std::vector<Entry> List() const override { return snapshot_.List(); }
  std::optional<EntryKind> Stat(std::string_view path) const override {
    return snapshot_.Stat(path);
  }
  bool Read(std::string_view path, uint64_t max_bytes, std::string* out,
            std::string* error) const override;
  std::string Describe() const override { return "working tree"; }

 private:
  std::shared_ptr<RepoState> state_;
  Snapshot snapshot_;
};

bool WorkingTreeReader::Read(std::string_view path, uint64_t max_bytes,
                             std::string* out, std::string* error) const {
  const Record* record = snapshot_.Find(path);
  if (record == nullptr) {
    *error = snapshot_.MissingError(path);
    return false;
  }
  if (record->kind == EntryKind::kSubmodule) {
    *error = "is a submodule";
    return false;
  }
  // Listed paths are clean (IsCleanPath), so the walk stays beneath root.
  int err = 0;
  UniqueFd dir = OpenDirBeneath(state_->workdir_real, DirName(path), &err);
  if (!dir.ok()) {
    *error = OpenDirError(err);
    return false;
  }
  const size_t slash = path.rfind('/');
  std::string name(slash == std::string_view::npos ? path
                                                   : path.substr(slash + 1));
  struct stat st;
  if (fstatat(dir.get(), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
    *error = errno == ENOENT ? "missing" : ErrnoText("cannot stat", errno);
    return false;
  }
  if (!S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode)) {
    *error = "not a regular file or symlink";
    return false;
  }
  const EntryKind on_disk =
      S_ISLNK(st.st_mode) ? EntryKind::kSymlink : EntryKind::kFile;
  if (on_disk != record->kind) {
    *error = "changed on disk while being read";
    return false;
  }
  if (on_disk == EntryKind::kSymlink) {
    return ReadLinkAt(dir.get(), name, max_bytes, out, error);
  }
  return ReadFileAt(dir.get(), name, max_bytes, out, error);
}

// ---------------------------------------------------------------------------
// Building the entry lists

std::string ShortSha(const git_oid* oid) {
  char sha[8];
  git_oid_tostr(sha, sizeof(sha), oid);
  return sha;
}

std::string RevisionError(git_repository* repo, const std::string& rev,
                          int code) {
  if (rev == "HEAD" && git_repository_head_unborn(repo) == 1) {
    return "unknown revision 'HEAD' (no commits yet)";
  }
  if (code == GIT_ENOTFOUND || code == GIT_EINVALIDSPEC) {
    return "unknown revision '" + rev + "'";
  }
  if (code == GIT_EAMBIGUOUS) {
    return "ambiguous revision '" + rev + "': " + GitErrorText();
  }
  return "cannot resolve revision '" + rev + "': " + GitErrorText();
}

// Index entries as records. The staged view keeps stage 0 (conflicts have no
// staged content yet); the working tree only needs every tracked path.
std::vector<Record> IndexRecords(git_index* index, bool staged_only) {
  std::vector<Record> records;
  const size_t count = git_index_entrycount(index);
  records.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    const git_index_entry* entry = git_index_get_byindex(index, i);
    if (entry == nullptr || entry->path == nullptr) continue;
    if (staged_only && GIT_INDEX_ENTRY_STAGE(entry) != 0) continue;
    // `git add -N` entries are not staged content, only tracked paths.
    if (staged_only &&
        (entry->flags_extended & GIT_INDEX_ENTRY_INTENT_TO_ADD) != 0) {
      continue;
    }
    std::optional<EntryKind> kind = KindOfMode(entry->mode);
    if (!kind || !IsCleanPath(entry->path)) continue;
    records.push_back({entry->path, *kind, entry->id});
  }
  return records;
}

// Untracked, not ignored paths. A path ending in "/" is a nested repository
// that git would add as a gitlink.
bool UntrackedPaths(git_repository* repo, std::vector<std::string>* out,
                    std::string* error) {
  git_status_options opts;
  git_status_options_init(&opts, GIT_STATUS_OPTIONS_VERSION);
  opts.show = GIT_STATUS_SHOW_WORKDIR_ONLY;
  opts.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED |
               GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS |
               GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
  git_status_list* raw = nullptr;
  if (git_status_list_new(&raw, repo, &opts) != 0) {
    *error = "cannot list the working tree: " + GitErrorText();
    return false;
  }
  StatusListPtr list(raw);
  const size_t count = git_status_list_entrycount(list.get());
  for (size_t i = 0; i < count; ++i) {
    const git_status_entry* entry = git_status_byindex(list.get(), i);
    if (entry == nullptr || (entry->status & GIT_STATUS_WT_NEW) == 0) continue;
    const git_diff_delta* delta = entry->index_to_workdir;
    if (delta == nullptr || delta->new_file.path == nullptr) continue;
    out->push_back(delta->new_file.path);
  }
  return true;
}

// Tracked paths from the index, untracked ones from status, then what is
// actually on disk decides (deleted files drop out, symlinks stay links).
std::vector<Record> WorkingTreeRecords(
    git_index* index, const std::vector<std::string>& untracked,
    DiskProbe* disk) {
  std::vector<Record> records;
  for (Record& r : IndexRecords(index, /*staged_only=*/false)) {
    if (r.kind != EntryKind::kSubmodule) {
      std::optional<EntryKind> kind = disk->FileKind(r.path);
      if (!kind) continue;  // deleted, or replaced by a directory
      r.kind = *kind;
    }
    records.push_back(std::move(r));
  }
  for (const std::string& raw : untracked) {
    const bool nested_repo = raw.ends_with('/');
    std::string path = StripTrailingSlashes(raw);
    if (!IsCleanPath(path)) continue;
    if (nested_repo) {
      if (disk->IsRealDir(path)) {
        records.push_back({path, EntryKind::kSubmodule, {}});
      }
    } else if (std::optional<EntryKind> kind = disk->FileKind(path)) {
      records.push_back({path, *kind, {}});
    }
  }
  return records;
}

}  // namespace

// ---------------------------------------------------------------------------
// Repository

struct Repository::Impl {
  std::shared_ptr<RepoState> state;
};

Repository::Repository(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Repository::~Repository() = default;

std::unique_ptr<Repository> Repository::Discover(const std::string& start_dir,
                                                 std::string* error) {
  const std::string dir = start_dir.empty() ? "." : start_dir;
  struct stat st;
  if (stat(dir.c_str(), &st) != 0) {
    const int err = errno;
    *error = err == ENOENT ? "no such directory: " + dir
                           : ErrnoText(("cannot open " + dir).c_str(), err);
    return nullptr;
  }
  if (!S_ISDIR(st.st_mode)) {
    *error = "not a directory: " + dir;
    return nullptr;
  }
  auto state = std::make_shared<RepoState>();
  git_repository* raw = nullptr;
  // Like git, stop the upward search at GIT_CEILING_DIRECTORIES.
  const int rc = git_repository_open_ext(&raw, dir.c_str(), 0,
                                         getenv("GIT_CEILING_DIRECTORIES"));
  if (rc == GIT_ENOTFOUND) {
    *error = "not a git repository: " + dir;
    return nullptr;
  }
  if (rc != 0) {
    *error = "cannot open repository at " + dir + ": " + GitErrorText();
    return nullptr;
  }
  state->repo.reset(raw);
  if (const char* workdir = git_repository_workdir(raw)) {
    state->workdir = StripTrailingSlashes(workdir);
    state->workdir_real = RealPath(state->workdir).value_or(state->workdir);
  }
  auto impl = std::make_unique<Impl>();
  impl->state = std::move(state);
  return std::unique_ptr<Repository>(new Repository(std::move(impl)));
}

std::unique_ptr<TreeReader> Repository::OpenRevision(const std::string& rev,
                                                     std::string* error) const {
  git_repository* repo = impl_->state->repo.get();
  git_object* raw = nullptr;
  if (int rc = git_revparse_single(&raw, repo, rev.c_str()); rc != 0) {
    *error = RevisionError(repo, rev, rc);
    return nullptr;
  }
  ObjectPtr object(raw);
  git_object* peeled = nullptr;
  if (git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT) != 0) {
    *error = "revision '" + rev + "' is not a commit";
    return nullptr;
  }
  CommitPtr commit(reinterpret_cast<git_commit*>(peeled));
  git_tree* raw_tree = nullptr;
  if (git_commit_tree(&raw_tree, commit.get()) != 0) {
    *error = "cannot read the tree of '" + rev + "': " + GitErrorText();
    return nullptr;
  }
  TreePtr tree(raw_tree);
  std::vector<Record> records;
  if (git_tree_walk(tree.get(), GIT_TREEWALK_PRE, CollectTreeEntry, &records) !=
      0) {
    *error = "cannot walk the tree of '" + rev + "': " + GitErrorText();
    return nullptr;
  }
  OdbPtr odb = OpenOdb(repo, error);
  if (!odb) return nullptr;
  return std::make_unique<ObjectTreeReader>(
      impl_->state, std::move(odb), std::move(records),
      rev + " (" + ShortSha(git_commit_id(commit.get())) + ")");
}

std::unique_ptr<TreeReader> Repository::OpenIndex(std::string* error) const {
  git_repository* repo = impl_->state->repo.get();
  git_index* raw = nullptr;
  std::string description = "index";
  // pre-commit (and `git commit -a`) point hooks at a temporary index this way.
  const char* env = getenv("GIT_INDEX_FILE");
  if (env != nullptr && *env != '\0') {
    description += std::string(" (GIT_INDEX_FILE=") + env + ")";
    const std::string path = MakeAbsolute(env);
    if (git_index_open(&raw, path.c_str()) != 0) {
      *error = "cannot read index " + path + ": " + GitErrorText();
      return nullptr;
    }
  } else if (git_repository_index(&raw, repo) != 0) {
    *error = "cannot read the index: " + GitErrorText();
    return nullptr;
  }
  IndexPtr index(raw);
  OdbPtr odb = OpenOdb(repo, error);
  if (!odb) return nullptr;
  return std::make_unique<ObjectTreeReader>(
      impl_->state, std::move(odb),
      IndexRecords(index.get(), /*staged_only=*/true), std::move(description));
}

std::unique_ptr<TreeReader> Repository::OpenWorkingTree(
    std::string* error) const {
  const std::shared_ptr<RepoState>& state = impl_->state;
  git_repository* repo = state->repo.get();
  if (git_repository_is_bare(repo) || state->workdir.empty()) {
    *error = "bare repository has no working tree";
    return nullptr;
  }
  git_index* raw = nullptr;
  if (git_repository_index(&raw, repo) != 0) {
    *error = "cannot read the index: " + GitErrorText();
    return nullptr;
  }
  IndexPtr index(raw);
  std::vector<std::string> untracked;
  if (!UntrackedPaths(repo, &untracked, error)) return nullptr;
  DiskProbe disk(state->workdir_real);
  if (!disk.ok()) {
    const int err = errno;
    *error = ErrnoText(("cannot open " + state->workdir_real).c_str(), err);
    return nullptr;
  }
  return std::make_unique<WorkingTreeReader>(
      state, WorkingTreeRecords(index.get(), untracked, &disk));
}

std::string Repository::workdir() const { return impl_->state->workdir; }

std::optional<std::string> Repository::RelativePath(
    const std::string& path) const {
  const std::string& root = impl_->state->workdir_real;
  if (root.empty()) return std::nullopt;
  const std::string abs = MakeAbsolute(path);
  // The last prefix that is the workdir itself wins, so symlinks inside the
  // repository stay in the result for ResolveSymlinks to judge.
  std::optional<std::string> rest;
  for (size_t pos = 0; pos != std::string::npos; pos = abs.find('/', pos + 1)) {
    if (RealPath(pos == 0 ? "/" : abs.substr(0, pos)) == root) {
      rest = abs.substr(pos + 1);
    }
  }
  if (RealPath(abs) == root) rest = "";
  if (rest) return NormalizePath(*rest);
  // Entered through a link to a subdirectory, or not inside at all.
  const std::string real = RealPathOfPrefix(abs);
  const std::string prefix = root == "/" ? root : root + "/";
  if (!real.starts_with(prefix)) return std::nullopt;
  return real.substr(prefix.size());
}

}  // namespace clawlint::tree
