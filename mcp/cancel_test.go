package mcp

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// slowPolicy takes minutes per bucket unless its evaluation is cancelled.
const slowPolicy = `# METADATA
# title: Slow
# custom:
#   id: TEST-SLOW-001
#   severity: low
#   resource_types: [AWS::S3::Bucket]
package test.slow

import data.iacvet.lib

deny contains lib.finding(r, "slow", "Tags") if {
	some r in input.resources
	some i in numbers.range(1, 20000)
	some j in numbers.range(1, 20000)
	i * j == -1
}
`

// TestTimeoutStopsWork: a call over its deadline is answered with an
// error, and the work it abandons stops (cancellation reaches rule
// evaluation) and removes its temporary directory.
func TestTimeoutStopsWork(t *testing.T) {
	root := t.TempDir()
	pol := filepath.Join(root, "policies")
	if err := os.MkdirAll(pol, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(pol, "slow.rego"), []byte(slowPolicy), 0o644); err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	srv, err := New(context.Background(), Options{Root: root, Policies: []string{pol}, Tool: testTool, Timeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = srv.Scan(context.Background(), ScanInput{Kind: KindTerraform, Content: "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n"})
	if err == nil || !strings.Contains(err.Error(), "deadline") {
		t.Fatalf("Scan = %v, want a deadline error", err)
	}
	stopped := make(chan struct{})
	go func() { srv.work.Wait(); close(stopped) }()
	select {
	case <-stopped:
	case <-time.After(20 * time.Second):
		t.Fatal("the abandoned scan still runs 20 s after its deadline")
	}
	if d := time.Since(start); d > 15*time.Second {
		t.Errorf("the abandoned scan took %s to stop", d)
	}
	left, _ := os.ReadDir(tmp)
	for _, e := range left {
		if strings.HasPrefix(e.Name(), "iacvet-mcp-") {
			t.Errorf("temporary directory %s left behind", e.Name())
		}
	}
}
