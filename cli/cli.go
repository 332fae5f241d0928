// Package cli is iacvet's command line: cobra commands that parse flags,
// call the scan, rules, cost and lookup packages and map outcomes to exit
// codes (0 clean, 1 findings at or above --fail-on, 2 usage or input error).
// Run is what main calls and what tests call in-process.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/iacvet/iacvet/report"
	"github.com/iacvet/iacvet/rules"
	"github.com/iacvet/iacvet/scan"
)

// Exit codes.
const (
	ExitClean    = 0
	ExitFindings = 1
	ExitError    = 2
)

func tool() report.Tool {
	return report.Tool{Name: "iacvet", Version: version(), URI: "https://github.com/iacvet/iacvet"}
}

// exitError carries an exit code through cobra.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

func usageError(format string, args ...any) error {
	return &exitError{code: ExitError, err: fmt.Errorf(format, args...)}
}

// env is the process environment the commands see (injected in tests).
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	// newScanner compiles the policies (nil: scan.NewScannerWith); tests
	// that run many scans of one rule set compile it once.
	newScanner func(ctx context.Context, policyDirs []string, tool report.Tool, limits rules.Limits) (*scan.Scanner, error)
}

func (e *env) scanner(ctx context.Context, policyDirs []string, limits rules.Limits) (*scan.Scanner, error) {
	if e.newScanner != nil {
		return e.newScanner(ctx, policyDirs, tool(), limits)
	}
	return scan.NewScannerWith(ctx, policyDirs, tool(), limits)
}

// Run executes iacvet with args and returns the exit code.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runEnv(ctx, &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}, args)
}

func runEnv(ctx context.Context, e *env, args []string) int {
	stderr := e.stderr
	defer restoreHeap(e.getenv)() // a large scan lowers the GC target
	root := newRoot(e)
	root.SetArgs(args)
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitClean
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil && ee.err.Error() != "" {
			fmt.Fprintln(stderr, "iacvet:", ee.err)
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "iacvet:", err)
	return ExitError
}

func newRoot(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:           "iacvet",
		Short:         "Vet AWS infrastructure-as-code before it is applied",
		Long:          "iacvet checks Terraform plans, Terraform sources and CloudFormation (SAM, CDK) templates against built-in and custom Rego policies, live AWS data and cost budgets.",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &exitError{code: ExitError, err: fmt.Errorf("%w (see 'iacvet %s --help')", err, c.Name())}
	})
	root.AddCommand(newScanCmd(e), newCostCmd(e), newBaselineCmd(e), newMergeCmd(e), newRulesCmd(e), newExplainCmd(e), newPolicyCmd(e), newPricingCmd(e), newMCPCmd(e), newVersionCmd(e))
	return root
}
