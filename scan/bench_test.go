package scan

import (
	"context"
	"encoding/json"
	"fmt"
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

// BenchmarkScanTemplates1000 scans a directory of 1,000 CloudFormation
// templates: parsed in parallel, mapped, priced and checked with every
// built-in policy.
func BenchmarkScanTemplates1000(b *testing.B) {
	dir := templateDir(b)
	ctx := context.Background()
	s, err := NewScanner(ctx, nil, report.Tool{Name: "iacvet"})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		p, rep, err := s.Run(ctx, Options{Paths: []string{dir}, Region: "us-east-1", Cost: &CostOptions{}})
		if err != nil {
			b.Fatal(err)
		}
		if len(p.Inputs) != 1000 || len(rep.Findings) == 0 {
			b.Fatalf("%d inputs, %d findings", len(p.Inputs), len(rep.Findings))
		}
	}
}

func templateDir(b *testing.B) string {
	b.Helper()
	dir := b.TempDir()
	var fixtures [][]byte
	for _, name := range []string{"vpc.yaml", "webtier.yaml", "s3.json", "rds.yaml", "sam.yaml"} {
		data, err := os.ReadFile(filepath.Join("..", "parsers", "cfn", "testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		fixtures = append(fixtures, data)
	}
	for i := 0; i < 1000; i++ {
		ext := ".yaml"
		if i%5 == 2 {
			ext = ".json"
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("stack-%04d%s", i, ext)), fixtures[i%len(fixtures)], 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}
