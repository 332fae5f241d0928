#!/usr/bin/env bash
# Step script of the iacvet GitHub Action (action.yml): posts the scan
# summary as ONE pull-request comment, updated in place on every run. The
# comment is found again by the hidden marker <!-- iacvet --> it starts with.
#
# Reads: INPUT_BODY_FILE (the comment, from scan.sh), GITHUB_TOKEN,
#   GITHUB_REPOSITORY, GITHUB_EVENT_PATH (the pull request's number) or
#   INPUT_PR_NUMBER, GITHUB_API_URL (default https://api.github.com).
# Writes: comment-id to $GITHUB_OUTPUT when set.
# A comment that cannot be posted (no token, a fork's read-only token, API
# errors) is a warning, never a failed job.
set -euo pipefail

marker='<!-- iacvet -->'
max_body=65000 # GitHub refuses comment bodies over 65536 characters
body_file="${INPUT_BODY_FILE:?INPUT_BODY_FILE is not set}"
api="${GITHUB_API_URL:-https://api.github.com}"
repo="${GITHUB_REPOSITORY:?GITHUB_REPOSITORY is not set}"

warn() {
  echo "::warning::iacvet: no pull-request comment: $*"
  exit 0
}

pr="${INPUT_PR_NUMBER:-}"
if [[ -z "$pr" && -n "${GITHUB_EVENT_PATH:-}" && -f "${GITHUB_EVENT_PATH}" ]]; then
  pr=$(jq -r '.pull_request.number // empty' "$GITHUB_EVENT_PATH")
fi
if [[ -z "$pr" ]]; then
  echo "iacvet: not a pull request (${GITHUB_EVENT_NAME:-unknown event}); no comment posted"
  exit 0
fi
[[ -n "${GITHUB_TOKEN:-}" ]] || warn "no github-token"
[[ -s "$body_file" ]] || warn "no summary was written ($body_file)"

work=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/iacvet-comment.XXXXXX")
trap 'rm -rf "$work"' EXIT
# The token goes in a header file, not on curl's command line.
(umask 077 && printf 'Authorization: Bearer %s\n' "$GITHUB_TOKEN" >"$work/auth")

gh_api() { # METHOD PATH [BODY_FILE] -> response on stdout
  local method="$1" path="$2" data=()
  [[ $# -lt 3 ]] || data=(--data-binary "@$3")
  curl -sS --fail-with-body --max-time 30 --retry 2 -X "$method" \
    -H @"$work/auth" -H "Accept: application/vnd.github+json" -H "X-GitHub-Api-Version: 2022-11-28" \
    -H "Content-Type: application/json" "${data[@]}" "$api$path"
}

id=""
for ((page = 1; page <= 30; page++)); do
  resp=$(gh_api GET "/repos/$repo/issues/$pr/comments?per_page=100&page=$page") || warn "listing comments failed: $resp"
  id=$(jq -r --arg m "$marker" '[.[] | select((.body // "") | startswith($m))][0].id // empty' <<<"$resp")
  count=$(jq 'length' <<<"$resp")
  [[ -z "$id" && "$count" -ge 100 ]] || break
done

# The body: the marker first, cut to what GitHub accepts.
{
  [[ "$(head -c ${#marker} "$body_file")" == "$marker" ]] || printf '%s\n' "$marker"
  if [[ $(wc -c <"$body_file") -gt $max_body ]]; then
    head -c "$max_body" "$body_file"
    printf '\n\n_The summary was cut to fit a comment; the job summary has all of it._\n'
  else
    cat "$body_file"
  fi
} >"$work/body.md"
jq -n --rawfile b "$work/body.md" '{body: $b}' >"$work/body.json"

if [[ -n "$id" ]]; then
  resp=$(gh_api PATCH "/repos/$repo/issues/comments/$id" "$work/body.json") || warn "updating comment $id failed: $resp"
  echo "iacvet: updated comment $id on #$pr"
else
  resp=$(gh_api POST "/repos/$repo/issues/$pr/comments" "$work/body.json") || warn "posting failed: $resp"
  id=$(jq -r '.id // empty' <<<"$resp")
  echo "iacvet: posted comment $id on #$pr"
fi
if [[ -n "${GITHUB_OUTPUT:-}" ]]; then echo "comment-id=$id" >>"$GITHUB_OUTPUT"; fi
