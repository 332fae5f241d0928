package cost_test

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/cost"
	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/rules"
)

// TestCostPolicies runs policies/cost/*_test.rego through OPA's tester, with the
// engine's restricted capabilities.
func TestCostPolicies(t *testing.T) {
	results, err := rules.RunTests(context.Background(), []rules.Source{rules.Builtin()})
	if err != nil {
		t.Fatal(err)
	}
	n, problems := rules.TestProblems(results, "builtin/cost/")
	for _, p := range problems {
		t.Error(p)
	}
	if n < 8 {
		t.Errorf("ran %d Rego tests, want at least 8", n)
	}
}

// TestCostPoliciesInEngine evaluates the budget rules through the rules
// engine with a real estimate: findings land on the resource address.
func TestCostPoliciesInEngine(t *testing.T) {
	ctx := context.Background()
	eng, err := rules.New(ctx, rules.Options{Sources: []rules.Source{rules.Builtin()}})
	if err != nil {
		t.Fatal(err)
	}
	res := planFixture()
	rep, _ := cost.Estimate(ctx, res, cost.Options{})
	out, err := eng.Eval(ctx, rules.Input{Resources: res, Cost: rep, Config: map[string]any{"cost": map[string]any{
		"max_monthly_cost": 100, "max_monthly_increase": "50", "resource_ceilings": map[string]any{"AWS::EC2::Instance": 100},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range out.Findings {
		if strings.HasPrefix(f.RuleID, "AWS-COST-") {
			got = append(got, f.RuleID+" "+string(f.Outcome)+" "+f.Resource)
			if len(f.Provenance) != 1 || f.Provenance[0].Source != model.DataSnapshot {
				t.Errorf("%s: provenance %+v", f.RuleID, f.Provenance)
			}
		}
	}
	sort.Strings(got)
	want := []string{"AWS-COST-001 fail ", "AWS-COST-002 fail ", "AWS-COST-003 fail aws_instance.web"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("cost findings (-want +got):\n%s\ndiagnostics: %v", diff, out.Diagnostics)
	}
}

// TestIncreaseBudgetBesideTemplate: a template scanned beside a plan adds to
// the total, not to the increase. The plan in
// testdata/estimates/plan-beside-template adds 8.392 USD a month and the
// template beside it 36.50, so a 10 USD budget on the increase holds and a
// 8 USD one fails.
func TestIncreaseBudgetBesideTemplate(t *testing.T) {
	ctx := context.Background()
	eng, err := rules.New(ctx, rules.Options{Sources: []rules.Source{rules.Builtin()}})
	if err != nil {
		t.Fatal(err)
	}
	res, rep := estimateDir(t, "testdata/estimates/plan-beside-template")
	for _, tc := range []struct {
		limit any
		want  []string
	}{
		{10, nil},
		{"8", []string{"AWS-COST-002 fail"}},
	} {
		out, err := eng.Eval(ctx, rules.Input{Resources: res, Cost: rep, Config: map[string]any{"cost": map[string]any{"max_monthly_increase": tc.limit}}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range out.Findings {
			if strings.HasPrefix(f.RuleID, "AWS-COST-") {
				got = append(got, f.RuleID+" "+string(f.Outcome))
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("limit %v: cost findings (-want +got):\n%s", tc.limit, diff)
		}
	}
}
