package scan

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRootOf(t *testing.T) {
	base := t.TempDir()
	wd := filepath.Join(base, "repo")
	other := filepath.Join(base, "elsewhere")
	for _, d := range []string{filepath.Join(wd, "infra"), other} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(other, "t.yaml"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(wd)
	wd, _ = os.Getwd()
	tests := []struct {
		name string
		in   *input
		opts Options
		want string
	}{
		{"inside the working directory", &input{fsPath: "infra"}, Options{}, wd},
		{"the working directory itself", &input{fsPath: "."}, Options{}, wd},
		{"a directory outside", &input{fsPath: other}, Options{}, other},
		{"a file outside", &input{fsPath: filepath.Join(other, "t.yaml")}, Options{}, other},
		{"dot-dot is outside", &input{fsPath: "../elsewhere"}, Options{}, other},
		{"stdin", &input{}, Options{}, wd},
		{"--root wins", &input{fsPath: other}, Options{Root: base}, base},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rootOf(tt.in, tt.opts); got != tt.want {
				t.Errorf("rootOf = %s, want %s", got, tt.want)
			}
		})
	}
}
