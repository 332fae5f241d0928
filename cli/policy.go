package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/iacvet/iacvet/rules"
)

func newPolicyCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{Use: "policy", Short: "Work with custom Rego policies"}
	var (
		verbose bool
		limits  rules.Limits
		memMiB  uint64
	)
	test := &cobra.Command{
		Use:   "test DIR...",
		Short: "Run the Rego unit tests of policy directories",
		Long: `Run the test_* rules of the *_test.rego files in each DIR with OPA's tester,
with the built-in policies and library loaded (so tests can import
data.iacvet.lib) and the same restricted capabilities as scans: no network
builtins, and the same limits: each test has the policy deadline, the heap
may grow only by the memory budget, numbers.range and net.cidr_expand are
capped. Packages under iacvet. are reserved for the built-in policies.
Exit codes: 0 all passed, 1 a test failed, 2 the policies do not compile,
a test errored or went over a limit, or no test was found.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, dirs []string) error {
			sources := []rules.Source{rules.Builtin()}
			for _, d := range dirs {
				src, err := rules.DirSource(d)
				if err != nil {
					return usageError("%v", err)
				}
				sources = append(sources, src)
			}
			limits.Memory = memMiB << 20
			results, err := rules.RunTestsWith(cmd.Context(), sources, limits)
			if err != nil {
				return usageError("%v", err)
			}
			var passed, failed, errored int
			for _, r := range results {
				if strings.HasPrefix(r.Location.File, "builtin/") {
					continue // the built-in policies' own tests
				}
				status := "PASS"
				switch {
				case r.Error != nil:
					status, errored = "ERROR", errored+1
				case r.Fail:
					status, failed = "FAIL", failed+1
				default:
					passed++
				}
				if status != "PASS" || verbose {
					fmt.Fprintf(e.stdout, "%s: %s.%s (%s)\n", status, r.Package, r.Name, r.Location)
					if r.Error != nil {
						fmt.Fprintf(e.stdout, "  %v\n", r.Error)
					}
					if len(r.Output) > 0 {
						fmt.Fprintf(e.stdout, "  %s\n", strings.TrimSpace(string(r.Output)))
					}
				}
			}
			total := passed + failed + errored
			fmt.Fprintf(e.stdout, "%d passed, %d failed, %d errors\n", passed, failed, errored)
			switch {
			case total == 0:
				return usageError("no Rego tests found in %s", strings.Join(dirs, ", "))
			case errored > 0:
				return &exitError{code: ExitError}
			case failed > 0:
				return &exitError{code: ExitFindings}
			}
			return nil
		},
	}
	test.Flags().BoolVarP(&verbose, "verbose", "v", false, "list passing tests too")
	test.Flags().DurationVar(&limits.Timeout, "policy-timeout", rules.DefaultTimeout, "deadline of each test")
	test.Flags().Uint64Var(&memMiB, "policy-memory", rules.DefaultMemory>>20, "MiB the heap may grow by while the tests run")
	cmd.AddCommand(test)
	return cmd
}
