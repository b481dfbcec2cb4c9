#!/bin/sh
# Tests hooks/pre-commit, `clawlint install-hook` and .pre-commit-hooks.yaml
# with the real git and pre-commit on throw-away repositories (no network:
# the pre-commit config uses `repo: local` pointing at the built binary).
# Usage: pre_commit_test.sh CLAWLINT_BINARY SOURCE_DIR
# Exit 77 (ctest SKIP_RETURN_CODE) when pre-commit is not installed.
set -u
CLAWLINT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
SRC=$(cd "$2" && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# Isolate from the user's git and pre-commit configuration.
export HOME="$TMP/home" XDG_CACHE_HOME="$TMP/cache" PRE_COMMIT_HOME="$TMP/pre-commit-home"
export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com \
  GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
unset GIT_DIR GIT_INDEX_FILE GIT_WORK_TREE CLAWLINT_ARGS CLAWLINT_SKIP
mkdir -p "$HOME"
git config --global init.defaultBranch main
git config --global commit.gpgsign false

BAD='{
  gateway: {
    bind: "lan",
  },
}
'
# Clean at the default --fail-on warn (only the info attack-surface summary).
GOOD='{
  gateway: {
    bind: "loopback",
    auth: { mode: "token", token: "${OPENCLAW_GATEWAY_TOKEN}" },
    trustedProxies: ["127.0.0.1"],
  },
}
'

new_repo() {  # new_repo DIR: a repository with a clean config committed
  rm -rf "$1"; mkdir -p "$1"; git -C "$1" init -q
  printf '%s' "$GOOD" > "$1/openclaw.json"
  git -C "$1" add openclaw.json
  git -C "$1" commit -q --no-verify -m init
}

# commit_ok DIR ARGS...: the commit must succeed.
commit_ok() {
  dir=$1; shift
  if git -C "$dir" commit -q -m change "$@" > "$TMP/out" 2>&1; then
    return 0
  fi
  cat "$TMP/out" >&2; return 1
}
# commit_refused DIR ARGS...: the commit must fail and show file:line:col.
commit_refused() {
  dir=$1; shift
  before=$(git -C "$dir" rev-parse HEAD)
  if git -C "$dir" commit -q -m change "$@" > "$TMP/out" 2>&1; then
    cat "$TMP/out" >&2; return 1
  fi
  [ "$(git -C "$dir" rev-parse HEAD)" = "$before" ] || return 1
  grep -q 'openclaw.json:3:[0-9]*' "$TMP/out" || { cat "$TMP/out" >&2; return 1; }
  grep -q 'gateway.bind_no_auth' "$TMP/out" || { cat "$TMP/out" >&2; return 1; }
}

# The scenarios every hook flavour must get right. $1 = repository.
scenarios() {
  r=$1; label=$2
  # 1. A bad config staged with git add: refused, with file:line:col.
  printf '%s' "$BAD" > "$r/openclaw.json"; git -C "$r" add openclaw.json
  commit_refused "$r" && pass "$label: bad staged config refused" || fail "$label: bad staged config not refused"
  # 2. Partial staging: bad content staged, working tree fixed -> refused
  #    (the commit would contain the bad blob).
  printf '%s' "$GOOD" > "$r/openclaw.json"
  git -C "$r" diff --cached --quiet && fail "$label: setup: nothing staged"
  commit_refused "$r" && pass "$label: staged bad, working tree good -> refused" \
    || fail "$label: staged bad / working tree good was not refused"
  grep -q '"loopback"' "$r/openclaw.json" || fail "$label: working tree file was modified by the hook"
  # 3. The reverse: good content staged (differing from HEAD), bad left in
  #    the working tree -> allowed.
  printf '%s' "$GOOD" | sed 's/"127.0.0.1"/"127.0.0.1", "::1"/' > "$r/openclaw.json"
  git -C "$r" add openclaw.json
  printf '%s' "$BAD" > "$r/openclaw.json"
  commit_ok "$r" && pass "$label: staged good, working tree bad -> committed" \
    || fail "$label: staged good / working tree bad was refused"
  grep -q '"lan"' "$r/openclaw.json" || fail "$label: unstaged change lost"
  # 4. git commit -a takes the bad working tree file: refused.
  commit_refused "$r" -a && pass "$label: git commit -a with bad file refused" \
    || fail "$label: git commit -a with a bad file was not refused"
  # 5. git commit PATH (GIT_INDEX_FILE = a temporary index): refused too.
  commit_refused "$r" openclaw.json && pass "$label: git commit PATH refused" \
    || fail "$label: git commit openclaw.json with a bad file was not refused"
  # 6. An include changed alone: the root that includes it is re-linted.
  printf '{\n  gateway: { $include: "./gw.json5" },\n}\n' > "$r/openclaw.json"
  printf '{\n  bind: "loopback",\n  auth: { mode: "token", token: "${OPENCLAW_GATEWAY_TOKEN}" },\n  trustedProxies: ["127.0.0.1"],\n}\n' > "$r/gw.json5"
  git -C "$r" add openclaw.json gw.json5
  commit_ok "$r" && pass "$label: config with include committed" || fail "$label: good include refused"
  printf '{\n  bind: "lan",\n}\n' > "$r/gw.json5"; git -C "$r" add gw.json5
  before=$(git -C "$r" rev-parse HEAD)
  if git -C "$r" commit -q -m inc > "$TMP/out" 2>&1; then
    fail "$label: bad include not refused"
  elif grep -q 'gw.json5:2:[0-9]*' "$TMP/out"; then
    pass "$label: bad include refused at gw.json5:2"
  else
    cat "$TMP/out" >&2; fail "$label: bad include refused without gw.json5:2:col"
  fi
  git -C "$r" checkout -q -- . 2>/dev/null; git -C "$r" reset -q --hard
}

# --- clawlint install-hook ------------------------------------------------
R="$TMP/plain"; new_repo "$R"
"$CLAWLINT" install-hook -C "$R" > "$TMP/install.out" 2>&1 || fail "install-hook failed: $(cat "$TMP/install.out")"
grep -q 'installed pre-commit hook' "$TMP/install.out" || fail "install-hook did not say what it did"
[ -x "$R/.git/hooks/pre-commit" ] && pass "install-hook wrote .git/hooks/pre-commit" || fail "no executable .git/hooks/pre-commit"
"$CLAWLINT" install-hook -C "$R" > "$TMP/install.out" 2>&1 && grep -q 'already up to date' "$TMP/install.out" \
  && pass "install-hook is idempotent" || fail "second install-hook: $(cat "$TMP/install.out")"
# Without clawlint on PATH the hook falls back to the binary that installed it.
PATH_SAVE=$PATH
PATH=$(dirname "$(command -v git)"):/usr/bin:/bin
command -v clawlint >/dev/null 2>&1 && PATH=$PATH_SAVE
scenarios "$R" "git hook"
PATH=$PATH_SAVE
# Staged and working tree compare exactly as the hook should see them:
# the hook script itself matches the shipped hooks/pre-commit except the path.
"$CLAWLINT" install-hook --print | sed "s|^installed_by=.*|installed_by=''|" | cmp -s - "$SRC/hooks/pre-commit" \
  && pass "embedded hook == hooks/pre-commit" || fail "embedded hook differs from hooks/pre-commit"

# Foreign hooks are not replaced without --force; core.hooksPath is respected.
R="$TMP/foreign"; new_repo "$R"
printf '#!/bin/sh\necho mine\n' > "$R/.git/hooks/pre-commit"; chmod +x "$R/.git/hooks/pre-commit"
if "$CLAWLINT" install-hook -C "$R" > "$TMP/install.out" 2>&1; then
  fail "install-hook replaced a foreign hook"
else
  grep -q 'not written by clawlint' "$TMP/install.out" && grep -q 'echo mine' "$R/.git/hooks/pre-commit" \
    && pass "foreign hook kept" || fail "foreign hook: $(cat "$TMP/install.out")"
fi
"$CLAWLINT" install-hook -C "$R" --force > "$TMP/install.out" 2>&1 \
  && grep -q 'echo mine' "$R/.git/hooks/pre-commit.clawlint-backup" \
  && grep -q 'clawlint-hook-version' "$R/.git/hooks/pre-commit" \
  && pass "--force replaces and keeps a backup" || fail "--force: $(cat "$TMP/install.out")"
printf '#!/bin/sh\necho second\n' > "$R/.git/hooks/pre-commit"
"$CLAWLINT" install-hook -C "$R" --force > "$TMP/install.out" 2>&1 \
  && grep -q 'echo mine' "$R/.git/hooks/pre-commit.clawlint-backup" \
  && grep -q 'echo second' "$R/.git/hooks/pre-commit.clawlint-backup.1" \
  && pass "--force keeps earlier backups" || fail "second --force: $(cat "$TMP/install.out")"
R="$TMP/hookspath"; new_repo "$R"
git -C "$R" config core.hooksPath .githooks
mkdir -p "$R/sub"
"$CLAWLINT" install-hook -C "$R/sub" > "$TMP/install.out" 2>&1 \
  && [ -x "$R/.githooks/pre-commit" ] && [ ! -e "$R/.git/hooks/pre-commit" ] \
  && pass "core.hooksPath respected" || fail "core.hooksPath: $(cat "$TMP/install.out")"
NOTREPO="$TMP/notrepo"; mkdir -p "$NOTREPO"
"$CLAWLINT" install-hook -C "$NOTREPO" > "$TMP/install.out" 2>&1
[ $? -eq 2 ] && pass "install-hook outside a repository exits 2" || fail "install-hook outside a repository"

# --- pre-push ---------------------------------------------------------------
"$CLAWLINT" install-hook --hook pre-push --print | sed "s|^installed_by=.*|installed_by=''|" | cmp -s - "$SRC/hooks/pre-push" \
  && pass "embedded pre-push == hooks/pre-push" || fail "embedded pre-push differs from hooks/pre-push"
REMOTE="$TMP/remote.git"; git init -q --bare "$REMOTE"
R="$TMP/push"; new_repo "$R"
git -C "$R" remote add origin "$REMOTE"
"$CLAWLINT" install-hook --hook pre-push -C "$R" > "$TMP/install.out" 2>&1 && [ -x "$R/.git/hooks/pre-push" ] \
  && grep -q 'installed pre-push hook' "$TMP/install.out" && pass "install-hook --hook pre-push" || fail "pre-push install: $(cat "$TMP/install.out")"
git -C "$R" push -q origin main > "$TMP/out" 2>&1 && pass "pre-push: clean branch pushed" || { cat "$TMP/out" >&2; fail "pre-push: clean push refused"; }
# A bad intermediate commit, fixed by the next one: still refused (it is pushed too).
printf '%s' "$BAD" > "$R/openclaw.json"; git -C "$R" commit -q --no-verify -am bad
printf '%s' "$GOOD" | sed 's/"127.0.0.1"/"127.0.0.1", "::1"/' > "$R/openclaw.json"; git -C "$R" commit -q --no-verify -am fixed
bad=$(git -C "$R" rev-parse HEAD~1)
if git -C "$R" push -q origin main > "$TMP/out" 2>&1; then
  fail "pre-push: bad intermediate commit pushed"
else
  grep -q 'openclaw.json:3:[0-9]*' "$TMP/out" && grep -q "$bad" "$TMP/out" \
    && pass "pre-push: bad intermediate commit refused with file:line:col" || { cat "$TMP/out" >&2; fail "pre-push output"; }
fi
git -C "$R" push -q --no-verify origin main > /dev/null 2>&1
# A new branch: only its own commits are linted; a clean one is pushed.
git -C "$R" checkout -q -b topic
echo "notes" > "$R/NOTES.md"; git -C "$R" add NOTES.md; git -C "$R" commit -q --no-verify -m notes
git -C "$R" push -q origin topic > "$TMP/out" 2>&1 && pass "pre-push: new clean branch pushed" || { cat "$TMP/out" >&2; fail "pre-push new branch"; }
git -C "$R" push -q origin :topic > "$TMP/out" 2>&1 && pass "pre-push: branch deletion allowed" || { cat "$TMP/out" >&2; fail "pre-push deletion"; }

# --- pre-commit (the framework) -------------------------------------------
if ! command -v pre-commit >/dev/null 2>&1; then
  echo "SKIP: pre-commit is not installed (scripts/setup installs it)"
  [ $failures -eq 0 ] || exit 1
  exit 77
fi
# (a) repo: local, entry = the built binary, hook definition copied from
#     .pre-commit-hooks.yaml (so the manifest's files/pass_filenames are tested).
R="$TMP/framework"; new_repo "$R"
python3 - "$SRC/.pre-commit-hooks.yaml" "$CLAWLINT" > "$R/.pre-commit-config.yaml" <<'PY' || fail "cannot derive .pre-commit-config.yaml"
import sys, yaml
hooks = yaml.safe_load(open(sys.argv[1]))
hook = next(h for h in hooks if h["id"] == "clawlint")
hook["entry"] = hook["entry"].replace("clawlint", sys.argv[2], 1)
print(yaml.safe_dump({"repos": [{"repo": "local", "hooks": [hook]}]}, sort_keys=False))
PY
git -C "$R" add .pre-commit-config.yaml; git -C "$R" commit -q --no-verify -m pc
(cd "$R" && pre-commit install > "$TMP/pc.out" 2>&1) || fail "pre-commit install: $(cat "$TMP/pc.out")"
scenarios "$R" "pre-commit (repo: local)"
# A commit touching no config file does not run the hook (files: regex).
echo notes > "$R/README.md"; git -C "$R" add README.md
git -C "$R" commit -m readme > "$TMP/out" 2>&1 && grep -q 'clawlint.*Skipped\|no files to check' "$TMP/out" \
  && pass "pre-commit: hook skipped for non-config commits" || { cat "$TMP/out" >&2; fail "pre-commit: non-config commit"; }

# (b) repo: <path of this source tree> (pre-commit clones it locally; no
#     network), language: system with clawlint on PATH.
if git -C "$SRC" rev-parse HEAD > /dev/null 2>&1; then
  R="$TMP/framework-repo"; new_repo "$R"
  rev=$(git -C "$SRC" rev-parse HEAD)
  # The manifest must be committed in the source tree for pre-commit to see it.
  if git -C "$SRC" cat-file -e "$rev:.pre-commit-hooks.yaml" 2>/dev/null; then
    printf 'repos:\n- repo: %s\n  rev: %s\n  hooks:\n  - id: clawlint\n' "$SRC" "$rev" > "$R/.pre-commit-config.yaml"
    git -C "$R" add .pre-commit-config.yaml; git -C "$R" commit -q --no-verify -m pc
    mkdir -p "$TMP/bin"; ln -sf "$CLAWLINT" "$TMP/bin/clawlint"
    PATH="$TMP/bin:$PATH"
    (cd "$R" && pre-commit install > "$TMP/pc.out" 2>&1) || fail "pre-commit install: $(cat "$TMP/pc.out")"
    scenarios "$R" "pre-commit (repo: source tree)"
    PATH=$PATH_SAVE
  else
    echo "note: .pre-commit-hooks.yaml not committed at $rev; skipping repo: <path>"
  fi
fi

# (c) clawlint-build (language: script): builds clawlint from the source tree
#     in pre-commit's clone (a full Release build: minutes), so only when
#     asked: CLAWLINT_TEST_HOOK_BUILD=1.
if [ "${CLAWLINT_TEST_HOOK_BUILD:-0}" = 1 ] && git -C "$SRC" cat-file -e "HEAD:.pre-commit-hooks.yaml" 2>/dev/null; then
  R="$TMP/framework-build"; new_repo "$R"
  printf 'repos:\n- repo: %s\n  rev: %s\n  hooks:\n  - id: clawlint-build\n' "$SRC" "$(git -C "$SRC" rev-parse HEAD)" \
    > "$R/.pre-commit-config.yaml"
  git -C "$R" add .pre-commit-config.yaml; git -C "$R" commit -q --no-verify -m pc
  (cd "$R" && pre-commit install > "$TMP/pc.out" 2>&1) || fail "pre-commit install: $(cat "$TMP/pc.out")"
  scenarios "$R" "pre-commit (clawlint-build)"
fi

[ $failures -eq 0 ] && echo "all hook tests passed" && exit 0
echo "$failures failure(s)" >&2
exit 1
