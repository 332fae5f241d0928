package safefs

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestReadFile(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "repo")
	outside := filepath.Join(base, "outside")
	for _, d := range []string{root, outside, filepath.Join(root, "sub")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p, s string) {
		t.Helper()
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(root, "ok.txt"), "inside")
	write(filepath.Join(root, "big.txt"), strings.Repeat("x", 100))
	write(filepath.Join(outside, "secret.txt"), "AWS_SECRET_ACCESS_KEY=abc")
	link := func(target, name string) {
		t.Helper()
		if err := os.Symlink(target, filepath.Join(root, name)); err != nil {
			t.Skip("symlinks not supported:", err)
		}
	}
	link(filepath.Join(outside, "secret.txt"), "abs-out")
	link("../outside/secret.txt", "rel-out")
	link("/proc/self/environ", "environ")
	link(filepath.Join(root, "ok.txt"), "abs-in")
	link("sub/../ok.txt", "rel-in")
	link("../outside", "dir-out")
	if err := syscall.Mkfifo(filepath.Join(root, "fifo"), 0o644); err != nil {
		t.Log("no fifo:", err)
	}

	tests := []struct {
		name    string
		path    string
		want    string
		wantErr error
	}{
		{"plain", filepath.Join(root, "ok.txt"), "inside", nil},
		{"absolute symlink inside", filepath.Join(root, "abs-in"), "inside", nil},
		{"relative symlink inside", filepath.Join(root, "rel-in"), "inside", nil},
		{"dot-dot out", filepath.Join(root, "sub", "..", "..", "outside", "secret.txt"), "", ErrOutside},
		{"absolute symlink out", filepath.Join(root, "abs-out"), "", ErrOutside},
		{"relative symlink out", filepath.Join(root, "rel-out"), "", ErrOutside},
		{"proc environ", filepath.Join(root, "environ"), "", ErrOutside},
		{"through a symlinked directory", filepath.Join(root, "dir-out", "secret.txt"), "", ErrOutside},
		{"absolute path out", "/etc/passwd", "", ErrOutside},
		{"directory", filepath.Join(root, "sub"), "", ErrNotRegular},
		{"too large", filepath.Join(root, "big.txt"), "", ErrTooLarge},
		{"missing", filepath.Join(root, "nope.txt"), "", fs.ErrNotExist},
	}
	if _, err := os.Lstat(filepath.Join(root, "fifo")); err == nil {
		tests = append(tests, struct {
			name    string
			path    string
			want    string
			wantErr error
		}{"fifo", filepath.Join(root, "fifo"), "", ErrNotRegular})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadFile(root, tt.path, 50)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				if strings.Contains(err.Error(), "AWS_SECRET") || strings.Contains(err.Error(), "abc") {
					t.Fatalf("error leaks content: %v", err)
				}
				if !strings.Contains(err.Error(), tt.path) {
					t.Errorf("error %q does not name the path as written", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDir(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "repo")
	if err := os.MkdirAll(filepath.Join(root, "modules", "vpc"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(base, "outside"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Dir(root, filepath.Join(root, "modules", "vpc")); err != nil {
		t.Errorf("inside: %v", err)
	}
	if _, err := Dir(root, filepath.Join(root, "modules", "..", "..", "outside")); !errors.Is(err, ErrOutside) {
		t.Errorf("outside: err = %v", err)
	}
	if _, err := Dir("", root); err == nil {
		t.Error("empty root accepted")
	}
}
