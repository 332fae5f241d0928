package tfsource

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// FuzzParseFile parses one .tf file (next to a small local module and a data
// file) and checks that nothing panics and every diagnostic is positioned in
// a file.
func FuzzParseFile(f *testing.F) {
	_ = filepath.WalkDir("testdata", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".tf") {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
		return nil
	})
	f.Add([]byte(`resource "aws_instance" "x" { count = 3 }`))
	f.Fuzz(func(t *testing.T, src []byte) {
		fsys := fstest.MapFS{
			"main.tf":          {Data: src},
			"mod/main.tf":      {Data: []byte("variable \"x\" {\n  default = 1\n}\nresource \"aws_sqs_queue\" \"q\" {\n  delay = var.x\n}\noutput \"o\" {\n  value = var.x\n}\n")},
			"data/file.txt":    {Data: []byte("hello")},
			"templates/a.tmpl": {Data: []byte("${x}")},
		}
		rs, diags := ParseFS(context.Background(), fsys, "fuzz", Options{Region: "us-east-1"})
		for _, r := range rs {
			if r.Address == "" || r.Properties == nil {
				t.Fatalf("incomplete resource %+v", r)
			}
		}
		for _, d := range diags {
			if d.File == "" {
				t.Fatalf("diagnostic without a file: %v", d)
			}
		}
		_ = EnrichFS(context.Background(), rs, fsys, "fuzz", Options{})
	})
}

// FuzzEvaluate evaluates one expression (as a local value used by a
// resource, in a module with a small module and files beside it) under
// small limits: nothing panics, runs away or leaves a diagnostic without
// a file.
func FuzzEvaluate(f *testing.F) {
	for _, seed := range []string{
		`join(",", range(1000))`,
		`join(",", [for i in range(1000) : join(",", range(1000))])`,
		`length([for a in range(1000) : [for b in range(1000) : [for c in range(1000) : 1]]])`,
		`"${local.y}${local.y}"`,
		`format("%999999999d", 1)`,
		`formatlist("%s-%99999s", range(1000), "x")`,
		`replace(join("", range(1000)), "", join("", range(1000)))`,
		`indent(99999999, "a\nb")`,
		`setproduct(range(100), range(100), range(100))`,
		`flatten([for i in range(1000) : range(1000)])`,
		`strrev(join("", [for i in range(1000) : "abc"]))`,
		`templatefile("templates/a.tmpl", { x = join(",", range(1000)) })`,
		`file("data/file.txt")`, `fileexists("../x")`, `file("/proc/self/environ")`, `filebase64("data")`,
		`module.m.o`, `[[[[[[[[[[1]]]]]]]]]]`, `"${"${"${1}"}"}"`, `{ for k, v in { a = 1 } : k => v... }`,
		`concat(range(1000), range(1000), range(1000))`, `try(local.y, 1)`, `can(file("nope"))`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, expr string) {
		fsys := fstest.MapFS{
			"main.tf": {Data: []byte("locals {\n  y = \"ab\"\n  x = " + expr + "\n}\nmodule \"m\" {\n  source = \"./mod\"\n}\n" +
				"resource \"aws_sqs_queue\" \"q\" {\n  name = local.x\n  tags = { for k in [1, 2] : k => local.x }\n}\n")},
			"mod/main.tf":      {Data: []byte("output \"o\" {\n  value = 1\n}\n")},
			"data/file.txt":    {Data: []byte("hello")},
			"templates/a.tmpl": {Data: []byte("${x}")},
		}
		opts := Options{Region: "us-east-1", Limits: Limits{MaxEvalWork: 200_000, MaxString: 1 << 16, MaxCollection: 5000, MaxNesting: 64}}
		_, diags := ParseFS(context.Background(), fsys, "fuzz", opts)
		for _, d := range diags {
			if d.File == "" {
				t.Fatalf("diagnostic without a file: %v", d)
			}
		}
	})
}
