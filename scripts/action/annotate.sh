#!/usr/bin/env bash
# Step script of the iacvet GitHub Action (action.yml): when the findings do
# not reach code scanning (upload-sarif false, or the upload was refused), it
# prints them as workflow commands, so they show as annotations on the pull
# request, and says why in the log and the job summary. It never fails the
# job: the action's last step does that for findings.
#
# Reads: INPUT_UPLOAD_OUTCOME (the upload step's outcome: success, failure,
#   skipped; "off" for upload-sarif false), INPUT_ANNOTATIONS_FILE (from
#   scan.sh: iacvet's --format github output), GITHUB_STEP_SUMMARY.
set -euo pipefail

file="${INPUT_ANNOTATIONS_FILE:-}"
outcome="${INPUT_UPLOAD_OUTCOME:-off}"

if [[ "$outcome" == failure ]]; then
  why="code scanning refused the SARIF upload. On a private or internal repository code scanning needs GitHub Advanced Security (GitHub Code Security); a pull request from a fork, or a job without permission security-events: write, is refused too. The findings are shown as annotations and in the job summary instead; set upload-sarif: false to skip the upload."
  echo "::warning title=iacvet::$why"
  if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
    printf '\n> [!NOTE]\n> iacvet: %s\n' "$why" >>"$GITHUB_STEP_SUMMARY"
  fi
fi
if [[ -z "$file" || ! -f "$file" ]]; then
  echo "iacvet: no annotations were written"
  exit 0
fi
n=$(grep -c '^::' "$file" || true)
echo "iacvet: $n annotation(s) (GitHub shows at most 10 errors and 10 warnings of one step on the pull request; all are in this log)"
cat "$file"
