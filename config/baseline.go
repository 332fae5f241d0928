package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/iacvet/iacvet/model"
)

// BaselineVersion is the baseline file's format version.
const BaselineVersion = 1

// Baseline records the findings that existed when it was written, by
// fingerprint (rule, resource, attribute: no line numbers), so that a pull
// request fails only on findings it introduces.
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`
	index    map[string]bool
	lines    map[string]int // fingerprint: line in the file read
}

// BaselineEntry is one recorded finding.
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	RuleID      string `json:"rule_id"`
	Resource    string `json:"resource"`
	Attribute   string `json:"attribute,omitempty"`
}

// NewBaseline records every unsuppressed failing finding.
func NewBaseline(findings []model.Finding) *Baseline {
	b := &Baseline{Version: BaselineVersion, Findings: []BaselineEntry{}}
	seen := map[string]bool{}
	for _, f := range findings {
		if f.Suppression != nil || f.Outcome != model.OutcomeFail || seen[f.Fingerprint] {
			continue
		}
		seen[f.Fingerprint] = true
		b.Findings = append(b.Findings, BaselineEntry{Fingerprint: f.Fingerprint, RuleID: f.RuleID, Resource: f.Resource, Attribute: f.Attribute})
	}
	sort.Slice(b.Findings, func(i, j int) bool {
		x, y := b.Findings[i], b.Findings[j]
		if x.RuleID != y.RuleID {
			return x.RuleID < y.RuleID
		}
		if x.Resource != y.Resource {
			return x.Resource < y.Resource
		}
		return x.Fingerprint < y.Fingerprint
	})
	return b
}

// LoadBaseline reads a baseline file.
func LoadBaseline(p string) (*Baseline, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("baseline %s: %w", p, err)
	}
	if b.Version != BaselineVersion {
		return nil, fmt.Errorf("baseline %s: version %d, want %d", p, b.Version, BaselineVersion)
	}
	b.lines = fingerprintLines(data, b.Findings)
	return &b, nil
}

// fingerprintLines finds the line of each entry's fingerprint in the file,
// so a baselined finding can point at the entry that suppresses it.
func fingerprintLines(data []byte, entries []BaselineEntry) map[string]int {
	lines := map[string]int{}
	for _, e := range entries {
		if e.Fingerprint == "" {
			continue
		}
		q, _ := json.Marshal(e.Fingerprint)
		if i := bytes.Index(data, q); i >= 0 {
			lines[e.Fingerprint] = 1 + bytes.Count(data[:i], []byte("\n"))
		}
	}
	return lines
}

// Marshal renders the baseline file.
func (b *Baseline) Marshal() ([]byte, error) {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// Apply marks findings present in the baseline as suppressed (external),
// naming the baseline file source (as shown to the user) in the
// justification and as the suppression's position.
func (b *Baseline) Apply(findings []model.Finding, source string) int {
	if b.index == nil {
		b.index = map[string]bool{}
		for _, e := range b.Findings {
			b.index[e.Fingerprint] = true
		}
	}
	n := 0
	for i := range findings {
		f := &findings[i]
		if f.Suppression == nil && b.index[f.Fingerprint] {
			pos := &model.Position{File: source, Line: b.lines[f.Fingerprint]}
			f.Suppression = &model.Suppression{RuleID: f.RuleID, Kind: model.SuppressionExternal, Justification: "in baseline " + source, Position: pos}
			n++
		}
	}
	return n
}

// Line is the line of an entry's fingerprint in the file read (0: not
// known).
func (b *Baseline) Line(fingerprint string) int { return b.lines[fingerprint] }

// BaselineAt is a baseline of entries whose lines in their file are known
// (a baseline's part recorded in a shard's report).
func BaselineAt(entries []BaselineEntry, lines map[string]int) *Baseline {
	return &Baseline{Version: BaselineVersion, Findings: entries, lines: lines}
}
