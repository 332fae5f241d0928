package cli

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/report"
)

func newCostCmd(e *env) *cobra.Command {
	f := &scanFlags{}
	var format string
	cmd := &cobra.Command{
		Use:   "cost [PATH|-]...",
		Short: "Estimate the monthly cost (and, for plans, the cost change) of plans, sources and templates",
		Long: `Estimate monthly costs (USD, 730 hours a month) from AWS's on-demand prices:
for plans, the cost of every changed resource before and after and the total
delta; for Terraform sources and CloudFormation templates, the monthly total.
Usage-based components (Lambda, S3, data transfer, …) are priced from --usage-file
and otherwise listed as not estimated, never counted as zero.`,
		RunE: func(cmd *cobra.Command, args []string) error {
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
			switch format {
			case "text":
				report.WriteCostText(e.stdout, c)
			case "json":
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				if err := enc.Encode(c); err != nil {
					return err
				}
			case "markdown":
				report.WriteCostTable(e.stdout, c)
			default:
				return usageError("--format %q: want text, json or markdown", format)
			}
			if inputError(parsed, nil) {
				return &exitError{code: ExitError}
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&format, "format", "f", "text", "text, json or markdown")
	fl.StringVar(&f.region, "region", "", "default AWS region")
	fl.BoolVar(&f.offline, "offline", false, "never call AWS: embedded prices only")
	fl.StringVar(&f.tfDir, "tf-dir", "", "Terraform configuration directory of the plan")
	fl.StringArrayVar(&f.vars, "var", nil, "Terraform variable NAME=VALUE (repeatable)")
	fl.StringArrayVar(&f.varFiles, "var-file", nil, "Terraform .tfvars file (repeatable)")
	fl.StringArrayVar(&f.cfnParams, "cfn-param", nil, "CloudFormation parameter KEY=VALUE (repeatable)")
	fl.StringVar(&f.failOn, "fail-on", "none", "unused by cost")
	addCommonFlags(cmd, f)
	return cmd
}
