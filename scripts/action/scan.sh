#!/usr/bin/env bash
# Step script of the iacvet GitHub Action (action.yml): runs the scan and
# publishes its results the way GitHub expects them.
#
# Reads (action.yml maps each input to one variable):
#   INPUT_PATHS INPUT_PLAN INPUT_CONFIG INPUT_POLICY INPUT_FAIL_ON INPUT_REGION
#   INPUT_OFFLINE INPUT_MAX_MONTHLY_COST INPUT_MAX_MONTHLY_INCREASE INPUT_SARIF_FILE
#   GITHUB_WORKSPACE (scans run there, so SARIF paths are repository-relative),
#   RUNNER_TEMP, IACVET (the program, default iacvet on the PATH).
# Writes:
#   $GITHUB_OUTPUT        findings, cost-delta, sarif-file, exit-code, json-file,
#                         markdown-file, comment-file, annotations-file (workflow
#                         commands for annotate.sh)
#   $GITHUB_STEP_SUMMARY  the markdown report (findings by severity, cost table)
# It never fails on findings: it records iacvet's exit code (exit-code) so
# that SARIF upload and the comment still run; the action's last step fails.
set -euo pipefail

: "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
iacvet="${IACVET:-iacvet}"
if ! command -v jq >/dev/null; then
  echo "::error::iacvet action: jq is required (GitHub-hosted runners have it; on your own runner: apt-get install jq)"
  exit 2
fi
cd "${GITHUB_WORKSPACE:-.}"
work=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/iacvet.XXXXXX")

# items prints a list input one item a line: one per line when the value has
# several lines (so paths may hold spaces), else split on blanks.
items() {
  local v="$1" line
  if [[ "$v" == *$'\n'* ]]; then
    while IFS= read -r line; do
      line="${line#"${line%%[![:space:]]*}"}"
      line="${line%"${line##*[![:space:]]}"}"
      [[ -n "$line" ]] && printf '%s\n' "$line"
    done <<<"$v"
  else
    local -a words
    read -r -a words <<<"$v" || true
    [[ ${#words[@]} -gt 0 ]] && printf '%s\n' "${words[@]}"
  fi
  return 0
}

is_true() { case "${1,,}" in true | yes | on | 1) return 0 ;; esac; return 1; }

has_aws_credentials() {
  [[ -n "${AWS_ACCESS_KEY_ID:-}" || -n "${AWS_PROFILE:-}" || -n "${AWS_WEB_IDENTITY_TOKEN_FILE:-}" ||
     -n "${AWS_CONTAINER_CREDENTIALS_FULL_URI:-}" || -n "${AWS_CONTAINER_CREDENTIALS_RELATIVE_URI:-}" ]]
}

args=(scan --no-color)
targets=()
if [[ -n "${INPUT_PLAN:-}" ]]; then
  # A plan file: plan JSON, or a binary plan (terraform plan -out) that
  # iacvet reads with terraform show -json. That starts the provider plugins
  # the workflow's own terraform init installed, which this workflow already
  # ran, so it is allowed here (iacvet runs it with a cleared environment).
  targets+=("$INPUT_PLAN")
  args+=(--allow-terraform-show)
fi
while IFS= read -r p; do targets+=("$p"); done < <(items "${INPUT_PATHS:-}")
[[ ${#targets[@]} -gt 0 ]] || targets=(.)

[[ -z "${INPUT_CONFIG:-}" ]] || args+=(--config "$INPUT_CONFIG")
while IFS= read -r p; do args+=(--policy "$p"); done < <(items "${INPUT_POLICY:-}")
[[ -z "${INPUT_FAIL_ON:-}" ]] || args+=(--fail-on "$INPUT_FAIL_ON")
[[ -z "${INPUT_REGION:-}" ]] || args+=(--region "$INPUT_REGION")
offline="${INPUT_OFFLINE:-auto}"
if [[ "${offline,,}" == auto ]]; then
  if has_aws_credentials; then offline=false; else offline=true; fi
fi
if is_true "$offline"; then
  args+=(--offline)
  echo "iacvet: offline: built-in data only"
else
  echo "iacvet: live AWS lookups with the runner's credentials"
fi
[[ -z "${INPUT_MAX_MONTHLY_COST:-}" ]] || args+=(--max-monthly-cost "$INPUT_MAX_MONTHLY_COST")
[[ -z "${INPUT_MAX_MONTHLY_INCREASE:-}" ]] || args+=(--max-monthly-increase "$INPUT_MAX_MONTHLY_INCREASE")

sarif="${INPUT_SARIF_FILE:-iacvet.sarif}"
json="$work/report.json"
markdown="$work/summary.md"
annotations="$work/annotations.txt"
mkdir -p "$(dirname "$sarif")"
rm -f "$sarif"
args+=(--output "text=-" --output "sarif=$sarif" --output "json=$json" --output "markdown=$markdown" --output "github=$annotations")

echo "+ $iacvet ${args[*]} ${targets[*]}"
set +e
"$iacvet" "${args[@]}" -- "${targets[@]}" 2>"$work/stderr"
code=$?
set -e
cat "$work/stderr" >&2

findings=""
cost_delta=""
if [[ -s "$json" ]]; then
  findings=$(jq -r '.summary.findings' "$json")
  delta=$(jq -r '.cost.delta // empty' "$json")
  [[ -z "$delta" ]] || cost_delta=$(LC_ALL=C printf '%.2f' "$delta")
fi

# The summary: iacvet's markdown, then what went wrong when it could not
# finish (exit 2).
{
  if [[ -s "$markdown" ]]; then
    cat "$markdown"
  else
    printf '## iacvet\n\n'
  fi
  if [[ $code -ge 2 ]]; then
    printf '\n**iacvet could not complete the scan (exit code %d):**\n\n```\n' "$code"
    if [[ -s "$json" ]]; then
      jq -r '.diagnostics[]? | select(.severity == "error") | "\(.file // "")\(if .line then ":\(.line)" else "" end): \(.summary)\(if .detail then ": \(.detail)" else "" end)"' "$json" | head -n 30
    fi
    tail -n 30 "$work/stderr"
    printf '```\n'
  fi
} >"$work/summary-full.md"
if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
  cat "$work/summary-full.md" >>"$GITHUB_STEP_SUMMARY"
fi
# The pull-request comment carries a hidden marker to find it again.
{
  printf '<!-- iacvet -->\n'
  cat "$work/summary-full.md"
  if [[ -n "${GITHUB_SERVER_URL:-}" && -n "${GITHUB_REPOSITORY:-}" && -n "${GITHUB_RUN_ID:-}" ]]; then
    printf '\n<sub>[iacvet run](%s/%s/actions/runs/%s)</sub>\n' "$GITHUB_SERVER_URL" "$GITHUB_REPOSITORY" "$GITHUB_RUN_ID"
  fi
} >"$work/comment.md"

sarif_out=""
[[ ! -s "$sarif" ]] || sarif_out="$sarif"
{
  echo "findings=$findings"
  echo "cost-delta=$cost_delta"
  echo "sarif-file=$sarif_out"
  echo "exit-code=$code"
  echo "json-file=$json"
  echo "markdown-file=$markdown"
  echo "annotations-file=$([[ -f "$annotations" ]] && echo "$annotations")"
  echo "comment-file=$work/comment.md"
} >>"$GITHUB_OUTPUT"
echo "iacvet: exit code $code, ${findings:-no} finding(s), monthly cost delta ${cost_delta:-n/a}"
