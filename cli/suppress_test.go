package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type jsonDoc struct {
	Findings    []jsonFinding `json:"findings"`
	Suppressed  []jsonFinding `json:"suppressed"`
	Diagnostics []struct {
		Severity string `json:"severity"`
		File     string `json:"file"`
		Line     int    `json:"line"`
		Summary  string `json:"summary"`
	} `json:"diagnostics"`
}

type jsonFinding struct {
	RuleID      string `json:"rule_id"`
	Resource    string `json:"resource"`
	Suppression *struct {
		Kind          string `json:"kind"`
		Justification string `json:"justification"`
		Position      *struct {
			File string `json:"file"`
			Line int    `json:"line"`
		} `json:"position"`
	} `json:"suppression"`
}

func decodeReport(t *testing.T, out string) jsonDoc {
	t.Helper()
	var doc jsonDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("JSON report: %v\n%s", err, out)
	}
	return doc
}

// repoWithConfig is a repository holding the webapp plan and a
// configuration file.
func repoWithConfig(t *testing.T, cfg string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "repo")
	os.MkdirAll(filepath.Join(dir, ".git"), 0o755)
	plan, err := os.ReadFile("testdata/plans/webapp/plan.json")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "plan.json"), plan, 0o644)
	os.WriteFile(filepath.Join(dir, ".iacvet.yaml"), []byte(cfg), 0o644)
	return dir
}

// TestConfigPatternErrorNamesLine: an invalid resource pattern stops the
// run before scanning (exit 2) with the configuration file and line.
func TestConfigPatternErrorNamesLine(t *testing.T) {
	repoRoot(t)
	dir := repoWithConfig(t, `fail_on: high
suppress:
  - rule: AWS-S3-001
    resource: 'module.storage.aws_s3_bucket.this[assets]'
    reason: public website assets
`)
	code, _, stderr := run(t, "", "scan", filepath.Join(dir, "plan.json"))
	want := filepath.Join(dir, ".iacvet.yaml") + ":4: suppress[0].resource"
	if code != ExitError || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, stderr %q; want exit 2 naming %q", code, stderr, want)
	}
}

// TestConfigSuppressionWarnings: a configuration suppression naming no rule
// or matching nothing is a warning at its line, and does not change the
// exit code; address patterns suppress what they match.
func TestConfigSuppressionWarnings(t *testing.T) {
	repoRoot(t)
	const used = `suppress:
  - rule: AWS-S3-001
    resource: 'module.storage.aws_s3_bucket.this["assets"]'
    reason: public website assets
  - rule: AWS-EC2-005
    resource: 'aws_instance.web[*]'
    reason: IMDSv1 for the legacy agent
`
	clean := repoWithConfig(t, used)
	codeClean, outClean, _ := run(t, "", "scan", "--format", "json", filepath.Join(clean, "plan.json"))
	dir := repoWithConfig(t, used+`  - rule: AWS-S3-0001
    reason: a typo
  - rule: AWS-RDS-001
    resource: 'module.database.**'
    reason: the module was renamed since
`)
	code, out, stderr := run(t, "", "scan", "--format", "json", filepath.Join(dir, "plan.json"))
	if code != codeClean {
		t.Errorf("exit %d with stale suppressions, %d without: warnings must not change it (%s)", code, codeClean, stderr)
	}
	var got []string
	for _, d := range decodeReport(t, out).Diagnostics {
		if strings.Contains(d.Summary, "suppression") {
			got = append(got, d.Severity+" "+filepath.Base(d.File)+fmt.Sprintf(":%d ", d.Line)+d.Summary)
		}
	}
	want := []string{
		"warning .iacvet.yaml:8 suppression names AWS-S3-0001, which is not a rule",
		"warning .iacvet.yaml:10 suppression of AWS-RDS-001 on module.database.** matches nothing in this scan",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	for _, d := range decodeReport(t, outClean).Diagnostics {
		if strings.Contains(d.Summary, "suppression") {
			t.Errorf("used suppressions warned about: %s", d.Summary)
		}
	}
	suppressed := map[string]string{}
	for _, f := range decodeReport(t, out).Suppressed {
		suppressed[f.RuleID+" "+f.Resource] = f.Suppression.Justification
	}
	for _, k := range []string{`AWS-S3-001 module.storage.aws_s3_bucket.this["assets"]`, "AWS-EC2-005 aws_instance.web[0]", "AWS-EC2-005 aws_instance.web[1]"} {
		if suppressed[k] == "" {
			t.Errorf("%s not suppressed; suppressed: %v", k, suppressed)
		}
	}
}

// TestBaselinedFindingNamesBaseline: a finding suppressed by the baseline
// says which file, with --baseline and with baseline: in the configuration,
// which is also where 'iacvet baseline' writes by default.
func TestBaselinedFindingNamesBaseline(t *testing.T) {
	repoRoot(t)
	dir := repoWithConfig(t, "baseline: ci/known.json\n")
	os.Mkdir(filepath.Join(dir, "ci"), 0o755)
	base := filepath.Join(dir, "ci", "known.json")
	plan := filepath.Join(dir, "plan.json")
	// The configuration names a baseline that does not exist yet: the
	// baseline command writes it there.
	if code, _, stderr := run(t, "", "baseline", plan); code != ExitClean {
		t.Fatalf("baseline exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(base); err != nil {
		t.Fatalf("baseline not written where the configuration says: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "empty.yaml"), nil, 0o644)
	for _, args := range [][]string{
		{"scan", "--format", "json", "--config", filepath.Join(dir, "empty.yaml"), "--baseline", base, plan},
		{"scan", "--format", "json", plan},
	} {
		code, out, stderr := run(t, "", args...)
		if code != ExitClean {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		doc := decodeReport(t, out)
		if len(doc.Suppressed) == 0 || len(doc.Findings) != 0 {
			t.Fatalf("%v: %d suppressed, %d findings; want every finding baselined", args, len(doc.Suppressed), len(doc.Findings))
		}
		for _, f := range doc.Suppressed {
			s := f.Suppression
			if s.Kind != "external" || !strings.HasSuffix(s.Justification, "ci/known.json") || s.Position == nil || !strings.HasSuffix(s.Position.File, "ci/known.json") || s.Position.Line < 2 {
				t.Errorf("%v: %s %s suppressed by %+v; want the baseline file named, with the entry's line", args, f.RuleID, f.Resource, s)
			}
		}
	}
}
