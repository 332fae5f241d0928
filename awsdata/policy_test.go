package awsdata_test

import (
	"context"
	"io/fs"
	"path"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/iacvet/iacvet/awsdata"
	"github.com/iacvet/iacvet/policies"
	"github.com/iacvet/iacvet/rules"
)

func liveModules(t *testing.T) map[string]*ast.Module {
	t.Helper()
	modules := map[string]*ast.Module{}
	for _, dir := range []string{"lib", "live"} {
		entries, err := fs.ReadDir(policies.FS, dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if !strings.HasSuffix(e.Name(), ".rego") {
				continue
			}
			name := path.Join(dir, e.Name())
			src, err := fs.ReadFile(policies.FS, name)
			if err != nil {
				t.Fatal(err)
			}
			m, err := ast.ParseModuleWithOpts(name, string(src), ast.ParserOptions{RegoVersion: ast.RegoV1, ProcessAnnotation: true})
			if err != nil {
				t.Fatal(err)
			}
			modules[name] = m
		}
	}
	return modules
}

// TestLivePolicies runs policies/live/*_test.rego through OPA's tester,
// with the engine's restricted capabilities.
func TestLivePolicies(t *testing.T) {
	results, err := rules.RunTests(context.Background(), []rules.Source{rules.Builtin()})
	if err != nil {
		t.Fatal(err)
	}
	n, problems := rules.TestProblems(results, "builtin/live/")
	for _, p := range problems {
		t.Error(p)
	}
	if n < 14 {
		t.Errorf("ran %d Rego tests, want at least 14", n)
	}
}

// TestServiceRuleTypes keeps AWS-LIVE-007's resource_types equal to the
// types Collect asks SSM about.
func TestServiceRuleTypes(t *testing.T) {
	m := liveModules(t)["live/service_region.rego"]
	var got []string
	for _, a := range m.Annotations {
		if a.Scope == "package" {
			for _, v := range a.Custom["resource_types"].([]any) {
				got = append(got, v.(string))
			}
		}
	}
	var want []string
	for k := range awsdata.ServiceOf {
		want = append(want, k)
	}
	sort.Strings(got)
	sort.Strings(want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("service_region.rego resource_types vs awsdata.ServiceOf (-want +got):\n%s", diff)
	}
}
