// A throwaway git repository in a fresh temp directory, and running the built
// `clawlint` binary in it (CLAWLINT_BINARY), for end-to-end tests.
#pragma once

#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace clawlint::testing {

struct RunResult {
  int exit_code = -1;  // 124 when the hang guard fired
  bool signaled = false;
  std::string out;
  std::string err;
};

inline std::string SlurpFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class TempRepo {
 public:
  TempRepo() {
    char tmpl[] = "/tmp/clawlint-test-XXXXXX";
    dir_ = mkdtemp(tmpl);
    Git("init -q -b main");
  }
  ~TempRepo() { std::filesystem::remove_all(dir_); }
  TempRepo(const TempRepo&) = delete;
  TempRepo& operator=(const TempRepo&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  void Write(const std::string& rel, const std::string& body) const {
    std::filesystem::create_directories((dir_ / rel).parent_path());
    std::ofstream(dir_ / rel, std::ios::binary) << body;
  }
  void Symlink(const std::string& rel, const std::string& target) const {
    std::filesystem::create_directories((dir_ / rel).parent_path());
    std::filesystem::create_symlink(target, dir_ / rel);
  }
  void Git(const std::string& args) const {
    std::string cmd = "git -C '" + dir_.string() +
                      "' -c user.name=t -c user.email=t@t "
                      "-c protocol.file.allow=always " +
                      args + " >/dev/null 2>&1";
    REQUIRE(std::system(cmd.c_str()) == 0);
  }
  void CommitAll() const {
    Git("add -A");
    Git("commit -qm commit");
  }
  // Runs clawlint in the repository with `args` (and `env`, NAME=VALUE
  // assignments put before the command), under a generous hang guard
  // (`timeout`, exit 124), never a timing assertion.
  RunResult Run(const std::string& args, const std::string& env = "",
                int timeout_seconds = 120) const {
    const std::filesystem::path out = dir_ / ".git/run.out",
                                err = dir_ / ".git/run.err";
    std::string cmd = "cd '" + dir_.string() + "' && " + env + " timeout " +
                      std::to_string(timeout_seconds) + " '" + CLAWLINT_BINARY +
                      "' " + args + " >'" + out.string() + "' 2>'" +
                      err.string() + "'";
    const int status = std::system(cmd.c_str());
    RunResult r;
    r.signaled = WIFSIGNALED(status);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = SlurpFile(out);
    r.err = SlurpFile(err);
    return r;
  }

 private:
  std::filesystem::path dir_;
};

}  // namespace clawlint::testing
