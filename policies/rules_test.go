package policies_test

import (
	"context"
	"errors"
	"flag"
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

// fixtureFiles are the six fixtures every rule has, per verdict.
var fixtureFiles = []string{"plan.json", "main.tf", "template.yaml"}

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
			for _, verdict := range []string{"fail", "pass"} {
				for _, name := range fixtureFiles {
					path := filepath.Join(fixtureRoot, id, verdict, name)
					key := verdict + "/" + name
					t.Run(key, func(t *testing.T) {
						if _, err := os.Stat(path); err != nil {
							t.Fatalf("missing fixture: %v", err)
						}
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
			// Parity: a rule that fires on the plan must fire on the
			// equivalent template and source, and the other way round.
			for _, verdict := range []string{"fail", "pass"} {
				plan, okPlan := fired[verdict+"/plan.json"]
				for _, name := range fixtureFiles[1:] {
					other, ok := fired[verdict+"/"+name]
					if okPlan && ok && plan != other {
						t.Errorf("parity: %s fires on %s/plan.json: %v, on %s/%s: %v", id, verdict, plan, verdict, name, other)
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
			for field, v := range map[string]string{
				"title": m.Title, "description": m.Description, "remediation": m.Remediation,
				"terraform": m.Terraform, "cloudformation": m.CloudFormation, "file": m.File,
			} {
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
				for _, name := range fixtureFiles {
					if _, err := os.Stat(filepath.Join(fixtureRoot, m.ID, verdict, name)); err != nil {
						t.Errorf("missing fixture %s/%s", verdict, name)
					}
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
