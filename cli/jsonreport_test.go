package cli

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/report"
)

// TestJSONSummaryAgreesWithLists: on every kind of scan, the JSON report's
// summary counts what its lists hold, and the inputs' resources add up to
// the summary's.
func TestJSONSummaryAgreesWithLists(t *testing.T) {
	repoRoot(t)
	base := filepath.Join(t.TempDir(), "baseline.json")
	if code, _, stderr := run(t, "", "baseline", "testdata/plans/webapp/plan.json", "-o", base); code != ExitClean {
		t.Fatalf("baseline exit %d: %s", code, stderr)
	}
	cases := []struct {
		name string
		args []string
	}{
		{"project plan", []string{"testdata/projects/webapp/plan.json"}},
		{"project directory", []string{"testdata/projects/webapp"}},
		{"two plans", []string{"testdata/plans/webapp/plan.json", "testdata/plans/clean/plan.json"}},
		{"baselined", []string{"--baseline", base, "testdata/plans/webapp/plan.json"}},
		{"cloudformation", []string{"examples/cloudformation"}},
		{"everything", []string{"examples", "testdata/projects"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := run(t, "", append([]string{"scan", "--offline", "--format", "json", "--fail-on", "high"}, tc.args...)...)
			if code == ExitError {
				t.Fatalf("exit %d; stderr:\n%s", code, stderr)
			}
			var doc report.Document
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatal(err)
			}
			sum := doc.Summary
			check := func(what string, summary, lists int) {
				t.Helper()
				if summary != lists {
					t.Errorf("%s: summary says %d, the lists hold %d", what, summary, lists)
				}
			}
			check("findings", sum.Findings, len(doc.Findings))
			check("unknown_until_apply", sum.Unknown, len(doc.Unknown))
			check("suppressed", sum.Suppressed, len(doc.Suppressed))
			bySeverity := map[model.Severity]int{}
			failing := false
			for _, f := range doc.Findings {
				bySeverity[f.Severity]++
				failing = failing || f.Severity.Rank() >= model.SeverityHigh.Rank()
			}
			for _, sev := range []model.Severity{model.SeverityCritical, model.SeverityHigh, model.SeverityMedium, model.SeverityLow, model.SeverityInfo} {
				check("by_severity."+string(sev), sum.BySeverity[sev], bySeverity[sev])
			}
			inputs := 0
			for _, in := range doc.Inputs {
				inputs += in.Resources
			}
			check("resources (inputs[].resources added up)", sum.Resources, inputs)
			if sum.Resources == 0 || len(doc.Inputs) == 0 {
				t.Errorf("no resources or inputs: %+v", doc.Inputs)
			}
			if sum.Failed != failing || (code == ExitFindings) != failing {
				t.Errorf("failed = %v, exit %d, findings at or above high: %v", sum.Failed, code, failing)
			}
			used := map[string]bool{}
			for _, list := range [][]model.Finding{doc.Findings, doc.Unknown, doc.Suppressed} {
				for _, f := range list {
					used[f.RuleID] = true
				}
			}
			check("rules", len(doc.Rules), len(used))
		})
	}
}
