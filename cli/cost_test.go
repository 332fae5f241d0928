package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCostBudgets: cost enforces the budgets it accepts, from flags and the
// configuration file: exit 1 and the budget named when one is exceeded,
// exit 0 within it, and a suppressed budget does not fail.
func TestCostBudgets(t *testing.T) {
	repoRoot(t)
	plan := "testdata/projects/webapp/plan.json" // +121.38 a month, 184.89 in all
	withConfig := func(cfg string) []string {
		dir := t.TempDir()
		p := filepath.Join(dir, "iacvet.yaml")
		os.WriteFile(p, []byte(cfg), 0o644)
		return []string{"--config", p}
	}
	cases := []struct {
		name     string
		args     []string
		code     int
		budgets  []string // rule ids reported over budget
		noBudget bool
	}{
		{"no budget", nil, ExitClean, nil, true},
		{"increase over", []string{"--max-monthly-increase", "10"}, ExitFindings, []string{"AWS-COST-002"}, false},
		{"increase within", []string{"--max-monthly-increase", "500"}, ExitClean, nil, true},
		{"total over", []string{"--max-monthly-cost", "100"}, ExitFindings, []string{"AWS-COST-001"}, false},
		{"total from the configuration", withConfig("cost: {max_monthly_cost: 100}\n"), ExitFindings, []string{"AWS-COST-001"}, false},
		{"flag over the configuration", append(withConfig("cost: {max_monthly_cost: 100}\n"), "--max-monthly-cost", "1000"), ExitClean, nil, true},
		{"resource ceiling", withConfig("cost: {resource_ceilings: {AWS::RDS::DBInstance: 100}}\n"), ExitFindings, []string{"AWS-COST-003"}, false},
		{"suppressed budget", append(withConfig("suppress: [{rule: AWS-COST-002, reason: approved in CHG-1234}]\n"), "--max-monthly-increase", "10"), ExitClean, nil, true},
		{"disabled budget", append(withConfig("rules: {disable: [AWS-COST-002]}\n"), "--max-monthly-increase", "10"), ExitClean, nil, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			args := append(append([]string{"cost", "--offline", "--format", "json"}, tc.args...), plan)
			code, out, stderr := run(t, "", args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d: %s", code, tc.code, stderr)
			}
			var doc struct {
				TotalAfter float64 `json:"total_after"`
				Budgets    []struct {
					RuleID  string `json:"rule_id"`
					Outcome string `json:"outcome"`
					Message string `json:"message"`
				} `json:"budgets"`
			}
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatal(err)
			}
			if doc.TotalAfter == 0 {
				t.Errorf("no cost estimate in %s", out)
			}
			var over []string
			for _, b := range doc.Budgets {
				if b.Outcome == "fail" {
					over = append(over, b.RuleID)
				}
			}
			if strings.Join(over, ",") != strings.Join(tc.budgets, ",") {
				t.Errorf("over budget: %v, want %v", over, tc.budgets)
			}
		})
	}
	// Text says it too.
	code, out, _ := run(t, "", "cost", "--offline", "--max-monthly-increase", "10", plan)
	if code != ExitFindings || !strings.Contains(out, "over budget AWS-COST-002") {
		t.Errorf("text: exit %d, output without the budget:\n%s", code, out)
	}
}

// TestCostRefusesRuleFlags: flags that mean nothing for cost are usage
// errors, not silently ignored.
func TestCostRefusesRuleFlags(t *testing.T) {
	repoRoot(t)
	for _, flag := range []string{"--policy=policies", "--fail-on=high", "--baseline=b.json", "--no-cost", "--fail-on-unknown", "--policy-timeout=1s", "--output=x.json"} {
		code, _, stderr := run(t, "", "cost", "--offline", flag, "testdata/projects/webapp/plan.json")
		if code != ExitError || !strings.Contains(stderr, "unknown flag") {
			t.Errorf("cost %s: exit %d, %q; want a usage error", flag, code, stderr)
		}
	}
}
