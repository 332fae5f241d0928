package policies_test

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iacvet/iacvet/cli"
	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/policies"
	"github.com/iacvet/iacvet/report"
	"github.com/iacvet/iacvet/rules"
	"github.com/iacvet/iacvet/scan"
)

var update = flag.Bool("update", false, "rewrite golden files")

const fixtureRoot = "../testdata/rules"

// fixtureKinds lists, per input kind a rule can serve, the fixture files
// each verdict directory holds: required ones, optional scanned ones (a SAM
// variant of the template) and support files that are not scanned
// themselves (variable values the plan was made with).
var fixtureKinds = []struct {
	kind                        string
	required, optional, support []string
}{
	{kind: model.InputTerraform, required: []string{"plan.json", "main.tf"}, support: []string{"terraform.tfvars"}},
	{kind: model.InputCloudFormation, required: []string{"template.yaml"}, optional: []string{"template.sam.yaml"}},
}

// fixtureSet checks the files of one verdict directory against the input
// kinds the rule serves and returns the fixtures to scan, plan.json first
// when the rule serves Terraform. Every served kind needs its required
// files; a file of a kind the rule does not serve, or an unknown file, is
// an error.
func fixtureSet(m model.RuleMeta, dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	present := map[string]bool{}
	for _, e := range entries {
		present[e.Name()] = true
	}
	var scan, problems []string
	known := map[string]bool{}
	for _, k := range fixtureKinds {
		files := append(append(append([]string(nil), k.required...), k.optional...), k.support...)
		for _, f := range files {
			known[f] = true
		}
		if !m.Serves(k.kind) {
			for _, f := range files {
				if present[f] {
					problems = append(problems, fmt.Sprintf("%s is a %s fixture, but the rule serves only %s", f, k.kind, strings.Join(m.Inputs, ", ")))
				}
			}
			continue
		}
		for _, f := range k.required {
			if present[f] {
				scan = append(scan, f)
			} else {
				problems = append(problems, "missing fixture "+f)
			}
		}
		for _, f := range k.optional {
			if present[f] {
				scan = append(scan, f)
			}
		}
	}
	for _, e := range entries {
		if !known[e.Name()] {
			problems = append(problems, "unexpected file "+e.Name())
		}
	}
	if len(problems) > 0 {
		return scan, fmt.Errorf("%s: %s", dir, strings.Join(problems, "; "))
	}
	return scan, nil
}

func newScanner(t *testing.T) *scan.Scanner {
	t.Helper()
	s, err := scan.NewScanner(context.Background(), nil, report.Tool{Name: "iacvet", Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestRuleFixtures runs every rule's fail and pass fixtures through a scan
// and checks the verdicts, and that a rule's verdicts agree across input
// kinds (parity of the Terraform and CloudFormation mappings).
func TestRuleFixtures(t *testing.T) {
	ctx := context.Background()
	s := newScanner(t)
	metas := s.Engine.Rules()
	builtin := map[string]model.RuleMeta{}
	for _, m := range metas {
		if m.Builtin && !strings.HasPrefix(m.ID, "AWS-LIVE-") && !strings.HasPrefix(m.ID, "COST-") && !strings.HasPrefix(m.File, "cost/") && !strings.HasPrefix(m.File, "live/") {
			builtin[m.ID] = m
		}
	}
	dirs, err := os.ReadDir(fixtureRoot)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		id := d.Name()
		seen[id] = true
		t.Run(id, func(t *testing.T) {
			if _, ok := builtin[id]; !ok {
				t.Fatalf("fixtures for %s, which is not a built-in rule", id)
			}
			fired := map[string]bool{} // "fail/plan.json" -> rule fired
			scanned := map[string][]string{}
			for _, verdict := range []string{"fail", "pass"} {
				files, err := fixtureSet(builtin[id], filepath.Join(fixtureRoot, id, verdict))
				if err != nil {
					t.Error(err)
				}
				scanned[verdict] = files
				for _, name := range files {
					path := filepath.Join(fixtureRoot, id, verdict, name)
					key := verdict + "/" + name
					t.Run(key, func(t *testing.T) {
						opts := scan.Options{Paths: []string{path}, Region: "us-east-1"}
						p := s.Parse(ctx, opts)
						for _, d := range p.Diagnostics {
							if d.Severity == model.DiagError {
								t.Errorf("diagnostic: %s", d)
							}
						}
						rep, err := s.Eval(ctx, p, opts, scan.Extra{})
						if err != nil {
							t.Fatal(err)
						}
						var hits []model.Finding
						for _, f := range rep.Findings {
							if f.RuleID == id && f.Outcome == model.OutcomeFail && f.Suppression == nil {
								hits = append(hits, f)
							}
						}
						fired[key] = len(hits) > 0
						switch verdict {
						case "fail":
							if len(hits) == 0 {
								t.Fatalf("%s: no %s finding; findings: %v", path, id, summary(rep.Findings))
							}
							if name != "main.tf" {
								for _, f := range hits {
									if !f.Location.Known() {
										t.Errorf("%s: finding %q has no line (%s)", path, f.Message, f.Location)
									}
								}
							}
						case "pass":
							if len(hits) > 0 {
								t.Fatalf("%s: unexpected %s findings: %v", path, id, summary(hits))
							}
						}
					})
				}
			}
			// Parity: a rule that fires on one kind's fixture must fire on
			// the equivalent fixtures of the other kinds it serves.
			for _, verdict := range []string{"fail", "pass"} {
				files := scanned[verdict]
				if len(files) == 0 {
					continue
				}
				first, okFirst := fired[verdict+"/"+files[0]]
				for _, name := range files[1:] {
					other, ok := fired[verdict+"/"+name]
					if okFirst && ok && first != other {
						t.Errorf("parity: %s fires on %s/%s: %v, on %s/%s: %v", id, verdict, files[0], first, verdict, name, other)
					}
				}
			}
		})
	}
	for id := range builtin {
		if !seen[id] {
			t.Errorf("rule %s has no fixtures under %s", id, fixtureRoot)
		}
	}
}

func summary(fs []model.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.RuleID+" "+string(f.Outcome)+" "+f.Location.String()+": "+f.Message)
	}
	return out
}

// TestRuleMetadata checks that every built-in rule documents itself fully
// and has a Rego unit test beside it.
func TestRuleMetadata(t *testing.T) {
	eng, err := rules.New(context.Background(), rules.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range eng.Rules() {
		if strings.HasPrefix(m.File, "live/") || strings.HasPrefix(m.File, "cost/") {
			continue
		}
		t.Run(m.ID, func(t *testing.T) {
			fields := map[string]string{
				"title": m.Title, "description": m.Description, "remediation": m.Remediation, "file": m.File,
			}
			// Each served input kind shows its fix; a kind the rule does
			// not serve has none to show.
			for kind, snippet := range map[string]string{model.InputTerraform: m.Terraform, model.InputCloudFormation: m.CloudFormation} {
				if m.Serves(kind) {
					fields[kind] = snippet
				} else if strings.TrimSpace(snippet) != "" {
					t.Errorf("METADATA %s snippet for a rule that does not serve %s", kind, kind)
				}
			}
			for field, v := range fields {
				if strings.TrimSpace(v) == "" {
					t.Errorf("METADATA %s is empty", field)
				}
			}
			if m.Severity.Rank() < 0 {
				t.Errorf("bad severity %q", m.Severity)
			}
			if len(m.ResourceTypes) == 0 {
				t.Errorf("no resource_types")
			}
			if m.CIS == nil && m.FSBP == nil {
				t.Errorf("no cis/fsbp lists (declare [] when none applies)")
			}
			test := strings.TrimSuffix(m.File, ".rego") + "_test.rego"
			if _, err := fs.Stat(policies.FS, test); err != nil {
				t.Errorf("no Rego unit test %s", test)
			}
			for _, verdict := range []string{"fail", "pass"} {
				if _, err := fixtureSet(m, filepath.Join(fixtureRoot, m.ID, verdict)); err != nil {
					t.Error(err)
				}
			}
		})
	}
}

// TestRegoUnitTests runs every *_test.rego of the built-in rules (live/ and
// cost/ run their own) with OPA's tester.
func TestRegoUnitTests(t *testing.T) {
	results, err := rules.RunTests(context.Background(), []rules.Source{rules.Builtin()})
	if err != nil {
		t.Fatal(err)
	}
	var n int
	files := map[string]bool{}
	for _, res := range results {
		file := strings.TrimPrefix(res.Location.File, "builtin/")
		if strings.HasPrefix(file, "live/") || strings.HasPrefix(file, "cost/") {
			continue // run by the awsdata and cost packages
		}
		n++
		files[file] = true
		if res.Error != nil {
			t.Errorf("%s: %s: %v", file, res.Name, res.Error)
		} else if res.Fail {
			t.Errorf("%s: %s failed\n%s", file, res.Name, res.Output)
		}
	}
	if n == 0 {
		t.Fatal(errors.New("no Rego tests ran"))
	}
	t.Logf("%d Rego tests in %d files", n, len(files))
}

// TestRulesDoc keeps docs/rules.md in sync with the rules' metadata.
func TestRulesDoc(t *testing.T) {
	eng, err := rules.New(context.Background(), rules.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cat, err := policies.Controls()
	if err != nil {
		t.Fatal(err)
	}
	want := cli.RulesMarkdown(eng.Rules(), cat)
	const doc = "../docs/rules.md"
	if *update {
		if err := os.WriteFile(doc, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("docs/rules.md is out of date: run go test ./policies/ -update")
	}
}

// TestFixtureSet checks the fixture rules TestRuleFixtures applies: files
// exactly for the kinds a rule serves, an optional SAM template, nothing
// unknown.
func TestFixtureSet(t *testing.T) {
	all := model.RuleMeta{ID: "T-1"}
	tfOnly := model.RuleMeta{ID: "T-2", Inputs: []string{model.InputTerraform}}
	for _, tc := range []struct {
		name  string
		meta  model.RuleMeta
		files []string
		want  []string
		err   string
	}{
		{"every kind", all, []string{"plan.json", "main.tf", "template.yaml"}, []string{"plan.json", "main.tf", "template.yaml"}, ""},
		{"with SAM and tfvars", all, []string{"plan.json", "main.tf", "terraform.tfvars", "template.yaml", "template.sam.yaml"}, []string{"plan.json", "main.tf", "template.yaml", "template.sam.yaml"}, ""},
		{"missing template", all, []string{"plan.json", "main.tf"}, []string{"plan.json", "main.tf"}, "missing fixture template.yaml"},
		{"terraform only", tfOnly, []string{"plan.json", "main.tf"}, []string{"plan.json", "main.tf"}, ""},
		{"template for a terraform-only rule", tfOnly, []string{"plan.json", "main.tf", "template.yaml"}, []string{"plan.json", "main.tf"}, "template.yaml is a cloudformation fixture, but the rule serves only terraform"},
		{"unknown file", all, []string{"plan.json", "main.tf", "template.yaml", "notes.txt"}, []string{"plan.json", "main.tf", "template.yaml"}, "unexpected file notes.txt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, f := range tc.files {
				if err := os.WriteFile(filepath.Join(dir, f), nil, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := fixtureSet(tc.meta, dir)
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("scanned %v, want %v", got, tc.want)
			}
			if tc.err == "" && err != nil {
				t.Errorf("unexpected error %v", err)
			}
			if tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
				t.Errorf("error %v, want %q", err, tc.err)
			}
		})
	}
}
