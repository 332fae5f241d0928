package scan

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/iacvet/iacvet/internal/plangen"
	"github.com/iacvet/iacvet/report"
)

func writePlan(b *testing.B, n int) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "plan.json")
	if err := os.WriteFile(path, plangen.Generate(n), 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkScanPlan10k is the Core target: a 10,000-resource plan scanned
// with every built-in policy and the cost estimate, offline, as `iacvet
// scan` runs it (compiling the policies excluded: that is startup, measured
// by BenchmarkStartup).
func BenchmarkScanPlan10k(b *testing.B) {
	benchScan(b, 10000, &CostOptions{})
}

// BenchmarkScanPlan10kNoCost is the same scan without cost estimation.
func BenchmarkScanPlan10kNoCost(b *testing.B) {
	benchScan(b, 10000, nil)
}

// BenchmarkScanPlan5kCost and BenchmarkScanPlan5kNoCost measure what
// pricing a 5,000-resource plan offline adds to its scan.
func BenchmarkScanPlan5kCost(b *testing.B)   { benchScan(b, 5000, &CostOptions{}) }
func BenchmarkScanPlan5kNoCost(b *testing.B) { benchScan(b, 5000, nil) }

func benchScan(b *testing.B, n int, costs *CostOptions) {
	path := writePlan(b, n)
	ctx := context.Background()
	s, err := NewScanner(ctx, nil, report.Tool{Name: "iacvet"})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		_, rep, err := s.Run(ctx, Options{Paths: []string{path}, Region: "us-east-1", Cost: costs})
		if err != nil {
			b.Fatal(err)
		}
		if len(rep.Findings) == 0 {
			b.Fatal("no findings")
		}
	}
}

// BenchmarkDecodePlan10kFloor is the floor: decoding the same file with
// encoding/json into interface values.
func BenchmarkDecodePlan10kFloor(b *testing.B) {
	path := writePlan(b, 10000)
	b.ResetTimer()
	for b.Loop() {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStartup compiles the built-in policies and scans an empty
// input, as `iacvet scan` does before reading a plan.
func BenchmarkStartup(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	for b.Loop() {
		s, err := NewScanner(ctx, nil, report.Tool{Name: "iacvet"})
		if err != nil {
			b.Fatal(err)
		}
		p := s.Parse(ctx, Options{Paths: []string{dir}})
		if _, err := s.Eval(ctx, p, Options{}, Extra{}); err != nil {
			b.Fatal(err)
		}
	}
}
