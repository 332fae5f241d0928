#!/usr/bin/env bash
# release.sh VERSION [GOOS/GOARCH...] builds the files of an iacvet release
# into dist/ (or $IACVET_RELEASE_DIR), from the committed tree of HEAD (or
# $IACVET_RELEASE_COMMIT), never from uncommitted changes:
#
#   iacvet_X.Y.Z_GOOS_GOARCH.tar.gz   (.zip for windows) iacvet and README.md
#   iacvet_X.Y.Z_GOOS_GOARCH.cdx.json CycloneDX SBOM of that binary
#   SHA256SUMS                        sha256sum -c format, for all of them
#
# VERSION is the release tag (v1.2.3, v1.2.3-rc.1); it and the commit are
# stamped into the binary (iacvet version). Without targets: linux, darwin
# and windows on amd64 and arm64. Plain Go cross-compilation; the SBOM tool
# is pinned in tools/go.mod. The same commit gives the same bytes: the build
# runs in a fresh clone with -trimpath, no VCS stamping and no C toolchain,
# and archive members carry the commit's time and no owner.
set -euo pipefail

die() {
  echo "release.sh: $*" >&2
  exit 2
}

[[ $# -ge 1 ]] || die "usage: release.sh VERSION [GOOS/GOARCH...]"
version="$1"
shift
[[ "$version" =~ ^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$ ]] ||
  die "VERSION must be a release tag such as v1.2.3 or v1.2.3-rc.1, not $version"
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64)
for t in "${targets[@]}"; do
  [[ "$t" =~ ^(linux|darwin|windows)/(amd64|arm64)$ ]] || die "unsupported target $t (want GOOS/GOARCH among linux, darwin, windows and amd64, arm64)"
done

root=$(cd "$(dirname "$0")/.." && pwd)
out="${IACVET_RELEASE_DIR:-$root/dist}"
commit=$(git -C "$root" rev-parse --verify "${IACVET_RELEASE_COMMIT:-HEAD}^{commit}") || die "no commit to release"
epoch=$(git -C "$root" show -s --format=%ct "$commit")
if [[ -z "${IACVET_RELEASE_COMMIT:-}" && -n "$(git -C "$root" status --porcelain --untracked-files=no)" ]]; then
  echo "release.sh: warning: the working tree has uncommitted changes; releasing the committed $commit" >&2
fi

if [[ -d "$out" && -n "$(ls -A "$out")" ]]; then
  die "$out is not empty; remove it or set IACVET_RELEASE_DIR"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/iacvet-release.XXXXXX")
trap 'rm -rf "$work"' EXIT

# A clean clone of the commit, tagged VERSION, so the SBOM tool (which reads
# the module's version from git) names the release.
git clone -q --no-checkout "$root" "$work/src"
git -C "$work/src" -c advice.detachedHead=false checkout -q "$commit"
git -C "$work/src" tag -f "$version" "$commit" >/dev/null
src="$work/src"

# Only the toolchain and the modules in go.sum: no environment leaking in.
export CGO_ENABLED=0 GOFLAGS=-mod=readonly GOWORK=off GOEXPERIMENT='' GOAMD64='' GOARM64='' GOTOOLCHAIN="${GOTOOLCHAIN:-local}"
unset GOOS GOARCH

go build -C "$src" -trimpath -buildvcs=false -o "$work/bin/" ./internal/release/cmd/release
go build -C "$src/tools" -trimpath -buildvcs=false -o "$work/bin/" github.com/CycloneDX/cyclonedx-gomod/cmd/cyclonedx-gomod

ldflags="-s -w -buildid= -X github.com/iacvet/iacvet/cli.Version=$version -X github.com/iacvet/iacvet/cli.Commit=$commit"
mkdir -p "$out"
for t in "${targets[@]}"; do
  goos="${t%/*}" goarch="${t#*/}"
  name="iacvet_${version#v}_${goos}_${goarch}"
  exe=iacvet
  ext=tar.gz
  if [[ "$goos" == windows ]]; then exe=iacvet.exe ext=zip; fi
  stage="$work/stage/$name"
  mkdir -p "$stage"
  GOOS="$goos" GOARCH="$goarch" go build -C "$src" -trimpath -buildvcs=false -ldflags "$ldflags" -o "$stage/$exe" ./cmd/iacvet
  cp "$src/README.md" "$stage/"
  "$work/bin/release" archive -mtime "$epoch" "$out/$name.$ext" "$stage"
  (cd "$src" && GOOS="$goos" GOARCH="$goarch" GOFLAGS="-mod=readonly -trimpath -buildvcs=false" \
    "$work/bin/cyclonedx-gomod" app -json -licenses -noserial -notimestamp -main cmd/iacvet \
    -output "$out/$name.cdx.json" . 2>"$work/sbom.log") || { cat "$work/sbom.log" >&2; die "SBOM for $t failed"; }
  echo "release.sh: $name.$ext"
done
"$work/bin/release" sums "$out"
echo "release.sh: $version ($commit) in $out"
