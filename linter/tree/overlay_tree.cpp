#include "tree/overlay_tree.h"

namespace clawlint::tree {

bool OverlayTree::Read(std::string_view path, uint64_t max_bytes,
                       std::string* out, std::string* error) const {
  auto it = files_.find(path);
  if (it == files_.end()) return base_.Read(path, max_bytes, out, error);
  if (it->second.size() > max_bytes) {
    *error = "file larger than " + std::to_string(max_bytes) + " bytes";
    return false;
  }
  *out = it->second;
  return true;
}

}  // namespace clawlint::tree
