// Throughput of the whole data path (parse -> $include -> ${VAR} -> checks)
// on synthetic configs held in memory, so disk and git do not blur it.
//
//   cmake --build build --target clawlint_bench && build/bench/clawlint_bench
//
// Prints one line per case: input size, best-of-N time, MB/s. Goals live in
// bench/RESULTS.md, never in unit tests.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

#include "driver.h"
#include "tree/memory_tree.h"

namespace {

using namespace clawlint;

// A pretty-printed config with `n` agents and a webhook mapping each, the
// shape real large configs have: many small objects and strings.
std::string WideConfig(int n) {
  std::string s = "{\n  // synthetic\n  gateway: { bind: 'lan', auth: { token: '${TOK}' } },\n  agents: { list: [\n";
  for (int i = 0; i < n; ++i) {
    s += "    { id: 'agent-" + std::to_string(i) +
         "', name: \"Agent number " + std::to_string(i) +
         "\", tools: { allow: ['read', 'write', 'exec'] }, sandbox: { mode: 'all' } },\n";
  }
  s += "  ] },\n  hooks: { enabled: true, token: '${HOOK_TOKEN}', mappings: [\n";
  for (int i = 0; i < n; ++i) {
    s += "    { match: { path: '/h/" + std::to_string(i) +
         "' }, action: 'agent', sessionKey: 'hook:" + std::to_string(i) + "' },\n";
  }
  s += "  ] },\n}\n";
  return s;
}

// The same content split over `files` included files.
tree::MemoryTree SplitConfig(int files, int per_file) {
  tree::MemoryTree t;
  std::string root = "{ \"$include\": [";
  for (int f = 0; f < files; ++f) {
    std::string name = "part" + std::to_string(f) + ".json5";
    root += (f ? ", \"./" : "\"./") + name + "\"";
    t.AddFile(name, WideConfig(per_file));
  }
  t.AddFile("openclaw.json", root + "] }");
  return t;
}

void Measure(const char* name, const tree::MemoryTree& t, size_t bytes) {
  double best = 1e9;
  size_t findings = 0;
  for (int run = 0; run < 5; ++run) {
    auto start = std::chrono::steady_clock::now();
    Report report;
    Lint(t, {"openclaw.json"}, {}, &report);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                             start)
                   .count();
    best = std::min(best, s);
    findings = report.findings.size();
  }
  std::printf("%-28s %8.2f MB  %8.1f ms  %7.1f MB/s  (%zu findings)\n", name,
              bytes / 1e6, best * 1e3, bytes / 1e6 / best, findings);
}

}  // namespace

int main() {
  for (int n : {1000, 10000, 50000}) {
    tree::MemoryTree t;
    std::string config = WideConfig(n);
    t.AddFile("openclaw.json", config);
    std::string name = "single file, " + std::to_string(n) + " agents";
    Measure(name.c_str(), t, config.size());
  }
  tree::MemoryTree split = SplitConfig(10, 5000);
  Measure("10 includes x 5000 agents", split, 10 * WideConfig(5000).size());
  return 0;
}
