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
