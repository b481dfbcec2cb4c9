# Shared helpers of the action scripts (sourced).
# shellcheck shell=bash
set -euo pipefail

# The repository root of the action (GITHUB_ACTION_PATH in a workflow).
ACTION_ROOT="${GITHUB_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"

# output NAME VALUE: a step output (single line values only).
output() {
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    printf '%s=%s\n' "$1" "$2" >> "$GITHUB_OUTPUT"
  else
    printf 'output %s=%s\n' "$1" "$2"
  fi
}

# The working directory of the reports.
report_dir() {
  local dir="${RUNNER_TEMP:-/tmp}/clawlint"
  mkdir -p "$dir"
  printf '%s' "$dir"
}

# Escapes a value for a workflow command (::error file=...::MESSAGE).
escape_data() {
  local s=$1
  s=${s//'%'/'%25'}; s=${s//$'\r'/'%0D'}; s=${s//$'\n'/'%0A'}
  printf '%s' "$s"
}
escape_property() {
  local s
  s=$(escape_data "$1")
  s=${s//':'/'%3A'}; s=${s//','/'%2C'}
  printf '%s' "$s"
}
