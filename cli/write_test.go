package cli

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteFileAtomicFunc: a report is streamed to a temporary file and
// renamed; a failed write leaves the previous file as it was and no
// temporary file behind.
func TestWriteFileAtomicFunc(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		write   func(io.Writer) error
		want    string
		wantErr bool
	}{
		{"fails", func(w io.Writer) error { io.WriteString(w, "partial"); return errors.New("boom") }, "old", true},
		{"succeeds", func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }, "new", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := writeFileAtomicFunc(path, c.write)
			if (err != nil) != c.wantErr {
				t.Fatalf("err = %v, want error %v", err, c.wantErr)
			}
			got, _ := os.ReadFile(path)
			if string(got) != c.want {
				t.Errorf("file holds %q, want %q", got, c.want)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("%d files in the directory, want 1 (no temporary file left)", len(entries))
			}
		})
	}
}
