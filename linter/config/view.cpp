#include "config/view.h"

namespace clawlint::config {

namespace {

// Calls `step` for each dot-separated segment; stops when it returns false.
template <typename Step>
void ForEachSegment(std::string_view path, Step step) {
  while (!path.empty()) {
    size_t dot = path.find('.');
    if (!step(path.substr(0, dot))) return;
    if (dot == std::string_view::npos) return;
    path.remove_prefix(dot + 1);
  }
}

}  // namespace

const Value* ConfigView::Find(std::string_view path) const {
  if (reads_) reads_->emplace_back(path);
  const Value* at = loaded_.root.get();
  ForEachSegment(path, [&](std::string_view key) {
    at = at ? at->Get(key) : nullptr;
    return at != nullptr;
  });
  return at;
}

const Value& ConfigView::Nearest(std::string_view path) const {
  if (reads_) reads_->emplace_back(path);
  const Value* at = loaded_.root.get();
  ForEachSegment(path, [&](std::string_view key) {
    const Value* next = at->Get(key);
    if (next) at = next;
    return next != nullptr;
  });
  return *at;
}

std::string_view ConfigView::EnvValue(std::string_view name) const {
  auto it = loaded_.env.find(name);
  return it == loaded_.env.end() ? std::string_view{} : it->second;
}

}  // namespace clawlint::config
