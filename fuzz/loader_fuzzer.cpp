// libFuzzer target: the config loader ($include, symlinks, ${VAR}, the 4.29
// migrations) over a small in-memory tree made from the input (see
// fuzz_tree.h). Checks that every value and error points inside a file that
// was read, and that include chains are well formed.
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "config/loader.h"
#include "fuzz_tree.h"

namespace {

using namespace clawlint;

void Require(bool ok) {
  if (!ok) std::abort();
}

void CheckSpan(const SourceSet& sources, const Span& span) {
  if (!span.valid()) return;
  Require(span.file < sources.size());
  Require(span.begin <= span.end);
  Require(span.end <= sources.Get(span.file).bytes.size());
}

// Iterative: merged trees can be deeper than one file's nesting limit.
void CheckValues(const SourceSet& sources, const config::LoadedConfig& c) {
  std::vector<const config::Value*> stack{c.root.get()};
  size_t visited = 0;
  while (!stack.empty() && ++visited < 2000000) {
    const config::Value* v = stack.back();
    stack.pop_back();
    Require(v != nullptr);
    CheckSpan(sources, v->origin.span);
    Require(v->origin.load < c.loads.size());
    for (const auto& item : v->items) stack.push_back(item.get());
    for (const auto& m : v->members) {
      CheckSpan(sources, m.key_span);
      stack.push_back(m.value.get());
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::FuzzTree input = fuzz::MakeTree(data, size);
  unsigned sum = 0;
  for (size_t i = 0; i < size; ++i) sum += data[i];
  config::LoadOptions options;
  options.profile =
      sum & 1 ? config::Profile::k2026_9_6 : config::Profile::k2026_4_29;
  options.workdir = "/work/repo";
  options.env = {{"OPENCLAW_GATEWAY_TOKEN", "fuzz-token-0123456789abcdef"},
                 {"HOME", "/home/fuzz"}};

  SourceSet sources;
  config::LoadedConfig loaded =
      config::Load(input.tree, sources, "openclaw.json", options);
  Require(!loaded.loads.empty());
  for (size_t i = 0; i < loaded.loads.size(); ++i) {
    const config::IncludeLoad& load = loaded.loads[i];
    Require(load.file < sources.size());
    Require(load.parent < static_cast<int32_t>(i));
    CheckSpan(sources, load.site);
    Require(config::IncludeChain(loaded, static_cast<uint32_t>(i)).size() <=
            loaded.loads.size());
  }
  if (loaded.error) {
    Require(loaded.root == nullptr);
    Require(loaded.error->load < loaded.loads.size());
    Require(!loaded.error->message.empty());
    CheckSpan(sources, loaded.error->span);
  } else {
    Require(loaded.root != nullptr);
    CheckValues(sources, loaded);
  }
  for (const config::EnvWarning& w : loaded.env_warnings) {
    CheckSpan(sources, w.origin.span);
  }
  return 0;
}
