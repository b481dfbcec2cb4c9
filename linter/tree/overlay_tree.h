// A TreeReader that shows other bytes for some files of another reader: how
// fixes are re-linted without writing anything.
#pragma once

#include <map>
#include <string>

#include "tree/tree_reader.h"

namespace clawlint::tree {

class OverlayTree final : public TreeReader {
 public:
  /// `base` must outlive the overlay. Only existing files are replaced.
  explicit OverlayTree(const TreeReader& base) : base_(base) {}

  void Replace(const std::string& path, std::string bytes) {
    files_[path] = std::move(bytes);
  }

  std::vector<Entry> List() const override { return base_.List(); }
  std::optional<EntryKind> Stat(std::string_view path) const override {
    return base_.Stat(path);
  }
  bool Read(std::string_view path, uint64_t max_bytes, std::string* out,
            std::string* error) const override;
  std::string Describe() const override { return base_.Describe(); }

 private:
  const TreeReader& base_;
  std::map<std::string, std::string, std::less<>> files_;
};

}  // namespace clawlint::tree
