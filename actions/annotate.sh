#!/usr/bin/env bash
# Workflow annotations from the JSON report ($CLAWLINT_JSON). GitHub renders
# at most 10 of each level per step, so the most severe come first and the
# rest is counted in one notice pointing at the summary and the reports.
source "$(dirname "$0")/common.sh"
json="${CLAWLINT_JSON:?}"
limit="${CLAWLINT_ANNOTATION_LIMIT:-10}"
jq -r --argjson limit "$limit" '
  def esc: gsub("%"; "%25") | gsub("\r"; "%0D") | gsub("\n"; "%0A");
  def prop: esc | gsub(":"; "%3A") | gsub(","; "%2C");
  def level: {critical: "error", warn: "warning", info: "notice"}[.severity] // "notice";
  def rank: {critical: 0, warn: 1, info: 2}[.severity] // 3;
  [.findings[] | . + {level: level, rank: rank}] | sort_by(.rank)
  | group_by(.level) as $groups
  | ($groups | map(.[:$limit]) | add // [] | sort_by(.rank)) as $shown
  | ($groups | map(.[$limit:] | length) | add // 0) as $rest
  | ($shown[] |
      "::\(.level) file=\(.location.path | prop),line=\(.location.line),col=\(.location.column),endLine=\(.location.endLine),endColumn=\(.location.endColumn),title=\("clawlint " + .checkId | prop)::\((.title + ": " + .detail + (if .remediation then "\nFix: " + .remediation else "" end)) | esc)"),
    (if $rest > 0 then
      "::notice title=clawlint::\($rest) more finding(s) not annotated (GitHub shows 10 per level); see the job summary and the SARIF/JSON reports"
     else empty end)
' "$json"
