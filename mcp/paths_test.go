package mcp

import (
	"os"
	"path/filepath"
	"testing"
)

// confineTree builds base/root with a file, a link inside and links out,
// and base/outside.
func confineTree(t testing.TB) (root, realRoot string) {
	base := t.TempDir()
	root = filepath.Join(base, "root")
	for _, dir := range []string{filepath.Join(root, "a", "b"), filepath.Join(base, "outside")} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{filepath.Join(root, "a", "b", "main.tf"), filepath.Join(base, "outside", "secret.tf")} {
		if err := os.WriteFile(f, []byte("# x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for link, target := range map[string]string{
		filepath.Join(root, "in"):       filepath.Join(root, "a"),
		filepath.Join(root, "out"):      filepath.Join(base, "outside"),
		filepath.Join(root, "a", "up"):  "../..",
		filepath.Join(root, "a", "top"): "/",
		filepath.Join(root, "loop"):     "loop",
	} {
		if err := os.Symlink(target, link); err != nil {
			t.Fatal(err)
		}
	}
	realRoot, err := realDir(root)
	if err != nil {
		t.Fatal(err)
	}
	return root, realRoot
}

func TestConfine(t *testing.T) {
	root, realRoot := confineTree(t)
	for _, tc := range []struct {
		path string
		want string // relative to the root; "" means refused
	}{
		{"a/b/main.tf", "a/b/main.tf"},
		{"./a/b/main.tf", "a/b/main.tf"},
		{"a//b/", "a/b"},
		{"in/b/main.tf", "a/b/main.tf"},
		{".", "."},
		{root, "."},
		{filepath.Join(root, "a"), "a"},
		{"", ""},
		{"..", ""},
		{"a/..", ""},
		{"out/secret.tf", ""},
		{"out", ""},
		{"a/up", ""},
		{"a/up/outside/secret.tf", ""},
		{"a/top/etc/passwd", ""},
		{"loop", ""},
		{"/etc/passwd", ""},
		{filepath.Dir(root), ""},
		{root + "x", ""}, // a sibling that shares the root's prefix
		{"a/b/missing.tf", ""},
		{"a\x00b", ""},
	} {
		got, err := confine(root, realRoot, tc.path)
		if tc.want == "" {
			if err == nil {
				t.Errorf("confine(%q) = %s, want refused", tc.path, got)
			}
			continue
		}
		if err != nil {
			t.Errorf("confine(%q): %v", tc.path, err)
			continue
		}
		if want := filepath.Join(realRoot, tc.want); got != want {
			t.Errorf("confine(%q) = %s, want %s", tc.path, got, want)
		}
	}
}

// FuzzConfine: whatever the path, an accepted one resolves inside the root.
func FuzzConfine(f *testing.F) {
	for _, seed := range []string{"a/b/main.tf", "in/b", "out/secret.tf", "a/up/outside", "../x", "/etc", ".", "a/top/tmp", "loop", "a/./b/../b"} {
		f.Add(seed)
	}
	root, realRoot := confineTree(f)
	f.Fuzz(func(t *testing.T, p string) {
		got, err := confine(root, realRoot, p)
		if err != nil {
			return
		}
		if !within(realRoot, got) {
			t.Fatalf("confine(%q) = %s, outside %s", p, got, realRoot)
		}
		if real, err := filepath.EvalSymlinks(got); err != nil || real != got {
			t.Fatalf("confine(%q) = %s, which is not a resolved path (%s, %v)", p, got, real, err)
		}
	})
}
