// Package config owns iacvet's configuration file, .iacvet.yaml: rules to
// disable, severity overrides, path excludes, suppressions, the default
// region, the failure threshold, extra policy directories and cost budgets.
// The file is found from the scanned path upward; command-line flags
// override it. Suppressions match resources by address pattern
// (AddressPattern: Terraform address steps, CloudFormation logical ids);
// the package also owns baseline files.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/iacvet/iacvet/model"
)

// FileNames are the names looked for, in order.
var FileNames = []string{".iacvet.yaml", ".iacvet.yml"}

// Config is the parsed file.
type Config struct {
	// Path is where the file was read from ("" when none was found).
	Path          string        `yaml:"-"`
	Region        string        `yaml:"region"`
	FailOn        string        `yaml:"fail_on"`
	FailOnUnknown bool          `yaml:"fail_on_unknown"`
	Policies      []string      `yaml:"policies"`
	Exclude       []string      `yaml:"exclude"`
	Rules         Rules         `yaml:"rules"`
	Suppress      []Suppression `yaml:"suppress"`
	Baseline      string        `yaml:"baseline"`
	Cost          Cost          `yaml:"cost"`
}

// Rules enables, disables and re-grades rules.
type Rules struct {
	Disable  []string          `yaml:"disable"`
	Severity map[string]string `yaml:"severity"`
}

// Suppression silences a rule on matching resources, with a reason.
type Suppression struct {
	Rule     string `yaml:"rule"`
	Resource string `yaml:"resource"` // address pattern (see AddressPattern); empty: any
	Path     string `yaml:"path"`     // glob on the file; empty: any
	Reason   string `yaml:"reason"`
	// Line is the entry's line in the configuration file.
	Line     int             `yaml:"-"`
	resource *AddressPattern // compiled Resource
}

// lineError is an error about one line of the configuration file.
type lineError struct {
	line int
	err  error
}

func (e *lineError) Error() string { return fmt.Sprintf("line %d: %v", e.line, e.err) }
func (e *lineError) Unwrap() error { return e.err }

// Cost holds budgets, passed to policies as input.config.cost.
type Cost struct {
	MaxMonthlyCost     *float64           `yaml:"max_monthly_cost" json:"max_monthly_cost,omitempty"`
	MaxMonthlyIncrease *float64           `yaml:"max_monthly_increase" json:"max_monthly_increase,omitempty"`
	ResourceCeilings   map[string]float64 `yaml:"resource_ceilings" json:"resource_ceilings,omitempty"`
	UsageFile          string             `yaml:"usage_file" json:"-"`
}

// Find looks for a configuration file in start (a file's directory or a
// directory) and its parents, up to the filesystem root or a directory
// holding .git.
func Find(start string) (string, error) {
	dir, err := filepath.Abs(start)
	if err != nil {
		return "", err
	}
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		dir = filepath.Dir(dir)
	}
	for {
		for _, name := range FileNames {
			p := filepath.Join(dir, name)
			if _, err := os.Stat(p); err == nil {
				return p, nil
			}
		}
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads and validates a configuration file. Relative paths in it
// (policies, baseline, usage file) are resolved against its directory.
func Load(p string) (*Config, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	c, err := Parse(data)
	if err != nil {
		var le *lineError
		if errors.As(err, &le) {
			return nil, fmt.Errorf("config %s:%d: %w", p, le.line, le.err)
		}
		return nil, fmt.Errorf("config %s: %w", p, err)
	}
	c.Path = p
	base := filepath.Dir(p)
	for i, d := range c.Policies {
		c.Policies[i] = resolve(base, d)
	}
	c.Baseline = resolve(base, c.Baseline)
	c.Cost.UsageFile = resolve(base, c.Cost.UsageFile)
	return c, nil
}

func resolve(base, p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(base, p)
}

// Parse parses configuration YAML strictly: unknown keys are errors, so a
// typo does not silently disable a setting.
func Parse(data []byte) (*Config, error) {
	c := &Config{}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	if c.FailOn != "" && c.FailOn != "none" {
		if _, err := model.ParseSeverity(c.FailOn); err != nil {
			return nil, fmt.Errorf("fail_on: %w", err)
		}
	}
	for id, s := range c.Rules.Severity {
		if _, err := model.ParseSeverity(s); err != nil {
			return nil, fmt.Errorf("rules.severity.%s: %w", id, err)
		}
	}
	lines := suppressLines(data)
	for i := range c.Suppress {
		s := &c.Suppress[i]
		fields := map[string]int{}
		if i < len(lines) {
			s.Line, fields = lines[i].entry, lines[i].fields
		}
		at := func(field string) int { // the field's line, else the entry's
			if l := fields[field]; l > 0 {
				return l
			}
			return s.Line
		}
		line := s.Line
		if s.Rule == "" {
			return nil, &lineError{line, fmt.Errorf("suppress[%d]: rule is required", i)}
		}
		if strings.TrimSpace(s.Reason) == "" {
			return nil, &lineError{line, fmt.Errorf("suppress[%d] (%s): a reason is required", i, s.Rule)}
		}
		if s.Resource != "" {
			p, err := ParseAddressPattern(s.Resource)
			if err != nil {
				return nil, &lineError{at("resource"), fmt.Errorf("suppress[%d].resource: %w", i, err)}
			}
			s.resource = p
		}
		if _, err := path.Match(strings.ReplaceAll(s.Path, "**", "*"), ""); err != nil {
			return nil, &lineError{at("path"), fmt.Errorf("suppress[%d].path: bad pattern %q: %w", i, s.Path, err)}
		}
	}
	for _, g := range c.Exclude {
		if _, err := path.Match(strings.ReplaceAll(g, "**", "*"), ""); err != nil {
			return nil, fmt.Errorf("exclude: bad pattern %q: %w", g, err)
		}
	}
	return c, nil
}

// entryLines are the lines of one suppress entry and of its fields.
type entryLines struct {
	entry  int
	fields map[string]int
}

// suppressLines finds the line of every suppress entry (and of its fields)
// in the YAML: yaml.v3 drops positions when it decodes into a struct.
func suppressLines(data []byte) []entryLines {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil || len(doc.Content) == 0 {
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil
	}
	var out []entryLines
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value != "suppress" || root.Content[i+1].Kind != yaml.SequenceNode {
			continue
		}
		for _, item := range root.Content[i+1].Content {
			e := entryLines{entry: item.Line, fields: map[string]int{}}
			for j := 0; item.Kind == yaml.MappingNode && j+1 < len(item.Content); j += 2 {
				e.fields[item.Content[j].Value] = item.Content[j+1].Line
			}
			out = append(out, e)
		}
	}
	return out
}

// Disabled returns the set of disabled rule ids.
func (c *Config) Disabled() map[string]bool {
	out := map[string]bool{}
	for _, id := range c.Rules.Disable {
		out[id] = true
	}
	return out
}

// SeverityOverrides returns the parsed severity overrides.
func (c *Config) SeverityOverrides() map[string]model.Severity {
	out := map[string]model.Severity{}
	for id, s := range c.Rules.Severity {
		sev, _ := model.ParseSeverity(s)
		out[id] = sev
	}
	return out
}

// Excluded reports whether a slash-separated display path matches an
// exclude pattern. "**" matches any number of path segments.
func (c *Config) Excluded(p string) bool {
	for _, g := range c.Exclude {
		if MatchGlob(g, p) {
			return true
		}
	}
	return false
}

// MatchGlob matches a slash-separated path against a glob where "**"
// matches any number of segments (including none) and a pattern without a
// slash matches the base name too.
func MatchGlob(pattern, p string) bool {
	p = strings.TrimPrefix(p, "./")
	pattern = strings.TrimPrefix(pattern, "./")
	if !strings.Contains(pattern, "/") {
		if ok, _ := path.Match(pattern, path.Base(p)); ok {
			return true
		}
	}
	return matchSegments(strings.Split(pattern, "/"), strings.Split(p, "/"))
}

func matchSegments(pat, segs []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for i := 0; i <= len(segs); i++ {
				if matchSegments(pat[1:], segs[i:]) {
					return true
				}
			}
			return false
		}
		if len(segs) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], segs[0]); !ok {
			return false
		}
		pat, segs = pat[1:], segs[1:]
	}
	// A pattern naming a directory covers everything below it.
	return true
}

// ApplySuppressions marks findings matched by the configuration's suppressions.
func (c *Config) ApplySuppressions(findings []model.Finding) {
	for i := range findings {
		f := &findings[i]
		if f.Suppression != nil {
			continue
		}
		for i := range c.Suppress {
			s := &c.Suppress[i]
			if !s.matches(f) {
				continue
			}
			f.Suppression = &model.Suppression{RuleID: f.RuleID, Kind: model.SuppressionExternal, Justification: s.Reason, Position: c.position(s)}
			break
		}
	}
}

// matches reports whether the suppression covers a finding: its rule, its
// resource pattern and its path glob.
func (s *Suppression) matches(f *model.Finding) bool {
	if s.Rule != f.RuleID && s.Rule != "*" {
		return false
	}
	if s.Resource != "" {
		p := s.resource
		if p == nil { // built by hand, not parsed
			var err error
			if p, err = ParseAddressPattern(s.Resource); err != nil {
				return false
			}
		}
		if !p.Match(f.Resource) {
			return false
		}
	}
	return s.Path == "" || MatchGlob(s.Path, f.Location.File)
}

// position is where a configuration suppression is declared, or nil when
// the configuration did not come from a file.
func (c *Config) position(s *Suppression) *model.Position {
	if c.Path == "" {
		return nil
	}
	return &model.Position{File: DisplayPath(c.Path), Line: s.Line}
}

// DisplayPath shows a file relative to the working directory when it lies
// inside it, slash-separated, as inputs are shown.
func DisplayPath(p string) string {
	if wd, err := os.Getwd(); err == nil && filepath.IsAbs(p) {
		if rel, err := filepath.Rel(wd, p); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			p = rel
		}
	}
	return filepath.ToSlash(p)
}

// CheckSuppressions warns about configuration suppressions that do nothing:
// one naming a rule that does not exist (known holds every rule id), and one
// matching no finding of the scan. A suppression of a disabled rule is not
// reported as matching nothing: the rule did not run.
func (c *Config) CheckSuppressions(findings []model.Finding, known, disabled map[string]bool) model.Diagnostics {
	var diags model.Diagnostics
	for i := range c.Suppress {
		s := &c.Suppress[i]
		pos := model.Position{File: "configuration"}
		if p := c.position(s); p != nil {
			pos = *p
		}
		if s.Rule != "*" && !known[s.Rule] {
			diags.Warnf(pos, "suppression names %s, which is not a rule", s.Rule)
			continue
		}
		if disabled[s.Rule] {
			continue
		}
		used := false
		for j := range findings {
			if s.matches(&findings[j]) {
				used = true
				break
			}
		}
		if !used {
			diags.Warnf(pos, "suppression of %s matches nothing in this scan", s.describe())
		}
	}
	return diags
}

// describe names what a suppression covers, for messages.
func (s *Suppression) describe() string {
	d := s.Rule
	if s.Resource != "" {
		d += " on " + s.Resource
	}
	if s.Path != "" {
		d += " in " + s.Path
	}
	return d
}
