package mcp

import (
	"archive/zip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iacvet/iacvet/model"
)

// TestBinaryPlanNeverRunsTerraform: the MCP server never runs terraform
// show (it would start the root's provider plugins); a binary plan is an
// error diagnostic.
func TestBinaryPlanNeverRunsTerraform(t *testing.T) {
	root, bin := t.TempDir(), t.TempDir()
	f, err := os.Create(filepath.Join(root, "tfplan"))
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	w, _ := zw.Create("tfplan")
	w.Write([]byte("opaque"))
	zw.Close()
	f.Close()
	ran := filepath.Join(bin, "ran")
	if err := os.WriteFile(filepath.Join(bin, "terraform"), []byte("#!/bin/sh\necho ran > '"+ran+"'\necho '{}'\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	t.Setenv("IACVET_TERRAFORM", "")
	srv, err := New(context.Background(), Options{Root: root, Tool: testTool})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := srv.Scan(context.Background(), ScanInput{Path: "tfplan"})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range doc.Diagnostics {
		if d.Severity == model.DiagError && strings.Contains(d.Summary, "binary plan not read") {
			found = true
		}
	}
	if !found {
		t.Errorf("diagnostics %v, want the binary plan refused", doc.Diagnostics)
	}
	if _, err := os.Stat(ran); !os.IsNotExist(err) {
		t.Errorf("terraform ran: %v", err)
	}
}
