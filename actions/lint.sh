#!/usr/bin/env bash
# Runs clawlint on the checked-out repository, writing JSON, SARIF, the fix
# patch and the extra formats under $RUNNER_TEMP/clawlint, and decides what
# the later steps do. Never fails the job itself (actions/result.sh does,
# once the reports are uploaded), except on a bad input.
# Inputs (env): CLAWLINT_BINARY INPUT_PATHS INPUT_PROFILE INPUT_FAIL_ON
#   INPUT_FORMATS INPUT_UPLOAD INPUT_CATEGORY INPUT_ANNOTATIONS
#   INPUT_UNSAFE_FIXES IS_FORK
source "$(dirname "$0")/common.sh"
clawlint="${CLAWLINT_BINARY:?}"
dir=$(report_dir)
cd "${GITHUB_WORKSPACE:-.}"

fail_on="${INPUT_FAIL_ON:-warn}"
case "$fail_on" in
  info|warn|critical) cli_fail_on=$fail_on ;;
  none) cli_fail_on=critical ;;
  *) echo "::error::fail-on must be info, warn, critical or none, not '$fail_on'"; exit 2 ;;
esac
case "${INPUT_UPLOAD:-auto}" in auto|true|false) ;; *) echo "::error::upload must be auto, true or false"; exit 2 ;; esac
case "${INPUT_ANNOTATIONS:-auto}" in auto|true|false) ;; *) echo "::error::annotations must be auto, true or false"; exit 2 ;; esac

json="$dir/clawlint.json"; sarif="$dir/clawlint.sarif"; patch="$dir/clawlint.patch"
rm -f "$json" "$sarif" "$patch" "$dir/clawlint.junit.xml"
args=(--profile "${INPUT_PROFILE:-2026.4.29}" --fail-on "$cli_fail_on"
      --sarif-category "${INPUT_CATEGORY:-clawlint}"
      --format "json=$json" --format "sarif=$sarif" --fix-patch "$patch")
IFS=',' read -r -a formats <<< "${INPUT_FORMATS:-}"
for f in "${formats[@]}"; do
  f="${f//[[:space:]]/}"
  case "$f" in
    ''|json|sarif) ;;
    text) args+=(--format "text=$dir/clawlint.txt") ;;
    junit) args+=(--format "junit=$dir/clawlint.junit.xml") ;;
    github) args+=(--format "github=$dir/clawlint.github.txt") ;;
    openclaw-json) args+=(--format "openclaw-json=$dir/clawlint.openclaw.json") ;;
    *) echo "::error::unknown format '$f' (text, json, sarif, junit, github, openclaw-json)"; exit 2 ;;
  esac
done
case "${INPUT_UNSAFE_FIXES:-false}" in
  true) args+=(--unsafe-fixes) ;; false) ;;
  *) echo "::error::unsafe-fixes must be true or false"; exit 2 ;;
esac
read -r -a paths <<< "${INPUT_PATHS:-}"

set +e
"$clawlint" "${args[@]}" -- "${paths[@]}"
code=$?
set -e
[ "$fail_on" = none ] && [ $code -eq 1 ] && code=0
output exit-code "$code"
echo "clawlint exited with $code"

if [ -s "$json" ]; then
  output json-file "$json"
  output findings-count "$(jq '.findings | length' "$json")"
  output highest-severity "$(jq -r '[.findings[].severity] as $s
    | if ($s | index("critical")) then "critical" elif ($s | index("warn")) then "warn"
      elif ($s | index("info")) then "info" else "none" end' "$json")"
else
  output json-file ""
  output findings-count 0
  output highest-severity none
fi
[ -s "$sarif" ] && output sarif-file "$sarif" || output sarif-file ""
output patch-file "$patch"
[ -s "$dir/clawlint.junit.xml" ] && output junit-file "$dir/clawlint.junit.xml" || output junit-file ""
[ -s "$patch" ] && output has-fixes true || output has-fixes false

upload=${INPUT_UPLOAD:-auto}
if [ "$upload" = auto ]; then
  upload=true
  if [ "${IS_FORK:-}" = true ]; then
    upload=false
    echo "clawlint: pull request from a fork (read-only token): SARIF not uploaded, findings shown as annotations"
  fi
fi
[ -s "$sarif" ] || upload=false
output upload "$upload"
annotate=${INPUT_ANNOTATIONS:-auto}
if [ "$annotate" = auto ]; then
  [ "$upload" = true ] && annotate=false || annotate=true
fi
[ -s "$json" ] || annotate=false
output annotate "$annotate"
