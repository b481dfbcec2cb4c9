#!/usr/bin/env bash
# Posts the fixes of the JSON report ($CLAWLINT_JSON, findings[].fix.edits) as
# one pull request review with ```suggestion blocks (opt-in: the action's
# suggest-fixes input). GitHub rejects suggestions outside the diff, so only
# edits whose lines were all added or changed by the pull request are posted,
# and only the fixes the patch holds: `safe` ones, plus `unsafe` ones when
# INPUT_UNSAFE_FIXES=true (never `display-only`).
# Needs: GH_TOKEN (pull-requests: write), GITHUB_EVENT_PATH of a
# pull_request event, the base and head commits (fetched when missing).
# CLAWLINT_SUGGEST_OUTPUT=FILE writes the review request body to FILE instead
# of calling the API (dry run, used by the tests).
source "$(dirname "$0")/common.sh"
json="${CLAWLINT_JSON:?}"
event="${GITHUB_EVENT_PATH:?}"
cd "${GITHUB_WORKSPACE:-.}"

number=$(jq -r '.pull_request.number // empty' "$event")
base=$(jq -r '.pull_request.base.sha // empty' "$event")
head=$(jq -r '.pull_request.head.sha // empty' "$event")
if [ -z "$number" ] || [ -z "$base" ] || [ -z "$head" ]; then
  echo "clawlint: not a pull_request event; no suggestions"
  exit 0
fi
if [ -z "${CLAWLINT_SUGGEST_OUTPUT:-}" ] && [ -z "${GH_TOKEN:-}" ]; then
  echo "::warning::clawlint: suggest-fixes needs a token; no suggestions posted"
  exit 0
fi
for c in "$base" "$head"; do
  git cat-file -e "$c^{commit}" 2>/dev/null \
    || git fetch -q --no-tags --depth=100 origin "$c" 2>/dev/null || true
done
if ! git cat-file -e "$base^{commit}" 2>/dev/null || ! git cat-file -e "$head^{commit}" 2>/dev/null; then
  echo "::warning::clawlint: base or head commit not available (use actions/checkout with fetch-depth: 0); no suggestions"
  exit 0
fi

comments="$(report_dir)/suggestions.jsonl"
: > "$comments"
if [ "${INPUT_UNSAFE_FIXES:-false}" = true ]; then levels='["safe","unsafe"]'; else levels='["safe"]'; fi
jq -r --argjson levels "$levels" '[.findings[] | select(.fix and (.fix.applicability as $a | $levels | index($a)))
  | .fix.edits[].location.path] | unique | .[]' "$json" |
while IFS= read -r path; do
  # The scanned file must be the head version (pull_request checks out the
  # merge commit; its lines may differ from the head's).
  [ -f "$path" ] || continue
  if [ "$(git hash-object -- "$path")" != "$(git rev-parse -q --verify "$head:$path" 2>/dev/null)" ]; then
    echo "clawlint: $path differs from the pull request head; no suggestions for it"
    continue
  fi
  # Lines of the head added or changed by the pull request (GitHub's diff:
  # merge base ... head).
  changed=$(git diff -U0 --no-ext-diff "$base...$head" -- "$path" | sed -n \
    's/^@@ -[0-9,]* +\([0-9]*\)\(,\([0-9]*\)\)\{0,1\} @@.*/\1 \3/p' |
    while read -r start count; do
      count=${count:-1}
      i=0; while [ "$i" -lt "$count" ]; do echo $((start + i)); i=$((i + 1)); done
    done | jq -s -c .)
  jq -c --arg path "$path" --rawfile text "$path" --argjson changed "$changed" --argjson levels "$levels" '
    ($text | split("\n")) as $lines
    | [.findings[] | select(.fix and (.fix.applicability as $a | $levels | index($a))) | . as $f | .fix.edits[]
       | select(.location.path == $path)
       | {f: $f, loc: .location, replacement: .replacement}]
    | sort_by(.loc.line, .loc.column)
    | reduce .[] as $e ({out: [], last: 0};
        ($e.loc.line) as $l | ($e.loc.endLine) as $el
        | if $l <= .last then .
          elif ([range($l; $el + 1)] - $changed | length) > 0 then .
          else
            ($lines[$l - 1][: $e.loc.column - 1]) as $prefix
            | (($lines[$el - 1] // "")[$e.loc.endColumn - 1 :]) as $suffix
            | .last = $el
            | .out += [{
                path: $path, side: "RIGHT", line: $el}
                + (if $el > $l then {start_line: $l, start_side: "RIGHT"} else {} end)
                + {body: ("**clawlint** `\($e.f.checkId)` (\($e.f.severity)): \($e.f.fix.title)\n\n```suggestion\n"
                          + $prefix + $e.replacement + $suffix
                          + "\n```\n<!-- clawlint:\($e.f.fingerprint):\($l) -->")}]
          end)
    | .out[]' "$json" >> "$comments"
done

count=$(wc -l < "$comments")
if [ "$count" -eq 0 ]; then
  echo "clawlint: no fix lies on lines changed by this pull request; no suggestions"
  exit 0
fi

api="${GITHUB_API_URL:-https://api.github.com}/repos/${GITHUB_REPOSITORY:?}/pulls/$number"
if [ -z "${CLAWLINT_SUGGEST_OUTPUT:-}" ]; then
  # Do not repeat suggestions already posted by an earlier run.
  existing=$(curl -fsSL -H "Authorization: Bearer $GH_TOKEN" -H "Accept: application/vnd.github+json" \
    "$api/comments?per_page=100" | jq -c '[.[].body | capture("<!-- (?<m>clawlint:[^ ]*) -->").m]' || echo '[]')
  jq -c --argjson existing "$existing" \
    'select((.body | capture("<!-- (?<m>clawlint:[^ ]*) -->").m) as $m | $existing | index($m) | not)' \
    "$comments" > "$comments.new"
  mv "$comments.new" "$comments"
  count=$(wc -l < "$comments")
  [ "$count" -gt 0 ] || { echo "clawlint: suggestions already posted"; exit 0; }
fi
request=$(jq -s -c --arg head "$head" '{commit_id: $head, event: "COMMENT",
  body: "clawlint suggests \(length) fix(es) for OpenClaw config findings.", comments: .}' "$comments")
if [ -n "${CLAWLINT_SUGGEST_OUTPUT:-}" ]; then
  printf '%s\n' "$request" > "$CLAWLINT_SUGGEST_OUTPUT"
  echo "clawlint: $count suggestion(s) written to $CLAWLINT_SUGGEST_OUTPUT (dry run)"
  exit 0
fi
curl -fsSL -X POST -H "Authorization: Bearer $GH_TOKEN" -H "Accept: application/vnd.github+json" \
  "$api/reviews" --data-binary @- <<< "$request" > /dev/null \
  || { echo "::warning::clawlint: could not post the review (token without pull-requests: write?)"; exit 0; }
echo "clawlint: posted $count suggestion(s) on pull request #$number"
