#!/usr/bin/env bash
# Benchmarks recorded in BENCHMARKS.md. Usage: scripts/bench.sh [count]
# Runs the Go benchmarks (time, allocations) and measures the CLI's wall time
# and peak RSS on a generated 10,000-resource plan with /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-5}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

echo "== machine"
go version
nproc
grep -m1 'model name' /proc/cpuinfo || true

echo "== go benchmarks"
go test ./scan/ -run '^$' -bench . -benchtime 5x -benchmem -count "$count" | tee "$out/bench.txt"
for pkg in ./parsers/... ./awsdata/... ./cost/...; do
  if go list "$pkg" >/dev/null 2>&1; then
    go test "$pkg" -run '^$' -bench . -benchmem -count 1 2>/dev/null | grep -E '^(Benchmark|ok|PASS)' || true
  fi
done

echo "== CLI on a generated 10,000-resource plan (offline, all built-in policies)"
go build -o "$out/iacvet" ./cmd/iacvet
go run ./internal/plangen/cmd/plangen -n 10000 > "$out/plan.json"
ls -l "$out/plan.json" | awk '{print "plan size:", $5, "bytes"}'
for format in text json sarif; do
  for i in $(seq "$count"); do
    /usr/bin/time -f "$format: wall %e s, peak RSS %M KB" "$out/iacvet" scan "$out/plan.json" --offline --format "$format" -o "$format=$out/report.$format" -q || true
  done
done
echo "== startup (empty input directory)"
mkdir -p "$out/empty"
for i in $(seq "$count"); do
  /usr/bin/time -f "wall %e s, peak RSS %M KB" "$out/iacvet" scan "$out/empty" --offline -q || true
done
