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
survive unrelated edits and line shifts. It takes every input flag 'iacvet scan'
takes, so it records what the same scan finds.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			f.recordBaseline = true
			p, err := prepare(cmd, e, f, args)
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("output") && p.cfg.Baseline != "" {
				out = p.cfg.Baseline // where scans will read it
			}
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
	fl := cmd.Flags()
	fl.StringVarP(&out, "output", "o", ".iacvet-baseline.json", "baseline file to write (default: the configuration's baseline:, else .iacvet-baseline.json)")
	addScanInputFlags(fl, f)
	return cmd
}
