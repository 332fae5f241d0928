package rules

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// RunTests runs the Rego unit tests with the default limits (see
// RunTestsWith).
func RunTests(ctx context.Context, sources []Source) ([]*tester.Result, error) {
	return RunTestsWith(ctx, sources, Limits{})
}

// RunTestsWith runs the Rego unit tests (test_* rules) of the sources with
// OPA's tester, compiled with the engine's restricted capabilities. Test
// files (*_test.rego) are included; every source's policies and libraries
// are loaded so tests can import data.iacvet.lib. The limits are the
// engine's: each test has the rule deadline and the capped builtins, and
// when the heap grows over the memory budget the run stops with an error.
func RunTestsWith(ctx context.Context, sources []Source, limits Limits) ([]*tester.Result, error) {
	limits = limits.withDefaults()
	mods, err := parseSources(sources, true)
	if err != nil {
		return nil, err
	}
	modules := make(map[string]*ast.Module, len(mods))
	for _, m := range mods {
		modules[m.name] = m.module
	}
	runner := tester.NewRunner().SetModules(modules).CapturePrintOutput(true).SetTimeout(limits.Timeout).
		SetCompiler(ast.NewCompiler().WithCapabilities(Capabilities()).WithEnablePrintStatements(true))
	guard := newMemGuard(limits.Memory)
	defer guard.close()
	runCtx, cancel := context.WithCancelCause(context.WithValue(ctx, limitsKey{}, limits))
	defer cancel(nil)
	g := guard.enter(cancel)
	defer guard.leave(g)
	ch, err := runner.RunTests(runCtx, nil)
	if err != nil {
		return nil, fmt.Errorf("run policy tests: %w", err)
	}
	var out []*tester.Result
	for r := range ch {
		out = append(out, r)
	}
	if lim := limitError(runCtx, limits); lim != nil {
		return out, fmt.Errorf("run policy tests: %w", lim)
	}
	for _, r := range out {
		if r.Error != nil && (errors.Is(r.Error, context.DeadlineExceeded) || topdown.IsCancel(r.Error)) && ctx.Err() == nil {
			r.Error = fmt.Errorf("timed out after %s (the policy time limit): %w", limits.Timeout, r.Error)
		}
	}
	return out, nil
}

// TestProblems filters test results to files under a prefix (as named in
// the results, e.g. "builtin/live/") and describes each failure or error.
func TestProblems(results []*tester.Result, prefix string) (ran int, problems []string) {
	for _, r := range results {
		if !strings.HasPrefix(r.Location.File, prefix) {
			continue
		}
		ran++
		switch {
		case r.Error != nil:
			problems = append(problems, fmt.Sprintf("%s: %s: %v", r.Location.File, r.Name, r.Error))
		case r.Fail:
			problems = append(problems, fmt.Sprintf("%s: %s failed\n%s", r.Location.File, r.Name, r.Output))
		}
	}
	return ran, problems
}
