// Package report owns the scan report and its renderings: human text, JSON
// (versioned schema), SARIF 2.1.0 for GitHub code scanning, GitHub workflow
// annotations and a markdown summary with the cost table for pull requests.
// Each format is one file implementing Writer; reporters only render, they
// never decide what a finding is.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/iacvet/iacvet/model"
)

// SchemaVersion is the version of the JSON report schema (docs/json-schema.md).
const SchemaVersion = "1.0"

// Tool describes the producing tool.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	URI     string `json:"information_uri"`
}

// Input summarises one scanned input.
type Input struct {
	Path      string `json:"path"`
	Kind      string `json:"kind"`
	Resources int    `json:"resources"`
}

// Report is everything a scan produced.
type Report struct {
	Tool        Tool
	Inputs      []Input
	Resources   []*model.Resource
	Findings    []model.Finding
	Diagnostics model.Diagnostics
	Rules       []model.RuleMeta
	Cost        *model.CostReport
	// FailOn is the failure threshold ("" or "none": never fail).
	FailOn model.Severity
	// FailOnUnknown makes unknown-until-apply results fail the run.
	FailOnUnknown bool
	// Stats is an optional rendering of lookup statistics (--stats).
	Stats string
	// RuleDurations is how long each rule's evaluation took (--stats); the
	// text report lists the slowest.
	RuleDurations map[string]time.Duration
	// Shard, set in a sharded scan, is recorded in the JSON report for merge.
	Shard *Shard
	// Merged marks a report merged from shards' JSON reports: it holds no
	// resources, and each of Inputs carries its final count of them.
	Merged bool
}

// ResourceCount is the number of resources the report covers.
func (r *Report) ResourceCount() int {
	if !r.Merged {
		return len(r.Resources)
	}
	n := 0
	for _, in := range r.Inputs {
		n += in.Resources
	}
	return n
}

// Writer renders a report.
type Writer interface {
	Write(w io.Writer, r *Report) error
}

// Formats lists the output formats, in the order help shows them.
var Formats = []string{"text", "json", "sarif", "github", "markdown"}

// New returns the writer for a format name.
func New(format string, opts Options) (Writer, error) {
	switch format {
	case "text":
		return &Text{Color: opts.Color, Quiet: opts.Quiet, Verbose: opts.Verbose}, nil
	case "json":
		return &JSON{}, nil
	case "sarif":
		return &SARIF{Root: opts.SourceRoot, Warn: opts.Warnings}, nil
	case "github":
		return &GitHub{Verbose: opts.Verbose}, nil
	case "markdown":
		return &Markdown{}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of text, json, sarif, github, markdown)", format)
}

// Options tunes writers.
type Options struct {
	Color bool
	Quiet bool
	// Verbose shows every note, also those about the run rather than the code.
	Verbose bool
	// SourceRoot is the directory relative paths are relative to (SARIF's
	// %SRCROOT%); empty: the working directory.
	SourceRoot string
	// Warnings, when set, is told what a writer had to leave out.
	Warnings io.Writer
}

// Counts tallies findings.
type Counts struct {
	BySeverity map[model.Severity]int
	Failing    int // unsuppressed fail findings at or above the threshold
	Unknown    int // unsuppressed unknown-until-apply results
	Suppressed int
	Total      int // unsuppressed fail findings
}

// Count tallies the report's findings against its threshold.
func (r *Report) Count() Counts {
	c := Counts{BySeverity: map[model.Severity]int{}}
	for _, f := range r.Findings {
		switch {
		case f.Suppression != nil:
			c.Suppressed++
		case f.Outcome == model.OutcomeUnknown:
			c.Unknown++
		default:
			c.Total++
			c.BySeverity[f.Severity]++
			if r.FailOn != "" && r.FailOn.Rank() >= 0 && f.Severity.Rank() >= r.FailOn.Rank() {
				c.Failing++
			}
		}
	}
	return c
}

// Failed reports whether the run fails on its findings.
func (r *Report) Failed() bool {
	c := r.Count()
	return c.Failing > 0 || (r.FailOnUnknown && c.Unknown > 0)
}

// ruleByID indexes rule metadata.
func (r *Report) ruleByID() map[string]model.RuleMeta {
	m := make(map[string]model.RuleMeta, len(r.Rules))
	for _, rule := range r.Rules {
		m[rule.ID] = rule
	}
	return m
}

// severitiesDesc lists severities from critical down.
var severitiesDesc = []model.Severity{model.SeverityCritical, model.SeverityHigh, model.SeverityMedium, model.SeverityLow, model.SeverityInfo}

func sortedFiles[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// provenanceNote is a short "AWS data: …" suffix for one-line formats.
func provenanceNote(f model.Finding) string {
	if len(f.Provenance) == 0 {
		return ""
	}
	var parts []string
	for _, p := range f.Provenance {
		s := p.String()
		if p.What != "" {
			s = p.What + " from " + s
		}
		parts = append(parts, s)
	}
	return " (AWS data: " + strings.Join(parts, "; ") + ")"
}
