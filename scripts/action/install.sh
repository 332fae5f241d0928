#!/usr/bin/env bash
# Step script of the iacvet GitHub Action (action.yml): installs iacvet for
# the ref the workflow named (uses: iacvet/iacvet@REF).
#
#   install.sh key      decides how and prints to $GITHUB_OUTPUT: mode
#                       (release when REF is a release tag such as v1.2.3 or
#                       a major tag such as v1, and the runner is linux,
#                       macOS or Windows on x64 or arm64; build otherwise: a
#                       branch or a commit SHA), the cache key and bin-dir,
#                       which it puts on $GITHUB_PATH. A source build's key
#                       and a major tag's key hash the sources, so a branch
#                       or a major tag that moves gets a new install.
#   install.sh release  downloads that release's archive for the runner (for a
#                       major tag, the archive of the vMAJOR.x.y release the
#                       release workflow copied to the release of the major
#                       tag, signed by the workflow run of that vMAJOR.x.y),
#                       checks it against the release's SHA256SUMS (and the
#                       cosign signature of SHA256SUMS when cosign is on the
#                       PATH) and installs the binary into bin-dir. Anything
#                       that does not verify fails the step; nothing
#                       unverified is ever run or installed.
#   install.sh build    go install ./cmd/iacvet from the action's source tree
#                       ($GITHUB_ACTION_PATH) into bin-dir.
#
# Reads: GITHUB_ACTION_REF, GITHUB_ACTION_REPOSITORY, GITHUB_SERVER_URL,
#   RUNNER_OS, RUNNER_ARCH, RUNNER_TEMP, RUNNER_TOOL_CACHE, IACVET_BIN_DIR,
#   IACVET_RELEASE_BASE_URL (where releases are downloaded from, default
#   $GITHUB_SERVER_URL/$GITHUB_ACTION_REPOSITORY/releases/download; the
#   files of release REF are at BASE/REF/NAME).
set -euo pipefail

src="${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/../.." && pwd)}"
bin_dir="${IACVET_BIN_DIR:-${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:-/tmp}}/iacvet/bin}"
ref="${GITHUB_ACTION_REF:-}"
repo="${GITHUB_ACTION_REPOSITORY:-iacvet/iacvet}"
server="${GITHUB_SERVER_URL:-https://github.com}"
base_url="${IACVET_RELEASE_BASE_URL:-$server/$repo/releases/download}"
base_url="${base_url%/}"
# Who signs SHA256SUMS: the release workflow of the action's repository,
# run for the tag, through GitHub's OIDC issuer (docs/install.md).
signer="$server/$repo/.github/workflows/release.yml@refs/tags/$ref"
oidc_issuer=https://token.actions.githubusercontent.com

fail() {
  echo "::error title=iacvet install::$*"
  exit 1
}

sources_hash() {
  (cd "$src" && find . -type f \
      -not -path './.git/*' -not -path '*/testdata/*' -not -path './docs/*' -not -path './examples/*' \
      -not -name '*_test.go' -not -name '*.md' -print0 |
    LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
}

is_release_tag() { [[ "$1" =~ ^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$ ]]; }

is_major_tag() { [[ "$1" =~ ^v(0|[1-9][0-9]*)$ ]]; }

# platform prints the release's GOOS/GOARCH for this runner, or fails.
platform() {
  local os arch
  case "${RUNNER_OS:-$(uname -s)}" in
  Linux | linux) os=linux ;;
  macOS | Darwin) os=darwin ;;
  Windows | MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) return 1 ;;
  esac
  case "${RUNNER_ARCH:-$(uname -m)}" in
  X64 | x86_64 | amd64) arch=amd64 ;;
  ARM64 | aarch64 | arm64) arch=arm64 ;;
  *) return 1 ;;
  esac
  echo "$os/$arch"
}

sha256() {
  if command -v sha256sum >/dev/null; then
    sha256sum "$1" | cut -d' ' -f1
  else
    shasum -a 256 "$1" | cut -d' ' -f1
  fi
}

# fetch NAME: downloads BASE/REF/NAME into the work directory.
fetch() {
  local url="$base_url/$ref/$1" code
  code=$(curl -sSL --retry 3 --max-time 300 -o "$work/$1" -w '%{http_code}' "$url" 2>"$work/curl.log") || code="${code:-000}"
  if [[ "$code" != 200 ]]; then
    fail "cannot download $1 of release $ref from $url (HTTP ${code:-000}$(sed -n '1s/^curl: /: /p' "$work/curl.log")). Is $ref a published release? To build from source instead, use a commit SHA or a branch as the action's ref."
  fi
}

case "${1:-}" in
key)
  mode=build
  if is_release_tag "$ref" || is_major_tag "$ref"; then
    if target=$(platform); then
      mode=release
    else
      echo "iacvet: no release archive for ${RUNNER_OS:-$(uname -s)}/${RUNNER_ARCH:-$(uname -m)}; building from source"
    fi
  fi
  if [[ $mode == release ]] && is_major_tag "$ref"; then
    # The major tag moves with every release: the action's tree tells which.
    key="iacvet-${RUNNER_OS:-$(uname -s)}-${RUNNER_ARCH:-$(uname -m)}-$ref-release-$(sources_hash)"
  elif [[ $mode == release ]]; then
    key="iacvet-${RUNNER_OS:-$(uname -s)}-${RUNNER_ARCH:-$(uname -m)}-$ref-release"
  else
    r="${ref:-local}"
    key="iacvet-${RUNNER_OS:-$(uname -s)}-${RUNNER_ARCH:-$(uname -m)}-${r//\//-}-$(sources_hash)"
  fi
  mkdir -p "$bin_dir"
  {
    echo "mode=$mode"
    echo "key=$key"
    echo "bin-dir=$bin_dir"
  } >>"${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
  if [[ -n "${GITHUB_PATH:-}" ]]; then echo "$bin_dir" >>"$GITHUB_PATH"; fi
  echo "iacvet: $mode, cache key $key"
  ;;
release)
  is_release_tag "$ref" || is_major_tag "$ref" || fail "GITHUB_ACTION_REF $ref is not a release tag"
  target=$(platform) || fail "no release archive for ${RUNNER_OS:-$(uname -s)}/${RUNNER_ARCH:-$(uname -m)}"
  goos="${target%/*}" goarch="${target#*/}"
  ext=tar.gz exe=iacvet
  if [[ $goos == windows ]]; then ext=zip exe=iacvet.exe; fi
  archive="iacvet_${ref#v}_${goos}_${goarch}.$ext"
  identity=(--certificate-identity "$signer")
  work=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/iacvet-install.XXXXXX")
  trap 'rm -rf "$work"' EXIT

  fetch SHA256SUMS
  if is_major_tag "$ref"; then
    # The release of the major tag holds the files of one vMAJOR.x.y
    # release, signed by that release's workflow run.
    names=$(awk -v re="^[*]?iacvet_${ref#v}[.](0|[1-9][0-9]*)[.](0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?_${goos}_${goarch}[.]${ext//./[.]}\$" '$2 ~ re { sub(/^[*]/, "", $2); print $2 }' "$work/SHA256SUMS")
    count=$(printf '%s\n' "$names" | awk 'NF { n++ } END { print n + 0 }')
    [[ $count == 1 ]] || fail "SHA256SUMS of $ref lists $count archives for $goos/$goarch, want one; not installing"
    archive=$names
    version="${archive#iacvet_}"
    version="v${version%_"${goos}"_"${goarch}"."$ext"}"
    signer="$server/$repo/.github/workflows/release.yml@refs/tags/$version"
    identity=(--certificate-identity "$signer")
    echo "iacvet: $ref is release $version ($archive)"
  fi
  if command -v cosign >/dev/null; then
    fetch SHA256SUMS.cosign.bundle
    if ! cosign verify-blob --bundle "$work/SHA256SUMS.cosign.bundle" \
        "${identity[@]}" --certificate-oidc-issuer "$oidc_issuer" \
        "$work/SHA256SUMS" >"$work/cosign.log" 2>&1; then
      sed 's/^/  /' "$work/cosign.log"
      fail "the signature of SHA256SUMS of $ref does not verify (cosign verify-blob, signer $signer); not installing"
    fi
    echo "iacvet: SHA256SUMS signed by $signer"
  else
    echo "iacvet: cosign is not on the PATH; checking the archive against SHA256SUMS only (run sigstore/cosign-installer before this action to check its signature too)"
  fi

  want=$(awk -v f="$archive" '$2 == f || $2 == "*" f { print $1; exit }' "$work/SHA256SUMS")
  [[ "$want" =~ ^[0-9a-f]{64}$ ]] || fail "SHA256SUMS of $ref does not list $archive; not installing"
  fetch "$archive"
  got=$(sha256 "$work/$archive")
  if [[ "$got" != "$want" ]]; then
    fail "checksum mismatch for $archive of $ref: SHA256SUMS says $want, the download has $got. The file is damaged or was tampered with; not installing it."
  fi
  echo "iacvet: $archive sha256 $got matches SHA256SUMS"

  mkdir -p "$work/x" "$bin_dir"
  if [[ $archive == *.zip ]]; then
    if command -v unzip >/dev/null; then unzip -q "$work/$archive" "$exe" -d "$work/x"; else tar -xf "$work/$archive" -C "$work/x" "$exe"; fi
  else
    tar -xzf "$work/$archive" -C "$work/x" "$exe"
  fi
  [[ -f "$work/x/$exe" ]] || fail "$archive holds no $exe"
  chmod 0755 "$work/x/$exe"
  mv -f "$work/x/$exe" "$bin_dir/$exe"
  echo "iacvet: installed $("$bin_dir/$exe" version) from release $ref"
  ;;
build)
  version="$ref"
  [[ -n "$version" ]] || version="dev-$(sources_hash)"
  mkdir -p "$bin_dir"
  start=$SECONDS
  (cd "$src" && GOBIN="$bin_dir" go install -trimpath \
    -ldflags "-s -w -X github.com/iacvet/iacvet/cli.Version=$version" ./cmd/iacvet)
  echo "iacvet: built $("$bin_dir/iacvet" version) in $((SECONDS - start)) s"
  ;;
*)
  echo "usage: install.sh key|release|build" >&2
  exit 2
  ;;
esac
