package policies

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/iacvet/iacvet/model"
)

// controlsFile is the catalogue of compliance controls the built-in rules
// map to; see the comment at its top for its fields.
//
//go:embed controls.yaml
var controlsFile []byte

// ControlsFile is the catalogue's path relative to the repository root, as
// errors and generated documents name it.
const ControlsFile = "policies/controls.yaml"

// Control is one compliance control: a Security Hub control or a CIS
// benchmark recommendation.
type Control struct {
	ID    string
	Title string
	// Checkable says whether infrastructure code can decide the control.
	Checkable bool
	// Reason says why a control is not checkable.
	Reason string
	// Missing says why a checkable control has no rule yet.
	Missing string
	// InFSBP is false for a Security Hub control outside the FSBP standard.
	InFSBP bool
	// Verified is false for an id kept from rule metadata that the
	// reference lists did not confirm.
	Verified bool
	// Line is the control's line in the catalogue.
	Line int
}

// Framework is one catalogued standard.
type Framework struct {
	// Key is the metadata field rules list the framework's ids under
	// (custom.fsbp, custom.cis).
	Key      string
	Name     string
	Controls []Control
}

// Catalogue holds the catalogued frameworks.
type Catalogue struct {
	Frameworks []Framework
}

// frameworks names the catalogue's sections, in the order they are shown.
var frameworks = []struct{ key, name string }{
	{"fsbp", "AWS Foundational Security Best Practices (Security Hub controls)"},
	{"cis", "CIS AWS Foundations Benchmark v3.0.0"},
}

// Controls returns the embedded catalogue.
func Controls() (*Catalogue, error) {
	return LoadControls(ControlsFile, controlsFile)
}

// LoadControls parses a catalogue; errors name name:line.
func LoadControls(name string, data []byte) (*Catalogue, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s: want a mapping of frameworks (fsbp, cis)", name)
	}
	root := doc.Content[0]
	sections := map[string]*yaml.Node{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if !slices.ContainsFunc(frameworks, func(f struct{ key, name string }) bool { return f.key == k.Value }) {
			return nil, fmt.Errorf("%s:%d: unknown framework %q (want fsbp or cis)", name, k.Line, k.Value)
		}
		if v.Kind != yaml.SequenceNode {
			return nil, fmt.Errorf("%s:%d: %s: want a list of controls", name, v.Line, k.Value)
		}
		sections[k.Value] = v
	}
	cat := &Catalogue{}
	for _, f := range frameworks {
		fw := Framework{Key: f.key, Name: f.name}
		seen := map[string]int{}
		if sec := sections[f.key]; sec != nil {
			for _, n := range sec.Content {
				c, err := decodeControl(n, f.key)
				if err != nil {
					return nil, fmt.Errorf("%s:%d: %w", name, n.Line, err)
				}
				if prev, dup := seen[c.ID]; dup {
					return nil, fmt.Errorf("%s:%d: %s %s is already catalogued at line %d", name, n.Line, f.key, c.ID, prev)
				}
				seen[c.ID] = n.Line
				fw.Controls = append(fw.Controls, c)
			}
		}
		cat.Frameworks = append(cat.Frameworks, fw)
	}
	return cat, nil
}

// decodeControl reads and checks one catalogue entry.
func decodeControl(n *yaml.Node, framework string) (Control, error) {
	var raw struct {
		ID        string `yaml:"id"`
		Title     string `yaml:"title"`
		Checkable *bool  `yaml:"checkable"`
		Reason    string `yaml:"reason"`
		Missing   string `yaml:"missing"`
		FSBP      *bool  `yaml:"fsbp"`
		Verified  *bool  `yaml:"verified"`
	}
	if err := n.Decode(&raw); err != nil {
		return Control{}, err
	}
	c := Control{ID: raw.ID, Title: strings.TrimSpace(raw.Title), Reason: strings.TrimSpace(raw.Reason),
		Missing: strings.TrimSpace(raw.Missing), InFSBP: framework == "fsbp", Verified: true, Line: n.Line}
	switch {
	case c.ID == "":
		return c, fmt.Errorf("control without an id")
	case c.Title == "":
		return c, fmt.Errorf("%s: no title", c.ID)
	case raw.Checkable == nil:
		return c, fmt.Errorf("%s: say whether it is checkable (checkable: true|false)", c.ID)
	}
	c.Checkable = *raw.Checkable
	switch {
	case !c.Checkable && c.Reason == "":
		return c, fmt.Errorf("%s: not checkable, but no reason says why", c.ID)
	case c.Checkable && c.Reason != "":
		return c, fmt.Errorf("%s: checkable controls take missing:, not reason:", c.ID)
	case !c.Checkable && c.Missing != "":
		return c, fmt.Errorf("%s: a control that is not checkable cannot be missing", c.ID)
	}
	if raw.FSBP != nil {
		if framework != "fsbp" {
			return c, fmt.Errorf("%s: fsbp: applies to Security Hub controls only", c.ID)
		}
		c.InFSBP = *raw.FSBP
	}
	if raw.Verified != nil {
		c.Verified = *raw.Verified
	}
	return c, nil
}

// RuleIDs returns the ids a rule lists for the framework.
func (f Framework) RuleIDs(m model.RuleMeta) []string {
	switch f.Key {
	case "fsbp":
		return m.FSBP
	case "cis":
		return m.CIS
	}
	return nil
}

// Control returns the control with the given id.
func (f Framework) Control(id string) (Control, bool) {
	for _, c := range f.Controls {
		if c.ID == id {
			return c, true
		}
	}
	return Control{}, false
}

// Covered maps each of the framework's control ids that rules list to
// those rules' ids, sorted.
func (f Framework) Covered(metas []model.RuleMeta) map[string][]string {
	out := map[string][]string{}
	for _, m := range metas {
		for _, id := range f.RuleIDs(m) {
			if !slices.Contains(out[id], m.ID) {
				out[id] = append(out[id], m.ID)
			}
		}
	}
	for _, ids := range out {
		sort.Strings(ids)
	}
	return out
}
