package policies_test

import (
	"context"
	"strings"
	"testing"

	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/policies"
	"github.com/iacvet/iacvet/rules"
)

// TestControls keeps the controls catalogue and the built-in rules'
// compliance metadata in step: every fsbp/cis id a rule lists is
// catalogued and checkable, and every checkable control has a rule or says
// why it is missing (and drops that reason once a rule covers it).
func TestControls(t *testing.T) {
	cat, err := policies.Controls()
	if err != nil {
		t.Fatal(err)
	}
	eng, err := rules.New(context.Background(), rules.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var metas []model.RuleMeta
	for _, m := range eng.Rules() {
		if m.Builtin {
			metas = append(metas, m)
		}
	}
	for _, fw := range cat.Frameworks {
		if len(fw.Controls) == 0 {
			t.Errorf("%s: no controls catalogued", fw.Key)
		}
		for _, m := range metas {
			for _, id := range fw.RuleIDs(m) {
				c, ok := fw.Control(id)
				switch {
				case !ok:
					t.Errorf("rule %s (%s) lists %s %q, which %s does not catalogue", m.ID, m.File, fw.Key, id, policies.ControlsFile)
				case !c.Checkable:
					t.Errorf("rule %s lists %s %s, which %s:%d marks not checkable (%s)", m.ID, fw.Key, id, policies.ControlsFile, c.Line, c.Reason)
				}
			}
		}
		covered := fw.Covered(metas)
		for _, c := range fw.Controls {
			rules := covered[c.ID]
			switch {
			case c.Checkable && len(rules) == 0 && c.Missing == "":
				t.Errorf("%s:%d: %s %s is checkable but no rule covers it: write one or give a missing: reason", policies.ControlsFile, c.Line, fw.Key, c.ID)
			case len(rules) > 0 && c.Missing != "":
				t.Errorf("%s:%d: %s %s is covered by %s: delete its missing: reason", policies.ControlsFile, c.Line, fw.Key, c.ID, strings.Join(rules, ", "))
			}
		}
	}
}

// TestLoadControls checks that the catalogue loader rejects malformed
// entries, naming the line.
func TestLoadControls(t *testing.T) {
	for _, tc := range []struct {
		name, doc, err string
	}{
		{"unknown framework", "nist:\n  - {id: AC.1, title: x, checkable: true}\n", "c.yaml:1: unknown framework \"nist\""},
		{"no checkable", "fsbp:\n  - {id: S3.1, title: x}\n", "c.yaml:2: S3.1: say whether it is checkable"},
		{"no reason", "fsbp:\n  - {id: S3.1, title: x, checkable: false}\n", "c.yaml:2: S3.1: not checkable, but no reason"},
		{"reason on checkable", "cis:\n  - {id: \"1.8\", title: x, checkable: true, reason: r}\n", "c.yaml:2: 1.8: checkable controls take missing:"},
		{"missing on not checkable", "cis:\n  - {id: \"1.4\", title: x, checkable: false, reason: r, missing: m}\n", "c.yaml:2: 1.4: a control that is not checkable cannot be missing"},
		{"duplicate", "fsbp:\n  - {id: S3.1, title: x, checkable: true}\n  - {id: S3.1, title: y, checkable: true}\n", "c.yaml:3: fsbp S3.1 is already catalogued at line 2"},
		{"fsbp flag on cis", "cis:\n  - {id: \"1.8\", title: x, checkable: true, fsbp: false}\n", "c.yaml:2: 1.8: fsbp: applies to Security Hub controls only"},
		{"no title", "fsbp:\n  - {id: S3.1, checkable: true}\n", "c.yaml:2: S3.1: no title"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := policies.LoadControls("c.yaml", []byte(tc.doc))
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("error %v, want %q", err, tc.err)
			}
		})
	}
	cat, err := policies.LoadControls("c.yaml", []byte("cis:\n  - {id: \"1.8\", title: Length, checkable: true}\nfsbp:\n  - {id: CloudWatch.1, title: Root, checkable: true, fsbp: false, verified: false}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := cat.Frameworks[0]; got.Key != "fsbp" || len(got.Controls) != 1 || got.Controls[0].InFSBP || got.Controls[0].Verified || got.Controls[0].Line != 4 {
		t.Errorf("fsbp section: %+v", got)
	}
	if got := cat.Frameworks[1]; got.Key != "cis" || len(got.Controls) != 1 || !got.Controls[0].Checkable {
		t.Errorf("cis section: %+v", got)
	}
}
