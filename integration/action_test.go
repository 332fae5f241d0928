package integration

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"
)

// loadAction reads action.yml as JSON-like values.
func loadAction(t *testing.T, path string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return doc
}

func actionSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "github-action.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("github-action.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("github-action.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestActionMetadata validates action.yml against the action metadata
// schema and checks that its steps and inputs fit together: every input
// reaches a step, every step script exists and is executable, and the
// schema itself rejects broken metadata.
func TestActionMetadata(t *testing.T) {
	schema := actionSchema(t)
	action := loadAction(t, filepath.Join(repoRoot, "action.yml"))
	if err := schema.Validate(action); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	raw, err := os.ReadFile(filepath.Join(repoRoot, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	inputs := action["inputs"].(map[string]any)
	for name := range inputs {
		if !bytes.Contains(raw, []byte("inputs."+name+" ")) && !bytes.Contains(raw, []byte("inputs."+name+" }}")) {
			t.Errorf("input %s is not used by any step", name)
		}
	}
	for _, m := range regexp.MustCompile(`\$GITHUB_ACTION_PATH/(scripts/action/[a-z-]+\.sh)`).FindAllSubmatch(raw, -1) {
		st, err := os.Stat(filepath.Join(repoRoot, string(m[1])))
		if err != nil {
			t.Errorf("step script: %v", err)
		} else if st.Mode()&0o111 == 0 {
			t.Errorf("%s is not executable", m[1])
		}
	}
	for _, m := range regexp.MustCompile(`steps\.scan\.outputs\.([a-z-]+)`).FindAllSubmatch(raw, -1) {
		script, _ := os.ReadFile(filepath.Join(repoRoot, "scripts/action/scan.sh"))
		if !bytes.Contains(script, []byte(`echo "`+string(m[1])+`=`)) {
			t.Errorf("action.yml reads steps.scan.outputs.%s, which scan.sh does not write", m[1])
		}
	}

	// The schema is not a rubber stamp.
	bad := []struct{ name, yaml string }{
		{"run step without shell", "name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: echo\n"},
		{"output without value", "name: x\ndescription: y\noutputs:\n  o:\n    description: d\nruns:\n  using: composite\n  steps:\n    - uses: actions/checkout@v4\n"},
		{"input without description", "name: x\ndescription: y\ninputs:\n  i:\n    default: a\nruns:\n  using: composite\n  steps:\n    - uses: actions/checkout@v4\n"},
		{"unpinned uses", "name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - uses: actions/checkout\n"},
		{"unknown key", "name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - uses: actions/checkout@v4\n      runs-on: linux\n"},
	}
	for _, b := range bad {
		var doc any
		if err := yaml.Unmarshal([]byte(b.yaml), &doc); err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(doc); err == nil {
			t.Errorf("schema accepts %s", b.name)
		}
	}
}

// step runs one of the action's step scripts on the host the way the
// runner does: bash, GitHub's environment files and INPUT_* variables.
type step struct {
	t         *testing.T
	workspace string
	dir       string // holds the environment files
}

func newStep(t *testing.T, workspace string) *step {
	return &step{t: t, workspace: workspace, dir: t.TempDir()}
}

func (s *step) run(script string, vars map[string]string) (code int, output string) {
	s.t.Helper()
	cmd := exec.Command("bash", filepath.Join(repoRoot, "scripts", "action", script))
	cmd.Dir = s.workspace
	extra := []string{
		"GITHUB_ACTIONS=true",
		"GITHUB_WORKSPACE=" + s.workspace,
		"GITHUB_OUTPUT=" + filepath.Join(s.dir, "output"),
		"GITHUB_STEP_SUMMARY=" + filepath.Join(s.dir, "summary"),
		"GITHUB_PATH=" + filepath.Join(s.dir, "path"),
		"GITHUB_ACTION_PATH=" + repoRoot,
		"GITHUB_REPOSITORY=acme/infra",
		"GITHUB_SERVER_URL=https://github.example",
		"GITHUB_RUN_ID=42",
		"RUNNER_TEMP=" + s.dir,
		"IACVET=" + iacvetBin,
		"NO_COLOR=1",
	}
	keys := make([]string, 0, len(vars))
	for k := range vars {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		extra = append(extra, k+"="+vars[k])
	}
	cmd.Env = env(githubDrop, extra...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode(), string(out)
		}
		s.t.Fatalf("%s: %v\n%s", script, err, out)
	}
	return 0, string(out)
}

// outputs parses $GITHUB_OUTPUT (name=value lines; the last one wins).
func (s *step) outputs() map[string]string {
	s.t.Helper()
	data, err := os.ReadFile(filepath.Join(s.dir, "output"))
	if err != nil {
		s.t.Fatal(err)
	}
	out := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		k, v, ok := strings.Cut(line, "=")
		if !ok || strings.Contains(k, "<<") {
			s.t.Fatalf("GITHUB_OUTPUT line %q is not name=value", line)
		}
		out[k] = v
	}
	return out
}

func (s *step) summary() string {
	data, _ := os.ReadFile(filepath.Join(s.dir, "summary"))
	return string(data)
}

// jsonReport runs iacvet directly for the figures the action must report.
type jsonReport struct {
	Summary struct {
		Findings int `json:"findings"`
	} `json:"summary"`
	Cost *struct {
		Delta float64 `json:"delta"`
	} `json:"cost"`
}

func scanJSON(t *testing.T, dir string, args ...string) jsonReport {
	t.Helper()
	cmd := exec.Command(iacvetBin, append([]string{"scan", "--format", "json"}, args...)...)
	cmd.Dir = dir
	cmd.Env = env(githubDrop, "NO_COLOR=1")
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() > 1) {
		t.Fatalf("iacvet scan: %v\n%s", err, out)
	}
	var r jsonReport
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// workspace makes a repository checkout with the example Terraform
// configuration and its plan under infra/, and a clean plan under clean/.
func workspace(t *testing.T) string {
	ws := t.TempDir()
	copyTree(t, filepath.Join(repoRoot, "examples", "terraform"), filepath.Join(ws, "infra"))
	copyTree(t, filepath.Join(repoRoot, "testdata", "plans", "clean"), filepath.Join(ws, "clean"))
	return ws
}

// TestActionScan runs scan.sh and finish.sh the way the composite action
// does and checks the outputs, the job summary and the SARIF file.
func TestActionScan(t *testing.T) {
	ws := workspace(t)
	bad := scanJSON(t, ws, "--offline", "--max-monthly-increase", "50", "infra/plan.json")
	if bad.Summary.Findings == 0 || bad.Cost == nil {
		t.Fatalf("the example plan should have findings and a cost estimate: %+v", bad)
	}
	noBudget := scanJSON(t, ws, "--offline", "--fail-on", "none", "infra/plan.json")
	clean := scanJSON(t, ws, "--offline", "clean/plan.json")

	tests := []struct {
		name         string
		inputs       map[string]string
		wantCode     int
		wantFindings string
		wantDelta    string
		wantSARIF    string // "" when no SARIF is expected
		wantResults  bool
		wantSummary  []string
	}{
		{
			name:         "plan with findings over budget",
			inputs:       map[string]string{"INPUT_PLAN": "infra/plan.json", "INPUT_MAX_MONTHLY_INCREASE": "50", "INPUT_OFFLINE": "auto", "INPUT_SARIF_FILE": "results/iacvet.sarif"},
			wantCode:     1,
			wantFindings: strconv.Itoa(bad.Summary.Findings),
			wantDelta:    fmt.Sprintf("%.2f", bad.Cost.Delta),
			wantSARIF:    "results/iacvet.sarif",
			wantResults:  true,
			wantSummary:  []string{"## iacvet", "| critical |", "AWS-EC2-001", "AWS-COST-002", "### Monthly cost", "infra/main.tf:"},
		},
		{
			name:         "clean plan",
			inputs:       map[string]string{"INPUT_PATHS": "clean/plan.json", "INPUT_OFFLINE": "true"},
			wantCode:     0,
			wantFindings: strconv.Itoa(clean.Summary.Findings),
			wantDelta:    deltaOf(clean),
			wantSARIF:    "iacvet.sarif",
			wantSummary:  []string{"## iacvet", "| critical | 0 |"},
		},
		{
			name:         "fail-on none",
			inputs:       map[string]string{"INPUT_PATHS": "infra/plan.json", "INPUT_FAIL_ON": "none"},
			wantCode:     0,
			wantFindings: strconv.Itoa(noBudget.Summary.Findings),
			wantDelta:    deltaOf(noBudget),
			wantSARIF:    "iacvet.sarif",
			wantResults:  true,
			wantSummary:  []string{"## iacvet"},
		},
		{
			name:         "missing input",
			inputs:       map[string]string{"INPUT_PATHS": "nowhere/plan.json"},
			wantCode:     2,
			wantFindings: "0",
			wantDelta:    "-", // not checked
			wantSARIF:    "iacvet.sarif",
			wantSummary:  []string{"## iacvet", "could not complete the scan (exit code 2)", "nowhere/plan.json"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStep(t, ws)
			if code, out := s.run("scan.sh", tt.inputs); code != 0 {
				t.Fatalf("scan.sh exited %d (it must not fail on findings):\n%s", code, out)
			}
			got := s.outputs()
			want := map[string]string{"exit-code": strconv.Itoa(tt.wantCode), "findings": tt.wantFindings, "cost-delta": tt.wantDelta, "sarif-file": tt.wantSARIF}
			for k := range want {
				if want[k] != "-" && got[k] != want[k] {
					t.Errorf("output %s = %q, want %q", k, got[k], want[k])
				}
			}
			sum := s.summary()
			for _, w := range tt.wantSummary {
				if !strings.Contains(sum, w) {
					t.Errorf("job summary lacks %q:\n%s", w, sum)
				}
			}
			comment, err := os.ReadFile(got["comment-file"])
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(comment), "<!-- iacvet -->\n## iacvet") || !strings.Contains(string(comment), "https://github.example/acme/infra/actions/runs/42") {
				t.Errorf("comment body:\n%s", comment)
			}
			if tt.wantSARIF != "" {
				checkSARIF(t, filepath.Join(ws, tt.wantSARIF), tt.wantResults)
			}
			code, out := s.run("finish.sh", map[string]string{"INPUT_EXIT_CODE": got["exit-code"], "INPUT_FINDINGS": got["findings"]})
			if code != tt.wantCode {
				t.Errorf("finish.sh exited %d, want %d:\n%s", code, tt.wantCode, out)
			}
			if code != 0 && !strings.Contains(out, "::error title=iacvet::") {
				t.Errorf("finish.sh printed no error annotation:\n%s", out)
			}
		})
	}
}

func deltaOf(r jsonReport) string {
	if r.Cost == nil {
		return ""
	}
	return fmt.Sprintf("%.2f", r.Cost.Delta)
}

// checkSARIF validates a SARIF file against SARIF 2.1.0 and checks that its
// locations are repository-relative, as code scanning needs them.
func checkSARIF(t *testing.T, path string, wantResults bool) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := sarif.FromBytes(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Validate(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(rep.Runs) != 1 {
		t.Fatalf("%d runs", len(rep.Runs))
	}
	results := rep.Runs[0].Results
	if wantResults != (len(results) > 0) {
		t.Errorf("%d results, want results: %v", len(results), wantResults)
	}
	for _, r := range results {
		for _, l := range r.Locations {
			if l.PhysicalLocation == nil || l.PhysicalLocation.ArtifactLocation == nil || l.PhysicalLocation.ArtifactLocation.URI == nil {
				continue
			}
			if uri := *l.PhysicalLocation.ArtifactLocation.URI; !strings.HasPrefix(uri, "infra/") {
				t.Errorf("result location %q is not relative to the repository root", uri)
			}
		}
	}
}

// TestActionScanArguments checks the command line scan.sh builds from the
// inputs, with a stand-in iacvet that records it.
func TestActionScanArguments(t *testing.T) {
	dir := t.TempDir()
	fake := filepath.Join(dir, "iacvet")
	record := filepath.Join(dir, "args")
	script := "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > " + record + "\nexit 0\n"
	if err := os.WriteFile(fake, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	const fixed = "scan --no-color"
	outs := func(sarif string) string {
		return "--output text=- --output sarif=" + sarif + " --output json=JSON --output markdown=MD --output github=ANNOTATIONS"
	}
	tests := []struct {
		name   string
		inputs map[string]string
		want   string
	}{
		{"defaults", map[string]string{}, fixed + " --offline " + outs("iacvet.sarif") + " -- ."},
		{"AWS credentials in the environment", map[string]string{"AWS_ACCESS_KEY_ID": "AKIAEXAMPLE", "INPUT_OFFLINE": "auto"}, fixed + " " + outs("iacvet.sarif") + " -- ."},
		{"offline forced with credentials", map[string]string{"AWS_ACCESS_KEY_ID": "AKIAEXAMPLE", "INPUT_OFFLINE": "true"}, fixed + " --offline " + outs("iacvet.sarif") + " -- ."},
		{"live without credentials", map[string]string{"INPUT_OFFLINE": "false"}, fixed + " " + outs("iacvet.sarif") + " -- ."},
		{
			"everything",
			map[string]string{
				"INPUT_PATHS": "infra\nstacks/my stack.yaml\n", "INPUT_PLAN": "tfplan", "INPUT_CONFIG": ".iacvet.yaml",
				"INPUT_POLICY": "policies/a policies/b", "INPUT_FAIL_ON": "high", "INPUT_REGION": "eu-west-1",
				"INPUT_OFFLINE": "true", "INPUT_MAX_MONTHLY_COST": "1000", "INPUT_MAX_MONTHLY_INCREASE": "50.5",
				"INPUT_SARIF_FILE": "out/x.sarif",
			},
			fixed + " --allow-terraform-show --config .iacvet.yaml --policy policies/a --policy policies/b --fail-on high --region eu-west-1 --offline" +
				" --max-monthly-cost 1000 --max-monthly-increase 50.5 " + outs("out/x.sarif") + " -- tfplan infra stacks/my stack.yaml",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStep(t, t.TempDir())
			vars := map[string]string{"IACVET": fake}
			for k, v := range tt.inputs {
				vars[k] = v
			}
			if code, out := s.run("scan.sh", vars); code != 0 {
				t.Fatalf("scan.sh exited %d:\n%s", code, out)
			}
			data, err := os.ReadFile(record)
			if err != nil {
				t.Fatal(err)
			}
			args := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
			for i, a := range args {
				switch {
				case strings.HasPrefix(a, "json="):
					args[i] = "json=JSON"
				case strings.HasPrefix(a, "markdown="):
					args[i] = "markdown=MD"
				case strings.HasPrefix(a, "github="):
					args[i] = "github=ANNOTATIONS"
				}
			}
			wantArgs := splitWant(tt.want)
			if diff := cmp.Diff(wantArgs, args); diff != "" {
				t.Errorf("arguments (-want +got):\n%s", diff)
			}
			if got := s.outputs(); got["exit-code"] != "0" || got["findings"] != "" || got["sarif-file"] != "" {
				t.Errorf("outputs without reports: %v", got)
			}
		})
	}
}

// splitWant splits on blanks, keeping "stacks/my stack.yaml" whole.
func splitWant(s string) []string {
	s = strings.ReplaceAll(s, "my stack", "my\x00stack")
	f := strings.Fields(s)
	for i := range f {
		f[i] = strings.ReplaceAll(f[i], "\x00", " ")
	}
	return f
}

// fakeGitHub is a loopback stand-in for GitHub's issue-comment API.
type fakeGitHub struct {
	mu       sync.Mutex
	comments []map[string]any
	nextID   int
	requests []string
	token    string
}

func (g *fakeGitHub) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.requests = append(g.requests, r.Method+" "+r.URL.Path)
	if r.Header.Get("Authorization") != "Bearer "+g.token {
		http.Error(w, `{"message":"Bad credentials"}`, http.StatusUnauthorized)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	switch {
	case r.Method == http.MethodGet && r.URL.Path == "/repos/acme/infra/issues/7/comments":
		per, _ := strconv.Atoi(r.URL.Query().Get("per_page"))
		page, _ := strconv.Atoi(r.URL.Query().Get("page"))
		if per <= 0 || per > 100 || page <= 0 {
			http.Error(w, "bad paging", http.StatusBadRequest)
			return
		}
		lo, hi := min((page-1)*per, len(g.comments)), min(page*per, len(g.comments))
		json.NewEncoder(w).Encode(g.comments[lo:hi])
	case r.Method == http.MethodPost && r.URL.Path == "/repos/acme/infra/issues/7/comments":
		var body map[string]any
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		g.nextID++
		c := map[string]any{"id": g.nextID, "body": body["body"]}
		g.comments = append(g.comments, c)
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(c)
	case r.Method == http.MethodPatch && strings.HasPrefix(r.URL.Path, "/repos/acme/infra/issues/comments/"):
		id, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/repos/acme/infra/issues/comments/"))
		var body map[string]any
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		for _, c := range g.comments {
			if c["id"] == id {
				c["body"] = body["body"]
				json.NewEncoder(w).Encode(c)
				return
			}
		}
		http.NotFound(w, r)
	default:
		http.NotFound(w, r)
	}
}

// TestActionComment posts the summary twice to a fake GitHub API: the
// first run creates the comment, the second updates the same one, even
// when it is not on the first page of comments.
func TestActionComment(t *testing.T) {
	gh := &fakeGitHub{token: "ghs_test", nextID: 1000}
	for i := 0; i < 120; i++ { // more than one page of other comments
		gh.nextID++
		gh.comments = append(gh.comments, map[string]any{"id": gh.nextID, "body": fmt.Sprintf("LGTM %d", i)})
	}
	srv := httptest.NewServer(gh)
	defer srv.Close()

	dir := t.TempDir()
	event := filepath.Join(dir, "event.json")
	writeFiles(t, dir, map[string]string{
		"event.json": `{"action":"synchronize","pull_request":{"number":7}}`,
		"first.md":   "<!-- iacvet -->\n## iacvet\n\nfirst run\n",
		"second.md":  "<!-- iacvet -->\n## iacvet\n\nsecond run\n",
		"push.json":  `{"ref":"refs/heads/main"}`,
	})
	vars := func(body, ev, token string) map[string]string {
		return map[string]string{"GITHUB_API_URL": srv.URL, "GITHUB_TOKEN": token, "GITHUB_EVENT_PATH": ev, "INPUT_BODY_FILE": filepath.Join(dir, body), "GITHUB_EVENT_NAME": "pull_request"}
	}
	s := newStep(t, dir)
	for _, run := range []struct{ body, want string }{{"first.md", "posted comment 1121 on #7"}, {"second.md", "updated comment 1121 on #7"}} {
		code, out := s.run("comment.sh", vars(run.body, event, "ghs_test"))
		if code != 0 || !strings.Contains(out, run.want) {
			t.Fatalf("comment.sh with %s: exit %d, want %q:\n%s", run.body, code, run.want, out)
		}
	}
	var ours []string
	for _, c := range gh.comments {
		if b := c["body"].(string); strings.HasPrefix(b, "<!-- iacvet -->") {
			ours = append(ours, b)
		}
	}
	if diff := cmp.Diff([]string{"<!-- iacvet -->\n## iacvet\n\nsecond run\n"}, ours); diff != "" {
		t.Errorf("iacvet comments (-want +got):\n%s", diff)
	}
	if got := s.outputs()["comment-id"]; got != "1121" {
		t.Errorf("comment-id = %q", got)
	}

	// Not a pull request: nothing is sent. A rejected token: a warning, not
	// a failed job.
	before := len(gh.requests)
	if code, out := s.run("comment.sh", vars("first.md", filepath.Join(dir, "push.json"), "ghs_test")); code != 0 || !strings.Contains(out, "not a pull request") {
		t.Errorf("push event: exit %d:\n%s", code, out)
	}
	if len(gh.requests) != before {
		t.Errorf("push event sent %v", gh.requests[before:])
	}
	if code, out := s.run("comment.sh", vars("first.md", event, "wrong")); code != 0 || !strings.Contains(out, "::warning::iacvet: no pull-request comment") {
		t.Errorf("bad token: exit %d:\n%s", code, out)
	}
}

// TestActionInstallKey checks the key step: a release tag is installed
// from the release (its key names the tag), any other ref is built from the
// sources (its key hashes them, stable for the same sources), and the binary
// directory is put on $GITHUB_PATH.
func TestActionInstallKey(t *testing.T) {
	dir := t.TempDir()
	binDir := filepath.Join(dir, "bin")
	runKey := func(ref, outFile string, args ...string) (map[string]string, string, error) {
		cmd := exec.Command("bash", append([]string{filepath.Join(repoRoot, "scripts/action/install.sh")}, args...)...)
		cmd.Env = env(githubDrop, "GITHUB_ACTION_PATH="+repoRoot, "GITHUB_ACTION_REF="+ref, "RUNNER_OS=Linux", "RUNNER_ARCH=X64",
			"IACVET_BIN_DIR="+binDir, "GITHUB_OUTPUT="+filepath.Join(dir, outFile), "GITHUB_PATH="+filepath.Join(dir, "path"))
		out, err := cmd.CombinedOutput()
		data, _ := os.ReadFile(filepath.Join(dir, outFile))
		kv := map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			if k, v, ok := strings.Cut(line, "="); ok {
				kv[k] = v
			}
		}
		return kv, string(out), err
	}
	if _, out, err := runKey("v1.2.3", "o0"); err == nil || !strings.Contains(out, "usage: install.sh key|release|build") {
		t.Errorf("install.sh without argument: %v\n%s", err, out)
	}
	cases := []struct {
		ref, mode, key string
	}{
		{"v1.2.3", "release", `^iacvet-Linux-X64-v1\.2\.3-release$`},
		{"v2.0.0-rc.1", "release", `^iacvet-Linux-X64-v2\.0\.0-rc\.1-release$`},
		// A major tag installs its release; the key follows the tag as it moves.
		{"v1", "release", `^iacvet-Linux-X64-v1-release-[0-9a-f]{16}$`},
		{"v1.2", "build", `^iacvet-Linux-X64-v1\.2-[0-9a-f]{16}$`},
		{"main", "build", `^iacvet-Linux-X64-main-[0-9a-f]{16}$`},
		{"feature/x", "build", `^iacvet-Linux-X64-feature-x-[0-9a-f]{16}$`},
		{"0123456789abcdef0123456789abcdef01234567", "build", `^iacvet-Linux-X64-0123456789abcdef0123456789abcdef01234567-[0-9a-f]{16}$`},
	}
	for _, c := range cases {
		name := strings.ReplaceAll(c.ref, "/", "-")
		o1, out, err := runKey(c.ref, name+".1", "key")
		if err != nil {
			t.Fatalf("install.sh key (%s): %v\n%s", c.ref, err, out)
		}
		o2, _, _ := runKey(c.ref, name+".2", "key")
		if o1["key"] != o2["key"] {
			t.Errorf("%s: the key changed between two runs on the same sources: %q, %q", c.ref, o1["key"], o2["key"])
		}
		if o1["mode"] != c.mode || !regexp.MustCompile(c.key).MatchString(o1["key"]) || o1["bin-dir"] != binDir {
			t.Errorf("%s: outputs %v, want mode %s and key %s", c.ref, o1, c.mode, c.key)
		}
	}
	path, _ := os.ReadFile(filepath.Join(dir, "path"))
	// Two runs of key per ref, each adding the directory once.
	if got, want := strings.Count(string(path), binDir+"\n"), 2*len(cases); got != want {
		t.Errorf("GITHUB_PATH got the binary directory %d times, want %d:\n%s", got, want, path)
	}
}

// TestActionBinaryPlan gives the action's plan input a binary plan file
// (terraform plan -out), which iacvet reads with terraform show -json. The
// plan is made for real with terraform or tofu (built-in terraform_data
// resources only: no provider download), so the test skips without them.
func TestActionBinaryPlan(t *testing.T) {
	var tf string
	for _, name := range []string{"terraform", "tofu"} {
		if p, err := exec.LookPath(name); err == nil {
			tf = p
			break
		}
	}
	if tf == "" {
		t.Skip("neither terraform nor tofu is on the PATH: cannot make a binary plan")
	}
	ws := t.TempDir()
	writeFiles(t, ws, map[string]string{"infra/main.tf": "resource \"terraform_data\" \"x\" {\n  input = \"hello\"\n}\n"})
	for _, args := range [][]string{{"init", "-input=false", "-no-color", "-backend=false"}, {"plan", "-input=false", "-no-color", "-out", "tfplan"}} {
		cmd := exec.Command(tf, args...)
		cmd.Dir = filepath.Join(ws, "infra")
		cmd.Env = env(githubDrop, "CHECKPOINT_DISABLE=1", "TF_IN_AUTOMATION=1", "TF_CLI_CONFIG_FILE="+filepath.Join(ws, "none.tfrc"))
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s %s: %v\n%s", filepath.Base(tf), args[0], err, out)
		}
	}
	s := newStep(t, ws)
	if code, out := s.run("scan.sh", map[string]string{"INPUT_PLAN": "infra/tfplan", "INPUT_OFFLINE": "true"}); code != 0 {
		t.Fatalf("scan.sh exited %d:\n%s", code, out)
	}
	got := s.outputs()
	if got["exit-code"] != "0" || got["findings"] != "0" || got["sarif-file"] != "iacvet.sarif" {
		t.Errorf("outputs %v, want exit-code 0, findings 0, sarif-file iacvet.sarif\nsummary:\n%s", got, s.summary())
	}
	data, err := os.ReadFile(got["json-file"])
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Inputs []struct{ Path, Kind string } `json:"inputs"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Inputs) != 1 || doc.Inputs[0].Path != "infra/tfplan" {
		t.Errorf("inputs %+v, want the binary plan infra/tfplan", doc.Inputs)
	}
}

// TestActionAnnotate runs scan.sh, then annotate.sh the way action.yml does
// when the findings do not reach code scanning: after a refused upload it
// warns (naming GitHub Advanced Security) in the log and the job summary
// and prints the findings as annotations; with upload-sarif false it prints
// them without the warning. It never fails the step.
func TestActionAnnotate(t *testing.T) {
	ws := workspace(t)
	scan := newStep(t, ws)
	if code, out := scan.run("scan.sh", map[string]string{"INPUT_PLAN": "infra/plan.json", "INPUT_OFFLINE": "true"}); code != 0 {
		t.Fatalf("scan.sh: exit %d\n%s", code, out)
	}
	file := scan.outputs()["annotations-file"]
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("annotations-file: %v", err)
	}
	var annotations []string
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "::error ") || strings.HasPrefix(line, "::warning ") {
			annotations = append(annotations, line)
		}
	}
	if len(annotations) == 0 || !strings.Contains(string(data), "file=infra/main.tf,line=") {
		t.Fatalf("annotations-file holds no finding annotations on infra/main.tf:\n%s", data)
	}
	const ghas = "::warning title=iacvet::code scanning refused the SARIF upload. On a private or internal repository code scanning needs GitHub Advanced Security"
	for _, c := range []struct {
		outcome string
		warn    bool
	}{{"failure", true}, {"off", false}} {
		s := newStep(t, ws)
		code, out := s.run("annotate.sh", map[string]string{"INPUT_UPLOAD_OUTCOME": c.outcome, "INPUT_ANNOTATIONS_FILE": file})
		if code != 0 {
			t.Errorf("%s: annotate.sh exit %d, want 0\n%s", c.outcome, code, out)
		}
		if got := strings.Contains(out, ghas); got != c.warn {
			t.Errorf("%s: GHAS warning printed %v, want %v:\n%s", c.outcome, got, c.warn, out)
		}
		if got := strings.Contains(s.summary(), "GitHub Advanced Security"); got != c.warn {
			t.Errorf("%s: job summary note %v, want %v:\n%s", c.outcome, got, c.warn, s.summary())
		}
		for _, a := range annotations {
			if !strings.Contains(out, a) {
				t.Errorf("%s: annotation not printed: %s", c.outcome, a)
			}
		}
	}
	s := newStep(t, ws)
	if code, out := s.run("annotate.sh", map[string]string{"INPUT_UPLOAD_OUTCOME": "failure", "INPUT_ANNOTATIONS_FILE": ""}); code != 0 || !strings.Contains(out, ghas) {
		t.Errorf("without annotations: exit %d\n%s", code, out)
	}
}
