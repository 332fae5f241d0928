package cli

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/iacvet/iacvet/internal/hostile"
)

// heapBound is what one hostile case may add to the heap the process
// holds from the OS (runtime.MemStats.HeapSys only grows while the
// process runs, so its growth bounds the case's peak).
const heapBound = 1 << 30

// TestHostileCorpus runs every case of the hostile corpus through cli.Run:
// the exit code, the diagnostic, the rest of the input still scanned, the
// memory spent, nothing from outside the root in any output, and no
// program of the repository run.
func TestHostileCorpus(t *testing.T) {
	repoRoot(t)
	committed, err := filepath.Abs("testdata/hostile")
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	cases, err := hostile.Write(root, committed)
	if err != nil {
		t.Fatal(err)
	}
	// The secret is in the environment as the CI's credentials would be.
	t.Setenv("AWS_SECRET_ACCESS_KEY", hostile.Secret)
	t.Setenv("AWS_ACCESS_KEY_ID", "AKIAHOSTILECORPUS000")
	t.Setenv("PATH", filepath.Join(root, "bin")+string(os.PathListSeparator)+os.Getenv("PATH"))
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			t.Chdir(c.Dir(root))
			out := t.TempDir()
			args := append([]string{"scan", "--offline", "--no-cost",
				"--output", "text=" + filepath.Join(out, "r.txt"),
				"--output", "json=" + filepath.Join(out, "r.json"),
				"--output", "sarif=" + filepath.Join(out, "r.sarif"),
				"--output", "github=" + filepath.Join(out, "r.github"),
				"--output", "markdown=" + filepath.Join(out, "r.md"),
			}, c.Args...)
			args = append(args, c.Paths...)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			code, stdout, stderr := run(t, "", args...)
			runtime.ReadMemStats(&after)
			outputs := stdout + stderr
			for _, name := range []string{"r.txt", "r.json", "r.sarif", "r.github", "r.md"} {
				data, _ := os.ReadFile(filepath.Join(out, name))
				outputs += string(data)
			}
			report, _ := os.ReadFile(filepath.Join(out, "r.txt"))
			if code != c.Exit {
				t.Errorf("exit %d, want %d\nstderr: %s\nreport: %s", code, c.Exit, stderr, report)
			}
			if c.Diag != "" && !strings.Contains(strings.ToLower(string(report)+stderr), c.Diag) {
				t.Errorf("no diagnostic mentioning %q\nstderr: %s\nreport: %s", c.Diag, stderr, report)
			}
			for _, id := range c.Rules {
				if !strings.Contains(string(report), id) {
					t.Errorf("finding %s missing: the rest of the input was not scanned\nreport: %s", id, report)
				}
			}
			if strings.Contains(outputs, hostile.Secret) {
				t.Errorf("output holds content from outside the scanned root")
			}
			if strings.Contains(outputs, "panic") || strings.Contains(outputs, "internal error") {
				t.Errorf("internal error or panic reported\n%s", report)
			}
			if grow := after.HeapSys - min(before.HeapSys, after.HeapSys); grow > heapBound {
				t.Errorf("heap grew by %d MiB, the bound is %d MiB", grow>>20, heapBound>>20)
			}
			if c.Marker != "" {
				if _, err := os.Stat(filepath.Join(root, c.Marker)); err == nil {
					t.Errorf("a program from the repository or PATH ran (%s exists)", c.Marker)
				}
			}
		})
	}
	classes := map[string]bool{}
	for _, c := range cases {
		classes[c.Class] = true
	}
	for _, want := range []string{"fail-open", "crash", "escape", "code", "policy"} {
		if !classes[want] {
			t.Errorf("no case of class %s", want)
		}
	}
}
