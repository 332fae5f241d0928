package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/iacvet/iacvet/config"
)

func newBaselineCmd(e *env) *cobra.Command {
	f := &scanFlags{}
	var out string
	cmd := &cobra.Command{
		Use:   "baseline [PATH|-]...",
		Short: "Record today's findings so that only new ones fail later scans",
		Long: `Scan like 'iacvet scan' and write every current, unsuppressed finding to a
baseline file. 'iacvet scan --baseline FILE' (or 'baseline:' in .iacvet.yaml) then
reports those findings as suppressed, so a pull request fails only on findings it
introduces. Findings are matched by fingerprints (rule, resource, attribute) that
survive unrelated edits and line shifts.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			f.baseline = ""
			p, err := prepare(cmd, e, f, args)
			if err != nil {
				return err
			}
			p.baseline = nil
			parsed, rep, err := p.run(cmd.Context())
			if err != nil {
				return &exitError{code: ExitError, err: err}
			}
			b := config.NewBaseline(rep.Findings)
			data, err := b.Marshal()
			if err != nil {
				return &exitError{code: ExitError, err: err}
			}
			if err := writeFileAtomic(out, data); err != nil {
				return &exitError{code: ExitError, err: err}
			}
			fmt.Fprintf(e.stderr, "iacvet: recorded %d finding(s) in %s\n", len(b.Findings), out)
			if inputError(parsed, rep) {
				return &exitError{code: ExitError}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", ".iacvet-baseline.json", "baseline file to write")
	cmd.Flags().StringArrayVar(&f.policies, "policy", nil, "directory of extra Rego policies (repeatable)")
	cmd.Flags().StringVar(&f.region, "region", "", "default AWS region")
	cmd.Flags().BoolVar(&f.offline, "offline", false, "never call AWS")
	cmd.Flags().StringVar(&f.failOn, "fail-on", "low", "unused by baseline; accepted for symmetry with scan")
	cmd.Flags().BoolVar(&f.failOnUnknown, "fail-on-unknown", false, "unused by baseline")
	cmd.Flags().StringVar(&f.tfDir, "tf-dir", "", "Terraform configuration directory of the plan")
	addCommonFlags(cmd, f)
	return cmd
}
