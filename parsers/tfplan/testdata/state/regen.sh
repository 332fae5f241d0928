#!/bin/sh
# Rewrites ../state.json, the output of `terraform show -json` for the
# hand-written state terraform.tfstate (resources cannot be applied offline).
# Needs terraform and the hashicorp/aws provider in a filesystem mirror:
#   TF_PLUGIN_MIRROR=<mirror dir> ./regen.sh
set -eu
cd "$(dirname "$0")"
rc=$(mktemp)
trap 'rm -rf "$rc" .terraform .terraform.lock.hcl' EXIT
printf 'provider_installation {\n  filesystem_mirror {\n    path    = "%s"\n    include = ["registry.terraform.io/*/*"]\n  }\n}\n' "$TF_PLUGIN_MIRROR" >"$rc"
export TF_CLI_CONFIG_FILE="$rc" CHECKPOINT_DISABLE=1
terraform init -backend=false -input=false -no-color >/dev/null
terraform show -json >../state.json
