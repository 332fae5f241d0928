package rules

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/iacvet/iacvet/model"
)

// TestCompileGroups: rule packages compile in groups on several cores; a
// rule that imports another rule's package (which cannot compile in a group
// of its own) still loads, through the single-compiler fallback, and a
// broken policy still fails to load.
func TestCompileGroups(t *testing.T) {
	rule := func(id, pkg, body string) string {
		return "# METADATA\n# title: t\n# description: d\n# custom:\n#   id: " + id + "\n#   severity: low\n#   resource_types: [AWS::S3::Bucket]\npackage " + pkg + "\n\nimport data.iacvet.lib\n\n" + body + "\n"
	}
	deny := `deny contains lib.finding(r, "m", "") if { some r in input.resources }`
	many := fstest.MapFS{}
	for _, id := range []string{"A", "B", "C", "D", "E", "F"} {
		many["x/"+id+".rego"] = &fstest.MapFile{Data: []byte(rule("T-"+id, "t."+id, deny))}
	}
	crossRef := fstest.MapFS{}
	for k, v := range many {
		crossRef[k] = v
	}
	crossRef["x/G.rego"] = &fstest.MapFile{Data: []byte(rule("T-G", "t.G", `deny contains f if { some f in data.t.B.deny }`))}
	broken := fstest.MapFS{}
	for k, v := range many {
		broken[k] = v
	}
	broken["x/H.rego"] = &fstest.MapFile{Data: []byte(rule("T-H", "t.H", `deny contains f if { f := data.t.nothere.deny; undefined_function(f) }`))}
	cases := []struct {
		name      string
		fs        fstest.MapFS
		wantRules int
		wantErr   bool
	}{
		{"independent rules", many, 6, false},
		{"a rule reading another rule", crossRef, 7, false},
		{"a broken rule", broken, 0, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, err := New(context.Background(), Options{Workers: 2, Sources: []Source{Builtin(), {Name: "user", FS: c.fs}}})
			if (err != nil) != c.wantErr {
				t.Fatalf("err = %v, want error %v", err, c.wantErr)
			}
			if err != nil {
				return
			}
			user := 0
			for _, m := range e.Rules() {
				if !m.Builtin {
					user++
				}
			}
			if user != c.wantRules {
				t.Errorf("%d user rules loaded, want %d", user, c.wantRules)
			}
			// Every user rule fires on a bucket, T-G through T-A's results.
			res, err := e.Eval(context.Background(), Input{Resources: []*model.Resource{{Address: "b", Type: "AWS::S3::Bucket", Mode: model.ModeManaged, Properties: map[string]any{}}}})
			if err != nil {
				t.Fatal(err)
			}
			fired := map[string]bool{}
			for _, f := range res.Findings {
				fired[f.RuleID] = true
			}
			for _, m := range e.Rules() {
				if !m.Builtin && !fired[m.ID] {
					t.Errorf("%s did not fire", m.ID)
				}
			}
		})
	}
}

// TestGroupModulesCrossReferences: a policy that reads another rule
// package is compiled with everything else in one group.
func TestGroupModulesCrossReferences(t *testing.T) {
	deny := `deny contains 1 if { input.x }`
	base := map[string]string{}
	for _, id := range []string{"A", "B", "C", "D", "E", "F"} {
		base[id] = deny
	}
	cases := []struct {
		name   string
		body   string
		groups int
	}{
		{"independent", deny, 2},
		{"reads a rule's set", `deny contains f if { some f in data.t.A.deny }`, 1},
		{"reads the whole tree", `deny contains f if { some f in data.t[_].deny }`, 1},
		{"reads a library", `deny contains 1 if { data.iacvet.lib.is_true(input.x) }`, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for id, body := range base {
				fsys["x/"+id+".rego"] = &fstest.MapFile{Data: []byte(ruleText("T-"+id, "t."+id, body))}
			}
			fsys["x/G.rego"] = &fstest.MapFile{Data: []byte(ruleText("T-G", "t.G", c.body))}
			mods, err := parseSources([]Source{Builtin(), {Name: "user", FS: fsys}}, false)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(groupModules(mods, 2)); got != c.groups {
				t.Errorf("%d groups, want %d", got, c.groups)
			}
		})
	}
}

func ruleText(id, pkg, body string) string {
	return "# METADATA\n# title: t\n# description: d\n# custom:\n#   id: " + id + "\n#   severity: low\n#   resource_types: [AWS::S3::Bucket]\npackage " + pkg + "\n\nimport data.iacvet.lib\n\n" + body + "\n"
}

func TestGroupModulesKeepsPackagesTogether(t *testing.T) {
	mods, err := parseSources([]Source{Builtin()}, false)
	if err != nil {
		t.Fatal(err)
	}
	groups := groupModules(mods, 2)
	if len(groups) != 2 {
		t.Fatalf("%d groups, want 2", len(groups))
	}
	where := map[string]map[int]bool{}
	for g, group := range groups {
		for _, m := range group {
			pkg := m.module.Package.Path.String()
			if where[pkg] == nil {
				where[pkg] = map[int]bool{}
			}
			where[pkg][g] = true
		}
	}
	for _, m := range mods {
		pkg := m.module.Package.Path.String()
		if isRuleModule(m) && len(where[pkg]) != 1 {
			t.Errorf("rule package %s is in %d groups", pkg, len(where[pkg]))
		}
		if !isRuleModule(m) && len(where[pkg]) != 2 {
			t.Errorf("library package %s is in %d groups, want every group", pkg, len(where[pkg]))
		}
	}
}
