// Package config owns iacvet's configuration file, .iacvet.yaml: rules to
// disable, severity overrides, path excludes, suppressions, the default
// region, the failure threshold, extra policy directories and cost budgets.
// The file is found from the scanned path upward; command-line flags
// override it.
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
	Resource string `yaml:"resource"` // glob on the address; empty: any
	Path     string `yaml:"path"`     // glob on the file; empty: any
	Reason   string `yaml:"reason"`
}

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
	for i, s := range c.Suppress {
		if s.Rule == "" {
			return nil, fmt.Errorf("suppress[%d]: rule is required", i)
		}
		if strings.TrimSpace(s.Reason) == "" {
			return nil, fmt.Errorf("suppress[%d] (%s): a reason is required", i, s.Rule)
		}
		for _, g := range []string{s.Resource, s.Path} {
			if _, err := path.Match(g, ""); err != nil {
				return nil, fmt.Errorf("suppress[%d]: bad pattern %q: %w", i, g, err)
			}
		}
	}
	for _, g := range c.Exclude {
		if _, err := path.Match(strings.ReplaceAll(g, "**", "*"), ""); err != nil {
			return nil, fmt.Errorf("exclude: bad pattern %q: %w", g, err)
		}
	}
	return c, nil
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
		for _, s := range c.Suppress {
			if s.Rule != f.RuleID && s.Rule != "*" {
				continue
			}
			if s.Resource != "" {
				if ok, _ := path.Match(s.Resource, f.Resource); !ok && s.Resource != f.Resource {
					continue
				}
			}
			if s.Path != "" && !MatchGlob(s.Path, f.Location.File) {
				continue
			}
			f.Suppression = &model.Suppression{RuleID: f.RuleID, Kind: model.SuppressionExternal, Justification: s.Reason}
			break
		}
	}
}
