package integration

import (
	"fmt"
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
	files := workflowFiles(t)
	files = append(files[:len(files)-1:len(files)-1], filepath.Join(repoRoot, "action.yml"))
	for _, f := range files {
		rel, _ := filepath.Rel(repoRoot, f)
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range workflowProblems(filepath.Base(f), data) {
			t.Errorf("%s: %s", rel, p)
		}
	}

	// The check is not a rubber stamp.
	const sha = "11bd71901bbe5b1630ceea73d27597364c9af683"
	for _, c := range []struct{ name, yaml, want string }{
		{"tag", "permissions: {}\njobs:\n  a:\n    permissions: {contents: read}\n    steps:\n      - uses: actions/checkout@v4\n", "is not pinned"},
		{"short sha", "permissions: {}\njobs:\n  a:\n    permissions: {contents: read}\n    steps:\n      - uses: actions/checkout@11bd719 # v4.2.2\n", "is not pinned"},
		{"no comment", "permissions: {}\njobs:\n  a:\n    permissions: {contents: read}\n    steps:\n      - uses: actions/checkout@" + sha + "\n", "no version comment"},
		{"top-level write", "permissions: write-all\njobs:\n  a:\n    permissions: {contents: read}\n    steps:\n      - uses: actions/checkout@" + sha + " # v4.2.2\n", "top-level permissions"},
		{"job without permissions", "permissions: {}\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@" + sha + " # v4.2.2\n", "has no permissions block"},
		{"job writes", "permissions: {}\njobs:\n  a:\n    permissions: {contents: write}\n    steps:\n      - uses: actions/checkout@" + sha + " # v4.2.2\n", "write permissions"},
	} {
		if got := strings.Join(workflowProblems("ci.yml", []byte(c.yaml)), "\n"); !strings.Contains(got, c.want) {
			t.Errorf("%s: problems %q, want one with %q", c.name, got, c.want)
		}
	}
}

// writeAllowed are the write permissions a job may have, by file/job.
var writeAllowed = map[string]string{
	"release.yml/release": "artifact-metadata,attestations,contents,id-token",
}

// workflowProblems lists what is wrong with a workflow (or, for
// action.yml, its uses: lines only).
func workflowProblems(name string, data []byte) []string {
	var problems []string
	usesLine := regexp.MustCompile(`(?m)^\s*(?:-\s+)?uses:\s*(\S+)(.*)$`)
	n := 0
	for _, m := range usesLine.FindAllStringSubmatch(string(data), -1) {
		n++
		if strings.HasPrefix(m[1], "./") {
			continue
		}
		if !pinnedUses.MatchString(m[1]) {
			problems = append(problems, "uses "+m[1]+" is not pinned by commit SHA")
		}
		if !regexp.MustCompile(`^\s+# v\d+\.\d+\.\d+\s*$`).MatchString(m[2]) {
			problems = append(problems, "uses "+m[1]+" has no version comment (# vX.Y.Z): "+strings.TrimSpace(m[2]))
		}
	}
	if n == 0 {
		problems = append(problems, "no uses: found")
	}
	if name == "action.yml" {
		return problems
	}
	var wf struct {
		Permissions any `yaml:"permissions"`
		Jobs        map[string]struct {
			Permissions map[string]string `yaml:"permissions"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(data, &wf); err != nil {
		return append(problems, err.Error())
	}
	if p, ok := wf.Permissions.(map[string]any); !ok || len(p) != 0 {
		problems = append(problems, fmt.Sprintf("top-level permissions %v, want {} (each job says what it needs)", wf.Permissions))
	}
	jobs := make([]string, 0, len(wf.Jobs))
	for j := range wf.Jobs {
		jobs = append(jobs, j)
	}
	sort.Strings(jobs)
	for _, j := range jobs {
		job := wf.Jobs[j]
		if job.Permissions == nil {
			problems = append(problems, "job "+j+" has no permissions block")
			continue
		}
		var write []string
		for k, v := range job.Permissions {
			if v == "write" {
				write = append(write, k)
			}
		}
		sort.Strings(write)
		if got, want := strings.Join(write, ","), writeAllowed[name+"/"+j]; got != want {
			problems = append(problems, fmt.Sprintf("job %s has write permissions %q, want %q", j, got, want))
		}
	}
	return problems
}
