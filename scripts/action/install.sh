#!/usr/bin/env bash
# Step script of the iacvet GitHub Action (action.yml): installs iacvet from
# the action's own source tree ($GITHUB_ACTION_PATH), the checkout GitHub made
# of the ref the workflow named (uses: iacvet/iacvet@REF).
#
#   install.sh key    prints the cache key and the binary directory to
#                     $GITHUB_OUTPUT (key, bin-dir) and puts the directory on
#                     $GITHUB_PATH; the key hashes the sources, so a branch ref
#                     that moves gets a new build and a pinned tag reuses one.
#   install.sh build  go install ./cmd/iacvet into that directory.
set -euo pipefail

src="${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/../.." && pwd)}"
bin_dir="${IACVET_BIN_DIR:-${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:-/tmp}}/iacvet/bin}"

sources_hash() {
  (cd "$src" && find . -type f \
      -not -path './.git/*' -not -path '*/testdata/*' -not -path './docs/*' -not -path './examples/*' \
      -not -name '*_test.go' -not -name '*.md' -print0 |
    LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
}

case "${1:-}" in
key)
  ref="${GITHUB_ACTION_REF:-local}"
  key="iacvet-${RUNNER_OS:-$(uname -s)}-${RUNNER_ARCH:-$(uname -m)}-${ref//\//-}-$(sources_hash)"
  mkdir -p "$bin_dir"
  {
    echo "key=$key"
    echo "bin-dir=$bin_dir"
  } >>"${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
  if [[ -n "${GITHUB_PATH:-}" ]]; then echo "$bin_dir" >>"$GITHUB_PATH"; fi
  echo "iacvet: cache key $key"
  ;;
build)
  version="${GITHUB_ACTION_REF:-}"
  [[ -n "$version" ]] || version="dev-$(sources_hash)"
  mkdir -p "$bin_dir"
  start=$SECONDS
  (cd "$src" && GOBIN="$bin_dir" go install -trimpath \
    -ldflags "-s -w -X github.com/iacvet/iacvet/cli.Version=$version" ./cmd/iacvet)
  echo "iacvet: built $("$bin_dir/iacvet" version) in $((SECONDS - start)) s"
  ;;
*)
  echo "usage: install.sh key|build" >&2
  exit 2
  ;;
esac
