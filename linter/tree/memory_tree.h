// An in-memory TreeReader for unit tests.
#pragma once

#include <map>
#include <string>

#include "tree/tree_reader.h"

namespace clawlint::tree {

class MemoryTree final : public TreeReader {
 public:
  MemoryTree& AddFile(std::string path, std::string bytes);
  MemoryTree& AddSymlink(std::string path, std::string target);
  MemoryTree& AddSubmodule(std::string path);

  std::vector<Entry> List() const override;
  std::optional<EntryKind> Stat(std::string_view path) const override;
  bool Read(std::string_view path, uint64_t max_bytes, std::string* out,
            std::string* error) const override;
  std::string Describe() const override { return "memory"; }

 private:
  struct Blob {
    EntryKind kind;
    std::string bytes;
  };
  std::map<std::string, Blob, std::less<>> entries_;
};

}  // namespace clawlint::tree
