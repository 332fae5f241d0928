#!/usr/bin/env bash
# A generic CI step: plan, then vet the plan with iacvet. Exit codes:
# 0 clean, 1 findings at or above --fail-on (or over a budget), 2 input error.
# Needs terraform and iacvet on the PATH:
#   go install github.com/iacvet/iacvet/cmd/iacvet@latest
set -euo pipefail
cd "${1:-infra}"

terraform init -input=false
terraform plan -input=false -out tfplan

# Either pipe the JSON plan in ...
terraform show -json tfplan | iacvet scan - --fail-on high --output sarif=iacvet.sarif --output text=-
# ... or let iacvet run `terraform show -json` itself (terraform or tofu on the
# PATH, or IACVET_TERRAFORM naming the program):
#   iacvet scan --plan tfplan --fail-on high
