#!/usr/bin/env bash
# A markdown table of the findings of $CLAWLINT_JSON appended to
# $GITHUB_STEP_SUMMARY (severity, check, file:line linked to the blob at the
# commit, fix available, message), kept well under GitHub's 1 MiB limit.
source "$(dirname "$0")/common.sh"
json="${CLAWLINT_JSON:?}"
summary="${GITHUB_STEP_SUMMARY:?}"
max_rows="${CLAWLINT_SUMMARY_MAX_ROWS:-500}"
blob=""
if [ -n "${GITHUB_REPOSITORY:-}" ] && [ -n "${GITHUB_SHA:-}" ]; then
  blob="${GITHUB_SERVER_URL:-https://github.com}/$GITHUB_REPOSITORY/blob/$GITHUB_SHA"
fi
{
  jq -r --arg blob "$blob" --argjson max "$max_rows" --arg uploaded "${CLAWLINT_UPLOADED:-}" '
    def cell: tostring | gsub("\\|"; "\\|") | gsub("\r?\n"; "<br>") | gsub("<(?!br>)"; "&lt;");
    def icon: {critical: "🔴 critical", warn: "🟠 warn", info: "🔵 info"}[.] // .;
    def rank: {critical: 0, warn: 1, info: 2}[.severity] // 3;
    "## clawlint",
    "",
    "Profile `\(.profile)`, \(.source), roots: \(.roots | map("`" + . + "`") | join(", ") | if . == "" then "none" else . end).",
    "",
    (.summary | "**\(.total) finding(s)**: \(.critical) critical, \(.warn) warn, \(.info) info."),
    (if $uploaded == "success" then "\nUploaded to code scanning." else empty end),
    "",
    (if (.findings | length) == 0 then "No findings." else
      "| Severity | Check | Location | Fix | Message |",
      "|---|---|---|---|---|",
      ((.findings | sort_by(rank) | .[:$max])[] |
        (.location.path + ":" + (.location.line | tostring) + ":" + (.location.column | tostring)) as $loc
        | "| \(.severity | icon) | `\(.checkId)` | \(if $blob != "" then "[\($loc | cell)](\($blob)/\(.location.path | gsub("%"; "%25") | gsub(" "; "%20") | gsub("\\("; "%28") | gsub("\\)"; "%29"))#L\(.location.line))" else ($loc | cell) end) | \(if .fix then (.fix.applicability | cell) else "" end) | \((.title + ": " + .detail) | cell) |"),
      (if (.findings | length) > $max then "\n… and \((.findings | length) - $max) more (see the SARIF / JSON reports)." else empty end)
    end),
    ""
  ' "$json"
} >> "$summary"
