#!/bin/sh
# regen-plans.sh DIR... rewrites DIR/plan.json with what Terraform writes for
# the configuration in DIR: terraform init, plan -refresh=false -out, show
# -json, offline. The provider comes from a filesystem mirror
# ($TF_PLUGIN_MIRROR, a directory holding registry.terraform.io/hashicorp/aws);
# an override file gives the aws provider fake credentials and skips every
# AWS call, so configurations with data sources that call AWS cannot be
# planned (they are reported and left alone). Example:
#   TF_PLUGIN_MIRROR=/path/to/mirror scripts/regen-plans.sh testdata/rules/*/*/
set -u
: "${TF_PLUGIN_MIRROR:?set TF_PLUGIN_MIRROR to a provider mirror directory}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/cache"
printf 'plugin_cache_dir = "%s"\nprovider_installation {\n  filesystem_mirror {\n    path    = "%s"\n    include = ["registry.terraform.io/*/*"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/*/*"]\n  }\n}\n' "$work/cache" "$TF_PLUGIN_MIRROR" >"$work/rc"
export TF_CLI_CONFIG_FILE="$work/rc" CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1 TF_PLUGIN_CACHE_DIR= TF_DATA_DIR=
status=0
for dir in "$@"; do
	dir=${dir%/}
	[ -f "$dir/plan.json" ] || continue
	tmp="$work/cfg"
	rm -rf "$tmp" && mkdir -p "$tmp"
	for f in "$dir"/*.tf "$dir"/*.tfvars; do [ -f "$f" ] && cp "$f" "$tmp/"; done
	[ -d "$dir/modules" ] && cp -r "$dir/modules" "$tmp/"
	cat >"$tmp/zz_regen_override.tf" <<'TF'
provider "aws" {
  access_key                  = "AKIAFAKEFAKEFAKEFAKE"
  secret_key                  = "fakefakefakefakefakefakefakefakefakefake"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
TF
	if ! grep -qs 'provider "aws"' "$dir"/*.tf; then
		# An override needs a block to override.
		mv "$tmp/zz_regen_override.tf" "$tmp/zz_regen_provider.tf"
	fi
	if (cd "$tmp" && terraform init -backend=false -input=false -no-color >"$work/log" 2>&1 &&
		terraform plan -refresh=false -input=false -no-color -lock=false -out tfplan >>"$work/log" 2>&1 &&
		terraform show -json tfplan >"$work/plan.json" 2>>"$work/log"); then
		cp "$work/plan.json" "$dir/plan.json"
		echo "ok     $dir"
	else
		echo "FAILED $dir (left alone):" && sed -n '/Error/,+3p' "$work/log" | head -8
		status=1
	fi
done
exit $status
