package rules

import (
	"context"
	"fmt"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"
)

// RunTests runs the Rego unit tests (test_* rules) of the sources with
// OPA's tester, compiled with the engine's restricted capabilities. Test
// files (*_test.rego) are included; every source's policies and libraries
// are loaded so tests can import data.iacvet.lib.
func RunTests(ctx context.Context, sources []Source) ([]*tester.Result, error) {
	mods, err := parseSources(sources, true)
	if err != nil {
		return nil, err
	}
	modules := make(map[string]*ast.Module, len(mods))
	for _, m := range mods {
		modules[m.name] = m.module
	}
	runner := tester.NewRunner().SetModules(modules).CapturePrintOutput(true).
		SetCompiler(ast.NewCompiler().WithCapabilities(Capabilities()).WithEnablePrintStatements(true))
	ch, err := runner.RunTests(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("run policy tests: %w", err)
	}
	var out []*tester.Result
	for r := range ch {
		out = append(out, r)
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
