package integration

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// workflowFiles are the repository's workflows and the example users copy.
func workflowFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(repoRoot, ".github", "workflows", "*.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 2 {
		t.Fatalf("found %d workflows under .github/workflows, want ci.yml and release.yml", len(files))
	}
	return append(files, filepath.Join(repoRoot, "examples", "github-workflow.yml"))
}

// buildTool builds a tool pinned in tools/go.mod into a temporary
// directory. The modules come from the module cache or the Go proxy.
func buildTool(t *testing.T, pkg string) string {
	t.Helper()
	dir := t.TempDir()
	cmd := exec.Command("go", "build", "-C", filepath.Join(repoRoot, "tools"), "-o", dir+string(os.PathSeparator), pkg)
	cmd.Env = env([]string{"GOFLAGS", "GOOS", "GOARCH"}, "GOFLAGS=-mod=readonly")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build %s (tools/go.mod): %v\n%s", pkg, err, out)
	}
	return filepath.Join(dir, filepath.Base(pkg))
}

// TestWorkflowsLint runs actionlint (pinned in tools/go.mod) on the
// workflows and the example workflow, and checks that it does find a
// broken workflow.
func TestWorkflowsLint(t *testing.T) {
	if testing.Short() {
		t.Skip("builds actionlint; not in -short")
	}
	actionlint := buildTool(t, "github.com/rhysd/actionlint/cmd/actionlint")
	lint := func(files ...string) (string, error) {
		// -pyflakes= : no Python linter; shellcheck runs when it is on the PATH.
		cmd := exec.Command(actionlint, append([]string{"-no-color", "-pyflakes="}, files...)...)
		cmd.Dir = repoRoot
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	if out, err := lint(workflowFiles(t)...); err != nil {
		t.Errorf("actionlint: %v\n%s", err, out)
	}
	bad := filepath.Join(t.TempDir(), "bad.yml")
	writeFiles(t, filepath.Dir(bad), map[string]string{"bad.yml": `on: push
jobs:
  x:
    runs-on: ubuntu-latest
    steps:
      - run: echo "${{ steps.nope.outputs.x }}"
        if: ${{ github.event.pull_request.head.ref == 1 }}
      - uses: actions/checkout@v4
        with:
          not-an-input: true
`})
	if out, err := lint(bad); err == nil || !strings.Contains(out, "not-an-input") {
		t.Errorf("actionlint accepts a broken workflow: %v\n%s", err, out)
	}
}

var pinnedUses = regexp.MustCompile(`^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./-]+)?@[0-9a-f]{40}$`)

// TestWorkflowsPinned checks what the release and CI workflows and the
// action itself may use: third-party actions pinned by full commit SHA with
// the version in a comment (# vX.Y.Z), no permissions at the top level and
// the least each job needs.
func TestWorkflowsPinned(t *testing.T) {
	files := append(workflowFiles(t)[:len(workflowFiles(t))-1], filepath.Join(repoRoot, "action.yml"))
	usesLine := regexp.MustCompile(`(?m)^\s*(?:-\s+)?uses:\s*(\S+)(.*)$`)
	for _, f := range files {
		rel, _ := filepath.Rel(repoRoot, f)
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, m := range usesLine.FindAllStringSubmatch(string(data), -1) {
			n++
			if strings.HasPrefix(m[1], "./") {
				continue
			}
			if !pinnedUses.MatchString(m[1]) {
				t.Errorf("%s: uses %s is not pinned by commit SHA", rel, m[1])
			}
			if !regexp.MustCompile(`^\s+# v\d+\.\d+\.\d+\s*$`).MatchString(m[2]) {
				t.Errorf("%s: uses %s has no version comment (# vX.Y.Z), got %q", rel, m[1], m[2])
			}
		}
		if n == 0 {
			t.Errorf("%s: no uses: found", rel)
		}
		if filepath.Base(f) == "action.yml" {
			continue
		}
		var wf struct {
			Permissions any `yaml:"permissions"`
			Jobs        map[string]struct {
				Permissions map[string]string `yaml:"permissions"`
			} `yaml:"jobs"`
		}
		if err := yaml.Unmarshal(data, &wf); err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		if p, ok := wf.Permissions.(map[string]any); !ok || len(p) != 0 {
			t.Errorf("%s: top-level permissions %v, want {} (each job says what it needs)", rel, wf.Permissions)
		}
		for name, job := range wf.Jobs {
			if job.Permissions == nil {
				t.Errorf("%s: job %s has no permissions block", rel, name)
			}
			var write []string
			for k, v := range job.Permissions {
				if v == "write" {
					write = append(write, k)
				}
			}
			sort.Strings(write)
			allowed := map[string]string{
				"release.yml/release": "artifact-metadata,attestations,contents,id-token",
			}
			if got, want := strings.Join(write, ","), allowed[filepath.Base(f)+"/"+name]; got != want {
				t.Errorf("%s: job %s has write permissions %q, want %q", rel, name, got, want)
			}
		}
	}
}
