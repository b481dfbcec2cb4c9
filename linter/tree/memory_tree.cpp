#include "tree/memory_tree.h"

namespace clawlint::tree {
namespace {

// Tests hand in clean paths; normalising keeps "./a" and "a" the same entry.
std::string Clean(std::string path) {
  std::optional<std::string> normal = NormalizePath(path);
  return normal ? *std::move(normal) : std::move(path);
}

}  // namespace

MemoryTree& MemoryTree::AddFile(std::string path, std::string bytes) {
  entries_[Clean(std::move(path))] = {EntryKind::kFile, std::move(bytes)};
  return *this;
}

MemoryTree& MemoryTree::AddSymlink(std::string path, std::string target) {
  entries_[Clean(std::move(path))] = {EntryKind::kSymlink, std::move(target)};
  return *this;
}

MemoryTree& MemoryTree::AddSubmodule(std::string path) {
  entries_[Clean(std::move(path))] = {EntryKind::kSubmodule, ""};
  return *this;
}

std::vector<Entry> MemoryTree::List() const {
  std::vector<Entry> out;
  out.reserve(entries_.size());
  for (const auto& [path, blob] : entries_) out.push_back({path, blob.kind});
  return out;
}

std::optional<EntryKind> MemoryTree::Stat(std::string_view path) const {
  if (path.empty()) return EntryKind::kDirectory;
  if (auto it = entries_.find(path); it != entries_.end()) {
    return it->second.kind;
  }
  // A directory exists when some entry sorts right after "path/".
  std::string prefix = std::string(path) + '/';
  auto it = entries_.lower_bound(prefix);
  if (it != entries_.end() && it->first.starts_with(prefix)) {
    return EntryKind::kDirectory;
  }
  return std::nullopt;
}

bool MemoryTree::Read(std::string_view path, uint64_t max_bytes,
                      std::string* out, std::string* error) const {
  auto it = entries_.find(path);
  if (it == entries_.end()) {
    *error = Stat(path) ? "is a directory" : "missing";
    return false;
  }
  const Blob& blob = it->second;
  if (blob.kind == EntryKind::kSubmodule) {
    *error = "is a submodule";
    return false;
  }
  if (blob.bytes.size() > max_bytes) {
    *error = "file larger than " + std::to_string(max_bytes) + " bytes";
    return false;
  }
  *out = blob.bytes;
  return true;
}

}  // namespace clawlint::tree
