#!/usr/bin/env bash
# Last step of the iacvet GitHub Action (action.yml): fails the job with
# iacvet's exit code, after SARIF upload and the comment have run.
# Reads INPUT_EXIT_CODE and INPUT_FINDINGS (the scan step's outputs).
set -euo pipefail

code="${INPUT_EXIT_CODE:-}"
case "$code" in
0) echo "iacvet: clean" ;;
1)
  echo "::error title=iacvet::${INPUT_FINDINGS:-some} finding(s); the run fails on findings at or above fail-on (or over a cost budget)"
  exit 1
  ;;
'')
  echo "::error title=iacvet::the scan did not run"
  exit 2
  ;;
*)
  echo "::error title=iacvet::iacvet could not complete the scan (exit code $code): see the scan step's log"
  exit "$code"
  ;;
esac
