#include "install_hook.h"

#include <git2.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>

#include "pre_commit_hook.h"

namespace clawlint {
namespace {

namespace fs = std::filesystem;

// Every hook this command writes carries this line; a hook without it is
// someone else's and is not replaced silently.
constexpr const char kMarker[] = "clawlint-hook-version:";

std::string GitError() {
  const git_error* e = git_error_last();
  return e && e->message ? e->message : "unknown libgit2 error";
}

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

// The hooks directory git itself would run: core.hooksPath (relative paths
// are relative to the top of the working tree, as git runs hooks there),
// else <common git dir>/hooks.
bool HooksDir(const std::string& start_dir, fs::path* dir, std::string* error) {
  git_repository* repo = nullptr;
  if (git_repository_open_ext(&repo, start_dir.c_str(), 0, nullptr) != 0) {
    *error = "not in a git repository (" + GitError() + ")";
    return false;
  }
  bool ok = false;
  git_config* config = nullptr;
  git_buf buf = GIT_BUF_INIT;
  if (git_repository_config_snapshot(&config, repo) == 0 &&
      git_config_get_path(&buf, config, "core.hooksPath") == 0) {
    fs::path p(buf.ptr);
    if (p.is_relative()) {
      const char* wd = git_repository_workdir(repo);
      p = fs::path(wd ? wd : git_repository_path(repo)) / p;
    }
    *dir = p.lexically_normal();
    ok = true;
  } else {
    git_buf_dispose(&buf);
    if (git_repository_item_path(&buf, repo, GIT_REPOSITORY_ITEM_HOOKS) == 0) {
      *dir = fs::path(buf.ptr).lexically_normal();
      ok = true;
    } else {
      *error = "cannot locate the hooks directory (" + GitError() + ")";
    }
  }
  git_buf_dispose(&buf);
  git_config_free(config);
  git_repository_free(repo);
  return ok;
}

bool ReadFile(const fs::path& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *text = s.str();
  return static_cast<bool>(in) || in.eof();
}

}  // namespace

const std::string* HookScript(const std::string& hook) {
  static const std::string pre_commit = generated::kPreCommitHook;
  static const std::string pre_push = generated::kPrePushHook;
  if (hook == "pre-commit") return &pre_commit;
  if (hook == "pre-push") return &pre_push;
  return nullptr;
}

std::string RenderHook(const std::string& hook,
                       const std::string& installed_by) {
  const std::string* source = HookScript(hook);
  if (!source) return "";
  std::string script = *source;
  const std::string placeholder = "\ninstalled_by=''\n";
  const size_t at = script.find(placeholder);
  if (at != std::string::npos && !installed_by.empty()) {
    script.replace(at, placeholder.size(),
                   "\ninstalled_by=" + ShellQuote(installed_by) + "\n");
  }
  return script;
}

int InstallHook(const InstallHookOptions& options, std::ostream& out,
                std::ostream& err) {
  if (!HookScript(options.hook)) {
    err << "clawlint: error: unknown hook '" << options.hook
        << "' (pre-commit or pre-push)\n";
    return 2;
  }
  git_libgit2_init();
  fs::path dir;
  std::string error;
  const bool found = HooksDir(options.start_dir, &dir, &error);
  git_libgit2_shutdown();
  if (!found) {
    err << "clawlint: error: " << error << '\n';
    return 2;
  }
  const fs::path hook = dir / options.hook;
  const std::string script = RenderHook(options.hook, options.installed_by);
  std::error_code ec;
  std::string action = "installed";
  if (fs::exists(fs::symlink_status(hook, ec))) {
    std::string existing;
    const bool readable = ReadFile(hook, &existing);
    if (readable && existing == script) {
      out << "clawlint: " << hook.string() << " is already up to date\n";
      return 0;
    }
    const bool ours = readable && existing.find(kMarker) != std::string::npos;
    if (!ours && !options.force) {
      err << "clawlint: error: " << hook.string()
          << " exists and was not written by clawlint; not replacing it "
             "(use --force to replace it, keeping a backup)\n";
      return 2;
    }
    if (!ours) {
      // Never overwrite an earlier backup.
      fs::path backup = hook;
      backup += ".clawlint-backup";
      for (int n = 1; fs::exists(fs::symlink_status(backup, ec)); ++n) {
        backup = hook;
        backup += ".clawlint-backup." + std::to_string(n);
      }
      fs::rename(hook, backup, ec);
      if (ec) {
        err << "clawlint: error: cannot back up " << hook.string() << ": "
            << ec.message() << '\n';
        return 2;
      }
      out << "clawlint: moved the existing hook to " << backup.string() << '\n';
    } else {
      action = "updated";
    }
  }
  fs::create_directories(dir, ec);
  if (ec) {
    err << "clawlint: error: cannot create " << dir.string() << ": "
        << ec.message() << '\n';
    return 2;
  }
  fs::path temp = hook;
  temp += ".clawlint-tmp";
  {
    std::ofstream file(temp, std::ios::binary | std::ios::trunc);
    file << script;
    file.flush();
    if (!file) {
      err << "clawlint: error: cannot write " << temp.string() << '\n';
      fs::remove(temp, ec);
      return 2;
    }
  }
  fs::permissions(temp,
                  fs::perms::owner_all | fs::perms::group_read |
                      fs::perms::group_exec | fs::perms::others_read |
                      fs::perms::others_exec,
                  ec);
  if (!ec) fs::rename(temp, hook, ec);
  if (ec) {
    err << "clawlint: error: cannot install " << hook.string() << ": "
        << ec.message() << '\n';
    fs::remove(temp, ec);
    return 2;
  }
  out << "clawlint: " << action << ' ' << options.hook << " hook "
      << hook.string();
  if (!options.installed_by.empty()) {
    out << " (runs clawlint from PATH, else " << options.installed_by << ")";
  }
  out << '\n';
  return 0;
}

}  // namespace clawlint
