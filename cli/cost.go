package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/report"
)

// budgetRule reports whether a rule is one of the built-in budgets
// (policies/cost), the only rules 'iacvet cost' evaluates.
func budgetRule(id string) bool { return strings.HasPrefix(id, "AWS-COST-") }

// budgetResult is one budget's verdict in the cost command's output.
type budgetResult struct {
	RuleID   string `json:"rule_id"`
	Outcome  string `json:"outcome"` // fail: over budget; unknown: cannot tell before apply
	Resource string `json:"resource,omitempty"`
	Message  string `json:"message"`
}

func newCostCmd(e *env) *cobra.Command {
	f := &scanFlags{budgetsOnly: true}
	var format string
	cmd := &cobra.Command{
		Use:   "cost [PATH|-]...",
		Short: "Estimate the monthly cost (and, for plans, the cost change) of plans, sources and templates",
		Long: `Estimate monthly costs (USD, 730 hours a month) from AWS's on-demand prices:
for plans, the cost of every changed resource before and after and the total
delta; for Terraform sources and CloudFormation templates, the monthly total.
Usage-based components (Lambda, S3, data transfer, …) are priced from --usage-file
and otherwise listed as not estimated, never counted as zero.

Budgets (--max-monthly-cost, --max-monthly-increase, and cost: in .iacvet.yaml,
resource_ceilings included) are enforced: the command lists each budget that is
exceeded and exits 1. Only the built-in budget rules run; 'iacvet scan' runs
every rule, custom policies reading input.cost included.

Exit codes: 0 within budget, 1 over a budget, 2 usage or input error.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			switch format {
			case "text", "json", "markdown":
			default:
				return usageError("--format %q: want text, json or markdown", format)
			}
			p, err := prepare(cmd, e, f, args)
			if err != nil {
				return err
			}
			parsed, rep, err := p.run(cmd.Context())
			if err != nil {
				return &exitError{code: ExitError, err: err}
			}
			for _, d := range rep.Diagnostics {
				if d.Severity == model.DiagError {
					fmt.Fprintln(e.stderr, "iacvet:", d)
				}
			}
			c := rep.Cost
			if c == nil {
				c = &model.CostReport{Currency: "USD", Resources: []model.ResourceCost{}}
			}
			budgets, over := budgetResults(rep.Findings)
			if err := writeCost(e.stdout, format, c, budgets); err != nil {
				return &exitError{code: ExitError, err: err}
			}
			switch {
			case inputError(parsed, rep):
				return &exitError{code: ExitError}
			case over:
				return &exitError{code: ExitFindings}
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&format, "format", "f", "text", "text, json or markdown")
	addSourceFlags(fl, f)
	addCostFlags(fl, f)
	return cmd
}

// budgetResults lists the budget rules' unsuppressed results; over is true
// when a budget is exceeded.
func budgetResults(findings []model.Finding) (out []budgetResult, over bool) {
	for _, fd := range findings {
		if !budgetRule(fd.RuleID) || fd.Suppression != nil {
			continue
		}
		out = append(out, budgetResult{RuleID: fd.RuleID, Outcome: string(fd.Outcome), Resource: fd.Resource, Message: fd.Message})
		over = over || fd.Outcome == model.OutcomeFail
	}
	return out, over
}

func writeCost(w io.Writer, format string, c *model.CostReport, budgets []budgetResult) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(struct {
			*model.CostReport
			Budgets []budgetResult `json:"budgets,omitempty"`
		}{c, budgets})
	case "markdown":
		report.WriteCostTable(w, c)
		if len(budgets) > 0 {
			fmt.Fprintln(w)
		}
		for _, b := range budgets {
			fmt.Fprintf(w, "- **%s** %s: %s\n", budgetLabel(b), b.RuleID, b.Message)
		}
	default:
		report.WriteCostText(w, c)
		for _, b := range budgets {
			fmt.Fprintf(w, "%s %s: %s\n", budgetLabel(b), b.RuleID, b.Message)
		}
	}
	return nil
}

func budgetLabel(b budgetResult) string {
	if b.Outcome == string(model.OutcomeFail) {
		return "over budget"
	}
	return "budget unknown until apply"
}
