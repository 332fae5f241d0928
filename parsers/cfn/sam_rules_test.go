package cfn_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/parsers/cfn"
	"github.com/iacvet/iacvet/rules"
)

// TestSAMRuleCoverage runs the built-in rules on a SAM template and on the
// same template expanded by hand into plain CloudFormation: the findings
// (rule and resource) must be the same, and the SAM findings must land on
// the SAM template's lines.
func TestSAMRuleCoverage(t *testing.T) {
	eng, err := rules.New(context.Background(), rules.Options{})
	if err != nil {
		t.Fatal(err)
	}
	findings := func(file string) ([]string, []model.Finding) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		rs, diags := cfn.Parse(filepath.ToSlash(file), data, cfn.Options{})
		for _, d := range diags {
			t.Errorf("%s: unexpected diagnostic %v", file, d)
		}
		res, err := eng.Eval(context.Background(), rules.Input{Resources: rs})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, f := range res.Findings {
			ids = append(ids, f.RuleID+" "+f.Resource)
		}
		sort.Strings(ids)
		return ids, res.Findings
	}
	sam, samFindings := findings("testdata/sam/eol_wildcard_api.yaml")
	plain, _ := findings("testdata/sam/eol_wildcard_api.cfn.yaml")
	if diff := cmp.Diff(plain, sam); diff != "" {
		t.Errorf("SAM findings differ from the hand-expanded CloudFormation's (-cfn +sam):\n%s", diff)
	}
	// AWS-IAM-001 names the offending statement: line 13 is its "- Effect"
	// in the function's Policies, which SAM copies into the generated role.
	wantLines := map[string]int{"AWS-LMB-001": 10, "AWS-IAM-001": 13}
	for _, f := range samFindings {
		if line, ok := wantLines[f.RuleID]; ok {
			if f.Location.Line != line {
				t.Errorf("%s on %s at line %d, want the SAM line %d", f.RuleID, f.Resource, f.Location.Line, line)
			}
			delete(wantLines, f.RuleID)
		}
	}
	for id := range wantLines {
		t.Errorf("no %s finding on the SAM template", id)
	}
}
