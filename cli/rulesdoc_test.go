package cli

import (
	"strings"
	"testing"

	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/policies"
)

// TestRulesMarkdownCoverage checks the coverage table: each control's
// rules, or why it has none, the counts, and a Terraform-only rule's inputs.
func TestRulesMarkdownCoverage(t *testing.T) {
	cat, err := policies.LoadControls("c.yaml", []byte(`fsbp:
  - {id: EC2.7, title: "EBS default encryption should be enabled", checkable: true}
  - {id: EC2.4, title: "Stopped EC2 instances should be removed", checkable: false, reason: "runtime state: instance stopped"}
  - {id: CloudWatch.1, title: "A log metric filter and alarm should exist for usage of the \"root\" user", checkable: true, fsbp: false, missing: "not written yet"}
cis:
  - {id: "1.16", title: "Ensure IAM policies that allow full \"*:*\" administrative privileges are not attached", checkable: true, missing: "a | in a reason"}
`))
	if err != nil {
		t.Fatal(err)
	}
	metas := []model.RuleMeta{
		{ID: "T-2", Title: "b", Severity: model.SeverityLow, FSBP: []string{"EC2.7"}, Inputs: []string{model.InputTerraform}},
		{ID: "T-1", Title: "a", Severity: model.SeverityLow, FSBP: []string{"EC2.7"}},
	}
	doc := RulesMarkdown(metas, cat)
	for _, want := range []string{
		"3 controls catalogued; 2 checkable from code: 1 covered by rules, 1 missing; 1 not checkable.",
		"Of these, the FSBP standard itself: 2 controls catalogued; 1 checkable from code: 1 covered by rules, 0 missing; 1 not checkable.",
		"| EC2.7 | EBS default encryption should be enabled | [T-1](#t-1), [T-2](#t-2) |",
		"| EC2.4 | Stopped EC2 instances should be removed | not checkable: runtime state: instance stopped |",
		`| CloudWatch.1 | A log metric filter and alarm should exist for usage of the "root" user (not in the FSBP standard) | missing: not written yet |`,
		`| 1.16 | Ensure IAM policies that allow full "\*:\*" administrative privileges are not attached | missing: a \| in a reason |`,
		"1 controls catalogued; 1 checkable from code: 0 covered by rules, 1 missing; 0 not checkable.",
		"Inputs: Terraform (plans and .tf sources) only",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("rules document lacks %q:\n%s", want, doc)
		}
	}
	if strings.Count(doc, "Inputs:") != 1 {
		t.Errorf("Inputs: shown for a rule that serves every kind:\n%s", doc)
	}
}
