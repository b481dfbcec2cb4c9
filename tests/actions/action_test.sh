#!/usr/bin/env bash
# Runs the GitHub Action's scripts (actions/*.sh) the way action.yml does,
# under a simulated GITHUB_* environment (temp dirs), with the build skipped
# (CLAWLINT_BINARY = the built binary). No network.
# Usage: action_test.sh CLAWLINT_BINARY SOURCE_DIR
set -u
CLAWLINT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
SRC=$(cd "$2" && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
command -v jq >/dev/null 2>&1 || { echo "SKIP: jq is not installed"; exit 77; }

export HOME="$TMP/home" GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com \
  GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
unset GIT_DIR GIT_INDEX_FILE GIT_WORK_TREE
mkdir -p "$HOME"
git config --global init.defaultBranch main

# A simulated runner.
export GITHUB_ACTION_PATH="$SRC" GITHUB_WORKSPACE="$TMP/ws" RUNNER_TEMP="$TMP/runner-temp" \
  GITHUB_STEP_SUMMARY="$TMP/summary.md" GITHUB_OUTPUT="$TMP/output" \
  GITHUB_REPOSITORY=octo/claw GITHUB_SHA=0123456789abcdef0123456789abcdef01234567 \
  GITHUB_SERVER_URL=https://github.example GITHUB_EVENT_NAME=pull_request \
  RUNNER_OS=Linux RUNNER_ARCH=X64
mkdir -p "$GITHUB_WORKSPACE" "$RUNNER_TEMP"
: > "$GITHUB_STEP_SUMMARY"

ws=$GITHUB_WORKSPACE
git -C "$ws" init -q
printf '{\n  gateway: {\n    bind: "loopback",\n  },\n}\n' > "$ws/openclaw.json"
git -C "$ws" add -A && git -C "$ws" commit -q -m base
base=$(git -C "$ws" rev-parse HEAD)
# The pull request: a bad gateway and a logging change clawlint can fix.
cp "$SRC/examples/demo/openclaw.json" "$ws/openclaw.json"
cp "$SRC/examples/demo/gateway.json5" "$ws/gateway.json5" 2>/dev/null
[ -d "$SRC/examples/demo/hooks" ] && cp -r "$SRC/examples/demo/hooks" "$ws/"
git -C "$ws" add -A && git -C "$ws" commit -q -m pr
head=$(git -C "$ws" rev-parse HEAD)
printf '{"pull_request":{"number":7,"base":{"sha":"%s"},"head":{"sha":"%s","repo":{"fork":false}}}}\n' \
  "$base" "$head" > "$TMP/event.json"
export GITHUB_EVENT_PATH="$TMP/event.json"

out() { sed -n "s/^$1=//p" "$GITHUB_OUTPUT" | tail -1; }

# cache-key.sh: with clawlint-binary, the build is skipped.
: > "$GITHUB_OUTPUT"
CLAWLINT_BINARY="$CLAWLINT" "$SRC/actions/cache-key.sh" > /dev/null || fail "cache-key.sh failed"
[ "$(out binary)" = "$CLAWLINT" ] && pass "cache-key: given binary used" || fail "cache-key binary: $(cat "$GITHUB_OUTPUT")"
: > "$GITHUB_OUTPUT"
"$SRC/actions/cache-key.sh" > /dev/null || fail "cache-key.sh (build) failed"
version=$(sed -n 's/^project(clawlint VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")
out key | grep -Eq "^clawlint-$version-Linux-X64-.*-[0-9a-f]{16}$" && pass "cache key carries the version" \
  || fail "cache key: $(out key)"

# lint.sh, as in action.yml.
run_lint() {  # run_lint KEY=VALUE... (extra env)
  : > "$GITHUB_OUTPUT"
  env CLAWLINT_BINARY="$CLAWLINT" INPUT_PATHS="" INPUT_PROFILE=2026.4.29 INPUT_FAIL_ON=warn \
    INPUT_FORMATS="text,junit" INPUT_UPLOAD=auto INPUT_CATEGORY=clawlint INPUT_ANNOTATIONS=auto \
    INPUT_UNSAFE_FIXES=true IS_FORK="" "$@" "$SRC/actions/lint.sh" > "$TMP/lint.out" 2>&1
}
run_lint || fail "lint.sh failed: $(cat "$TMP/lint.out")"
json=$(out json-file); sarif=$(out sarif-file); patch=$(out patch-file)
[ "$(out exit-code)" = 1 ] && pass "lint: exit code 1 recorded" || fail "lint exit-code $(out exit-code)"
[ -s "$json" ] && [ -s "$sarif" ] && [ -s "$RUNNER_TEMP/clawlint/clawlint.txt" ] && [ -s "$RUNNER_TEMP/clawlint/clawlint.junit.xml" ] \
  && [ "$(out junit-file)" = "$RUNNER_TEMP/clawlint/clawlint.junit.xml" ] \
  && pass "lint: json, sarif, text, junit written under RUNNER_TEMP" || fail "lint: reports missing"
expected=$(jq '.findings | length' "$json")
[ "$(out findings-count)" = "$expected" ] && [ "$expected" -gt 0 ] && pass "lint: findings-count $expected" || fail "findings-count $(out findings-count)"
[ "$(out highest-severity)" = critical ] && pass "lint: highest-severity critical" || fail "highest-severity $(out highest-severity)"
[ "$(out upload)" = true ] && [ "$(out annotate)" = false ] && pass "lint: same-repo PR uploads SARIF" || fail "upload/annotate $(out upload)/$(out annotate)"
jq -e '.runs[0].automationDetails.id == "clawlint/"' "$sarif" > /dev/null && pass "lint: SARIF category" || fail "SARIF category"
if [ -s "$patch" ]; then
  [ "$(out has-fixes)" = true ] && pass "lint: fix patch written" || fail "has-fixes"
  (cd "$ws" && git apply --check "$patch") && pass "lint: fix patch applies" || fail "fix patch does not apply"
else
  fail "no fix patch for the demo config"
fi

# A fork: no upload, annotations instead.
run_lint IS_FORK=true || fail "lint.sh (fork) failed"
[ "$(out upload)" = false ] && [ "$(out annotate)" = true ] && pass "fork PR: no upload, annotations" || fail "fork: $(out upload)/$(out annotate)"
run_lint INPUT_UPLOAD=false INPUT_ANNOTATIONS=false || true
[ "$(out upload)" = false ] && [ "$(out annotate)" = false ] && pass "upload=false annotations=false honoured" || fail "upload=false"
# fail-on: none never fails; critical still fails on the demo; bad values are errors.
run_lint INPUT_FAIL_ON=none; [ "$(out exit-code)" = 0 ] && pass "fail-on none -> exit-code 0" || fail "fail-on none: $(out exit-code)"
run_lint INPUT_PROFILE=2026.9.6 INPUT_FAIL_ON=critical; [ "$(out exit-code)" = 1 ] && pass "profile 2026.9.6 / fail-on critical" || fail "fail-on critical: $(out exit-code)"
run_lint INPUT_FAIL_ON=bogus && fail "fail-on bogus accepted" || pass "fail-on bogus rejected"
run_lint INPUT_FORMATS=yaml && fail "format yaml accepted" || pass "unknown format rejected"
# paths: a directory without config -> exit 3, no upload.
mkdir -p "$ws/empty"; echo x > "$ws/empty/f.txt"
run_lint INPUT_PATHS="empty"; [ "$(out exit-code)" = 3 ] && [ "$(out upload)" = false ] && pass "paths input honoured (no config -> 3)" \
  || fail "paths: $(out exit-code) $(out upload)"
rm -rf "$ws/empty"
run_lint  # back to the full run for the next steps

# annotate.sh: highest severity first, 10 per level, then a notice.
CLAWLINT_JSON="$json" "$SRC/actions/annotate.sh" > "$TMP/ann" || fail "annotate.sh failed"
head -1 "$TMP/ann" | grep -q '^::error file=openclaw.json\|^::error file=gateway.json5' && pass "annotations: errors first" || fail "annotations: $(head -3 "$TMP/ann")"
[ "$(grep -c '^::' "$TMP/ann")" -eq "$expected" ] && pass "annotations: one per finding" || fail "annotation count $(grep -c '^::' "$TMP/ann") != $expected"
grep -q 'line=[0-9]*,col=[0-9]*' "$TMP/ann" || fail "annotations without line/col"
CLAWLINT_ANNOTATION_LIMIT=1 CLAWLINT_JSON="$json" "$SRC/actions/annotate.sh" > "$TMP/ann1"
grep -q '^::notice title=clawlint::[0-9]* more finding' "$TMP/ann1" && [ "$(grep -c '^::error' "$TMP/ann1")" -le 1 ] \
  && pass "annotations: limit per level and remainder notice" || fail "annotation limit: $(cat "$TMP/ann1")"

# summary.sh: a markdown table with links to the blob at the commit.
CLAWLINT_JSON="$json" "$SRC/actions/summary.sh" || fail "summary.sh failed"
grep -q '^| Severity | Check | Location | Fix | Message |' "$GITHUB_STEP_SUMMARY" && pass "summary: table header" || fail "summary header"
rows=$(grep -c '^| .*`.*` |' "$GITHUB_STEP_SUMMARY")
[ "$rows" -eq "$expected" ] && pass "summary: one row per finding" || fail "summary rows $rows != $expected"
grep -q "https://github.example/octo/claw/blob/$GITHUB_SHA/openclaw.json#L[0-9]" "$GITHUB_STEP_SUMMARY" \
  && pass "summary: blob links" || fail "summary links"
grep -q 'gateway.bind_no_auth' "$GITHUB_STEP_SUMMARY" || fail "summary lacks gateway.bind_no_auth"

# suggest.sh (dry run): review comments only on lines the PR changed.
INPUT_UNSAFE_FIXES=true CLAWLINT_SUGGEST_OUTPUT="$TMP/review.json" CLAWLINT_JSON="$json" "$SRC/actions/suggest.sh" > "$TMP/sug.out" 2>&1 \
  || fail "suggest.sh failed: $(cat "$TMP/sug.out")"
if [ -s "$TMP/review.json" ]; then
  jq -e --arg head "$head" '.commit_id == $head and .event == "COMMENT" and (.comments | length) > 0
      and all(.comments[]; .side == "RIGHT" and (.body | contains("```suggestion")))' "$TMP/review.json" > /dev/null \
    && pass "suggest: review with suggestion blocks" || fail "suggest payload: $(cat "$TMP/review.json")"
  # Applying every suggestion to the head gives what the patch gives, on those lines.
  (cd "$ws" && git apply "$patch") && pass "suggest: patch applied for comparison"
  jq -r '.comments[] | [.path, (.start_line // .line), .line, (.body | split("```suggestion\n")[1] | split("\n```")[0])] | @json' "$TMP/review.json" |
  while IFS= read -r c; do
    path=$(jq -r '.[0]' <<< "$c"); from=$(jq -r '.[1]' <<< "$c"); to=$(jq -r '.[2]' <<< "$c"); text=$(jq -r '.[3]' <<< "$c")
    n=$(printf '%s\n' "$text" | wc -l)
    fixed=$(sed -n "${from},$((from + n - 1))p" "$ws/$path")
    [ "$fixed" = "$text" ] || echo "MISMATCH $path:$from-$to" >> "$TMP/mismatch"
  done
  [ ! -s "$TMP/mismatch" ] && pass "suggest: suggestions equal the fixed lines" || fail "suggest: $(cat "$TMP/mismatch")"
  git -C "$ws" checkout -q -- .
else
  fail "suggest: no review written: $(cat "$TMP/sug.out")"
fi
# Without unsafe-fixes only `safe` fixes are suggested.
rm -f "$TMP/review-safe.json"
INPUT_UNSAFE_FIXES=false CLAWLINT_SUGGEST_OUTPUT="$TMP/review-safe.json" CLAWLINT_JSON="$json" \
  "$SRC/actions/suggest.sh" > "$TMP/sug-safe.out" 2>&1 || fail "suggest.sh (safe) failed"
safe_edits=$(jq '[.findings[] | select(.fix.applicability == "safe")] | length' "$json")
if [ "$safe_edits" -eq 0 ]; then
  [ ! -e "$TMP/review-safe.json" ] && pass "suggest: no unsafe fix suggested without unsafe-fixes" \
    || fail "suggest: unsafe fixes suggested: $(cat "$TMP/review-safe.json")"
else
  ids=$(jq -r '[.findings[] | select(.fix.applicability == "safe") | .checkId]' "$json")
  jq -e --argjson ids "$ids" 'all(.comments[]; (.body | capture("`(?<id>[^`]*)`").id) as $i | $ids | index($i))' \
    "$TMP/review-safe.json" > /dev/null && pass "suggest: only safe fixes without unsafe-fixes" || fail "suggest safe-only"
fi
# Nothing outside the diff: a PR that changed no line of the config gets no suggestion.
printf '{"pull_request":{"number":7,"base":{"sha":"%s"},"head":{"sha":"%s"}}}\n' "$head" "$head" > "$TMP/event2.json"
rm -f "$TMP/review2.json"
GITHUB_EVENT_PATH="$TMP/event2.json" INPUT_UNSAFE_FIXES=true CLAWLINT_SUGGEST_OUTPUT="$TMP/review2.json" CLAWLINT_JSON="$json" \
  "$SRC/actions/suggest.sh" > "$TMP/sug2.out" 2>&1
[ ! -e "$TMP/review2.json" ] && grep -q 'no fix lies on lines changed' "$TMP/sug2.out" \
  && pass "suggest: no suggestion outside the diff" || fail "suggest outside diff: $(cat "$TMP/sug2.out")"
# No token and not a dry run: a warning, no failure, no network.
GH_TOKEN="" CLAWLINT_JSON="$json" "$SRC/actions/suggest.sh" > "$TMP/sug3.out" 2>&1 \
  && grep -q 'needs a token' "$TMP/sug3.out" && pass "suggest: no token -> warning" || fail "suggest without token: $(cat "$TMP/sug3.out")"

# result.sh: the job fails on 1 and 2, not on 0 and 3.
EXIT_CODE=0 "$SRC/actions/result.sh" > /dev/null && EXIT_CODE=3 "$SRC/actions/result.sh" > /dev/null \
  && ! EXIT_CODE=1 "$SRC/actions/result.sh" > /dev/null && ! EXIT_CODE=2 "$SRC/actions/result.sh" > /dev/null \
  && pass "result: fails on 1 and 2 only" || fail "result.sh exit mapping"

[ $failures -eq 0 ] && echo "all action tests passed" && exit 0
echo "$failures failure(s)" >&2
exit 1
