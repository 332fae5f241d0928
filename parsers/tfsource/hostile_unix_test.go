//go:build unix

package tfsource

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/iacvet/iacvet/model"
)

// secret is the content of a file outside the scanned root; it must never
// appear in a result.
const secret = "TOPSECRET-5b1f0c"

// hostileDir writes files under root/ (symbolic links for values
// starting with "->", a FIFO for "|fifo") and a secret file outside it.
func hostileDir(t *testing.T, files map[string]string) (root, outside string) {
	t.Helper()
	base := t.TempDir()
	root = filepath.Join(base, "root")
	outside = filepath.Join(base, "outside", "secret.txt")
	if err := os.MkdirAll(filepath.Dir(outside), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(outside, []byte(secret), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		var err error
		switch {
		case strings.HasPrefix(data, "->"):
			target := strings.ReplaceAll(strings.TrimPrefix(data, "->"), "OUTSIDE", outside)
			err = os.Symlink(target, p)
		case data == "|fifo":
			err = syscall.Mkfifo(p, 0o644)
		default:
			err = os.WriteFile(p, []byte(data), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return root, outside
}

func nested(open, close string, n int) string {
	return strings.Repeat(open, n) + "1" + strings.Repeat(close, n)
}

func doublingLocals(n int) string {
	var b strings.Builder
	b.WriteString("locals {\n  a0 = \"xy\"\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "  a%d = \"${local.a%d}${local.a%d}\"\n", i, i-1, i-1)
	}
	b.WriteString("}\n")
	fmt.Fprintf(&b, "resource \"aws_sqs_queue\" \"q\" {\n  name = local.a%d\n}\n", n)
	return b.String()
}

func doublingLists(n int) string {
	var b strings.Builder
	b.WriteString("locals {\n  l0 = [1, 2]\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "  l%d = concat(local.l%d, local.l%d)\n", i, i-1, i-1)
	}
	b.WriteString("}\n")
	fmt.Fprintf(&b, "resource \"aws_sqs_queue\" \"q\" {\n  tags = { n = length(local.l%d) }\n}\n", n)
	return b.String()
}

const rootQueue = "resource \"aws_sqs_queue\" \"root\" {\n  name = \"root\"\n}\n"

func TestHostileInputs(t *testing.T) {
	environ, _ := os.ReadFile("/proc/self/environ")
	tests := []struct {
		name     string
		files    map[string]string
		ctx      func() context.Context
		wantErr  string         // in an error diagnostic
		wantPos  model.Position // of that diagnostic (File relative to the root); zero: not checked
		wantRes  []string       // addresses that must be reported
		property string         // of aws_sqs_queue.q, must be unknown
	}{
		{
			name:    "self-calling module",
			files:   map[string]string{"main.tf": "module \"me\" {\n  source = \"./\"\n}\n" + rootQueue},
			wantErr: "module cycle", wantPos: model.Position{File: "main.tf", Line: 1, Column: 1},
			wantRes: []string{"aws_sqs_queue.root"},
		},
		{
			name: "mutual cycle",
			files: map[string]string{
				"main.tf":   "module \"a\" {\n  source = \"./a\"\n}\n" + rootQueue,
				"a/main.tf": "module \"b\" {\n  source = \"../b\"\n}\nresource \"aws_sqs_queue\" \"a\" {}\n",
				"b/main.tf": "module \"a\" {\n  source = \"../a\"\n}\n",
			},
			wantErr: "module cycle", wantPos: model.Position{File: "b/main.tf", Line: 1, Column: 1},
			wantRes: []string{"aws_sqs_queue.root", "module.a.aws_sqs_queue.a"},
		},
		{
			name:    "100k-deep nesting .tf",
			files:   map[string]string{"deep.tf": "locals {\n  x = " + nested("[", "]", 100000) + "\n}\n", "main.tf": rootQueue},
			wantErr: "nested more than", wantPos: model.Position{File: "deep.tf", Line: 2},
			wantRes: []string{"aws_sqs_queue.root"},
		},
		{
			name:    "100k-deep nesting in interpolations",
			files:   map[string]string{"deep.tf": "locals {\n  x = " + nested(`"${`, `}"`, 100000) + "\n}\n", "main.tf": rootQueue},
			wantErr: "nested more than", wantPos: model.Position{File: "deep.tf", Line: 2},
			wantRes: []string{"aws_sqs_queue.root"},
		},
		{
			name:    "100k-deep nesting .tf.json",
			files:   map[string]string{"deep.tf.json": `{"locals": {"x": ` + nested("[", "]", 100000) + "}}", "main.tf": rootQueue},
			wantErr: "nested more than", wantPos: model.Position{File: "deep.tf.json", Line: 1},
			wantRes: []string{"aws_sqs_queue.root"},
		},
		{
			name:    "100k unary operators",
			files:   map[string]string{"deep.tf": "locals {\n  x = " + strings.Repeat("!", 100000) + "true\n}\n", "main.tf": rootQueue},
			wantErr: "nested more than", wantPos: model.Position{File: "deep.tf", Line: 2},
			wantRes: []string{"aws_sqs_queue.root"},
		},
		{
			name: "100k nested template directives",
			files: map[string]string{"deep.tf": "locals {\n  x = \"" + strings.Repeat("%{ if true }", 100000) + strings.Repeat("%{ endif }", 100000) + "\"\n}\n",
				"main.tf": rootQueue},
			wantErr: "nested more than", wantPos: model.Position{File: "deep.tf", Line: 2},
			wantRes: []string{"aws_sqs_queue.root"},
		},
		{
			name: "100k-deep nesting .tfvars",
			files: map[string]string{"terraform.tfvars": "v = " + nested("(", ")", 100000) + "\n",
				"main.tf": "variable \"v\" {}\n" + rootQueue},
			wantErr: "nested more than", wantPos: model.Position{File: "terraform.tfvars", Line: 1},
			wantRes: []string{"aws_sqs_queue.root"},
		},
		{
			name:    "64 doubling string locals",
			files:   map[string]string{"main.tf": doublingLocals(64)},
			wantErr: "limit", wantRes: []string{"aws_sqs_queue.q"}, property: "name",
		},
		{
			name:    "64 doubling list locals",
			files:   map[string]string{"main.tf": doublingLists(64)},
			wantErr: "limit", wantRes: []string{"aws_sqs_queue.q"},
		},
		{
			name: "join(range) chains",
			files: map[string]string{"main.tf": `locals {
  s0 = join(",", range(1000))
  s1 = join(",", [for i in range(1000) : local.s0])
  s2 = join(",", [for i in range(1000) : local.s1])
  s3 = join(",", [for i in range(1000) : local.s2])
}
resource "aws_sqs_queue" "q" {
  name = local.s3
}
`},
			wantErr: "limit", wantRes: []string{"aws_sqs_queue.q"}, property: "name",
		},
		{
			name:    "format width",
			files:   map[string]string{"main.tf": "resource \"aws_sqs_queue\" \"q\" {\n  name = format(\"%999999999d\", 1)\n}\n"},
			wantErr: "limit", wantPos: model.Position{File: "main.tf", Line: 2}, wantRes: []string{"aws_sqs_queue.q"}, property: "name",
		},
		{
			name: "1000^3 for",
			files: map[string]string{"main.tf": `resource "aws_sqs_queue" "q" {
  name = length(flatten([for a in range(1000) : [for b in range(1000) : [for c in range(1000) : 1]]]))
}
`},
			wantErr: "limit", wantRes: []string{"aws_sqs_queue.q"}, property: "name",
		},
		{
			name: "symlink to /proc/self/environ",
			files: map[string]string{"env": "->/proc/self/environ",
				"main.tf": "resource \"aws_sqs_queue\" \"q\" {\n  name = file(\"env\")\n}\n"},
			wantErr: "env is outside the scanned root", wantPos: model.Position{File: "main.tf", Line: 2},
			wantRes: []string{"aws_sqs_queue.q"}, property: "name",
		},
		{
			name: "symlink to a file outside the root",
			files: map[string]string{"x": "->OUTSIDE",
				"main.tf": "resource \"aws_sqs_queue\" \"q\" {\n  name = templatefile(\"x\", {})\n}\n"},
			wantErr: "x is outside the scanned root", wantPos: model.Position{File: "main.tf", Line: 2},
			wantRes: []string{"aws_sqs_queue.q"}, property: "name",
		},
		{
			name: "symlinked tfvars outside the root",
			files: map[string]string{"terraform.tfvars": "->OUTSIDE",
				"main.tf": "variable \"v\" {}\n" + rootQueue},
			wantErr: "terraform.tfvars is outside the scanned root", wantRes: []string{"aws_sqs_queue.root"},
		},
		{
			name:    "symlinked module directory outside the root",
			files:   map[string]string{"mod": "->/etc", "main.tf": "module \"m\" {\n  source = \"./mod\"\n}\n" + rootQueue},
			wantErr: "./mod is outside the scanned root", wantPos: model.Position{File: "main.tf", Line: 1},
			wantRes: []string{"aws_sqs_queue.root"},
		},
		{
			name: "fileexists outside",
			files: map[string]string{
				"main.tf": "resource \"aws_sqs_queue\" \"q\" {\n  name = fileexists(\"../outside/secret.txt\") ? \"yes\" : \"no\"\n}\n"},
			wantErr: "outside the scanned root", wantPos: model.Position{File: "main.tf", Line: 2},
			wantRes: []string{"aws_sqs_queue.q"}, property: "name",
		},
		{
			name:    "file on a FIFO",
			files:   map[string]string{"pipe": "|fifo", "main.tf": "resource \"aws_sqs_queue\" \"q\" {\n  name = filebase64(\"pipe\")\n}\n"},
			wantErr: "pipe is not a regular file", wantPos: model.Position{File: "main.tf", Line: 2},
			wantRes: []string{"aws_sqs_queue.q"}, property: "name",
		},
		{
			name:  "cancelled",
			files: map[string]string{"main.tf": rootQueue},
			ctx: func() context.Context {
				ctx, cancel := context.WithCancel(context.Background())
				cancel()
				return ctx
			},
			wantErr: "evaluation cancelled",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root, _ := hostileDir(t, tc.files)
			ctx := context.Background()
			if tc.ctx != nil {
				ctx = tc.ctx()
			}
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			rs, diags := ParseDir(ctx, root, Options{Region: "us-east-1"})
			runtime.ReadMemStats(&after)
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<30 {
				t.Errorf("allocated %d MiB", alloc>>20)
			}
			if heap := int64(after.HeapAlloc) - int64(before.HeapAlloc); heap > 512<<20 {
				t.Errorf("heap grew by %d MiB", heap>>20)
			}
			var found *model.Diagnostic
			for i, d := range diags {
				if d.Severity == model.DiagError && strings.Contains(d.Summary+" "+d.Detail, tc.wantErr) {
					found = &diags[i]
					break
				}
			}
			if found == nil {
				t.Fatalf("no error diagnostic with %q: %v", tc.wantErr, diags)
			}
			if tc.wantPos.File != "" {
				want := tc.wantPos
				want.File = filepath.ToSlash(filepath.Join(root, want.File))
				got := found.Position
				if want.Column == 0 {
					got.Column = 0
				}
				if got != want {
					t.Errorf("diagnostic at %v, want %v", got, want)
				}
			}
			byAddr := map[string]*model.Resource{}
			for _, r := range rs {
				byAddr[r.Address] = r
			}
			for _, a := range tc.wantRes {
				if byAddr[a] == nil {
					t.Errorf("resource %s not reported; have %d resources", a, len(rs))
				}
			}
			if tc.property != "" {
				if r := byAddr["aws_sqs_queue.q"]; r != nil {
					if _, ok := r.Properties[tc.property].(model.Unknown); !ok {
						t.Errorf("%s = %.80v, want unknown", tc.property, r.Properties[tc.property])
					}
				}
			}
			out := fmt.Sprintf("%#v %v", rs, diags)
			for _, r := range rs {
				out += fmt.Sprintf("%#v", r.Properties)
			}
			if strings.Contains(out, secret) {
				t.Errorf("the outside file's content is in the result")
			}
			if len(environ) > 16 && strings.Contains(out, string(environ[:16])) {
				t.Errorf("/proc/self/environ content is in the result")
			}
		})
	}
}
