package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/iacvet/iacvet/cost"
	"github.com/iacvet/iacvet/model"
)

// Shard is what the JSON report of a sharded scan (scan --shard K/N)
// carries besides the plain report, so that merge can render every output
// of the whole scan and give its exit code (docs/integrations.md).
type Shard struct {
	Index int `json:"index"`
	Count int `json:"count"`
	// Inputs is the number of inputs of the whole scan; Partition a digest
	// of their paths and sizes, the same in every shard of one split.
	Inputs    int    `json:"inputs"`
	Partition string `json:"partition"`
	// Positions holds, for each of the report's inputs, its place among
	// the whole scan's: the order an unsharded scan lists them in.
	Positions []int `json:"positions"`
	// RuleSet is a digest of Rules and DisabledRules; Rules is every
	// enabled rule, severity overrides applied (SARIF lists them all),
	// DisabledRules the loaded rules the configuration disables.
	RuleSet       string           `json:"rule_set"`
	Rules         []model.RuleMeta `json:"enabled_rules"`
	DisabledRules []string         `json:"disabled_rules,omitempty"`
	FailOnUnknown bool             `json:"fail_on_unknown"`
	// Config is input.config (the budgets): merge evaluates the rules that
	// judge the whole change (resource_types: [], the budgets) on the
	// merged cost report.
	Config map[string]any `json:"config,omitempty"`
	// ConfigFile, Suppress and Baseline are the configuration's
	// suppressions and the baseline's entries about the whole change:
	// merge applies them to the whole-change results and tells which
	// suppressions match nothing in the whole scan.
	ConfigFile string              `json:"config_file,omitempty"`
	Suppress   []ConfigSuppression `json:"suppress,omitempty"`
	Baseline   *BaselineRecord     `json:"baseline,omitempty"`
	// NothingToScan is set when none of the shard's inputs is
	// infrastructure code; the diagnostic holds if every shard says so.
	NothingToScan *model.Diagnostic `json:"nothing_to_scan,omitempty"`
}

// ConfigSuppression is one suppress: entry of the configuration file.
type ConfigSuppression struct {
	Rule     string `json:"rule"`
	Resource string `json:"resource,omitempty"`
	Path     string `json:"path,omitempty"`
	Reason   string `json:"reason,omitempty"`
	Line     int    `json:"line,omitempty"`
}

// BaselineRecord is the baseline file's entries about the whole change
// (no resource).
type BaselineRecord struct {
	File     string            `json:"file"`
	Findings []BaselineFinding `json:"findings"`
}

// BaselineFinding is one baseline entry and its line in the file.
type BaselineFinding struct {
	Fingerprint string `json:"fingerprint"`
	RuleID      string `json:"rule_id"`
	Line        int    `json:"line,omitempty"`
}

// WholeChange reports whether a rule judges the whole change rather than
// resources: it declares no resource types, so it sees only the cost
// report and the configuration (the budgets). A shard sees part of the
// change, so merge evaluates these again.
func WholeChange(m model.RuleMeta) bool { return len(m.ResourceTypes) == 0 }

// ShardReport is one shard's JSON report and the name it was read from.
type ShardReport struct {
	Name string
	Doc  Document
}

// MergeShards rebuilds the report of the whole scan from its shards' JSON
// reports: inputs in the whole scan's order, findings (suppressed and
// baselined ones too) in the report's order, diagnostics each as often as
// the shard that has it most often (what every shard reports, such as a
// skipped file or a note about AWS access, is one diagnostic of the
// whole), the cost report summed again from its resources. Results of
// rules that judge the whole change are left out: the caller evaluates
// them on the merged cost report. Reports of different iacvet versions,
// rule sets, configurations or splits, a shard given twice and a missing
// shard are errors.
func MergeShards(shards []ShardReport) (*Report, error) {
	if len(shards) == 0 {
		return nil, fmt.Errorf("no report to merge")
	}
	first := shards[0]
	if err := checkShards(shards); err != nil {
		return nil, err
	}
	fs := first.Doc.Shard
	r := &Report{Tool: first.Doc.Tool, Rules: fs.Rules, FailOnUnknown: fs.FailOnUnknown, Merged: true}
	if fo := first.Doc.Summary.FailOn; fo != "none" && fo != "" {
		sev, err := model.ParseSeverity(fo)
		if err != nil {
			return nil, fmt.Errorf("%s: summary.fail_on: %v", first.Name, err)
		}
		r.FailOn = sev
	}
	type placed struct {
		pos int
		in  Input
	}
	var inputs []placed
	var costs []*model.CostReport
	most := map[string]int{}
	var order []model.Diagnostic
	nothing := 0
	for _, s := range shards {
		d := s.Doc
		for i, in := range d.Inputs {
			inputs = append(inputs, placed{d.Shard.Positions[i], in})
		}
		for _, list := range [][]model.Finding{d.Findings, d.Unknown, d.Suppressed} {
			for _, f := range list {
				if !wholeChangeRule(r.Rules, f.RuleID) {
					r.Findings = append(r.Findings, f)
				}
			}
		}
		here := map[string]int{}
		for _, dg := range d.Diagnostics {
			k := diagKey(dg)
			here[k]++
			if here[k] > most[k] {
				most[k] = here[k]
				order = append(order, dg)
			}
		}
		costs = append(costs, d.Cost)
		if d.Shard.NothingToScan != nil {
			nothing++
		}
	}
	sort.SliceStable(inputs, func(i, j int) bool { return inputs[i].pos < inputs[j].pos })
	for i, in := range inputs {
		if i > 0 && in.pos == inputs[i-1].pos {
			return nil, fmt.Errorf("input %s is in two shards: the reports are not of one split", in.in.Path)
		}
		r.Inputs = append(r.Inputs, in.in)
	}
	r.Diagnostics = order
	if nothing == len(shards) {
		r.Diagnostics = append(r.Diagnostics, *fs.NothingToScan)
	}
	r.Diagnostics.Sort()
	r.Cost = cost.Merge(costs)
	model.SortFindings(r.Findings)
	return r, nil
}

// checkShards refuses reports that are not the shards of one scan.
func checkShards(shards []ShardReport) error {
	first := shards[0]
	major := func(v string) string { m, _, _ := strings.Cut(v, "."); return m }
	seen := map[int]string{}
	for _, s := range shards {
		d := s.Doc
		if major(d.SchemaVersion) != major(SchemaVersion) {
			return fmt.Errorf("%s: JSON report schema %s, this iacvet reads %s", s.Name, d.SchemaVersion, SchemaVersion)
		}
		if d.Shard == nil {
			return fmt.Errorf("%s: not the JSON report of a sharded scan (iacvet scan --shard K/N --format json)", s.Name)
		}
		sh, fsh := d.Shard, first.Doc.Shard
		if len(sh.Positions) != len(d.Inputs) {
			return fmt.Errorf("%s: %d inputs but %d positions: the report was altered", s.Name, len(d.Inputs), len(sh.Positions))
		}
		switch {
		case d.Tool != first.Doc.Tool:
			return fmt.Errorf("%s was written by %s %s, %s by %s %s: run every shard with the same iacvet", s.Name, d.Tool.Name, d.Tool.Version, first.Name, first.Doc.Tool.Name, first.Doc.Tool.Version)
		case sh.RuleSet != fsh.RuleSet:
			return fmt.Errorf("%s and %s were scanned with different rules (rule sets %s and %s): give every shard the same --policy directories and configuration", s.Name, first.Name, short(sh.RuleSet), short(fsh.RuleSet))
		case sh.Count != fsh.Count || sh.Partition != fsh.Partition || sh.Inputs != fsh.Inputs:
			return fmt.Errorf("%s (shard %d/%d of %d inputs) and %s (shard %d/%d of %d inputs) are not parts of one split: scan the same tree, with the same paths, in every shard", s.Name, sh.Index, sh.Count, sh.Inputs, first.Name, fsh.Index, fsh.Count, fsh.Inputs)
		case d.Summary.FailOn != first.Doc.Summary.FailOn || sh.FailOnUnknown != fsh.FailOnUnknown:
			return fmt.Errorf("%s and %s were scanned with different --fail-on or --fail-on-unknown: give merge the threshold or scan the shards alike", s.Name, first.Name)
		case !sameJSON(shardSettings(sh), shardSettings(fsh)):
			return fmt.Errorf("%s and %s were scanned with different configurations (budgets, suppressions or baseline)", s.Name, first.Name)
		}
		if sh.Index < 1 || sh.Index > sh.Count {
			return fmt.Errorf("%s: shard %d/%d", s.Name, sh.Index, sh.Count)
		}
		if prev, dup := seen[sh.Index]; dup {
			return fmt.Errorf("shard %d/%d given twice: %s and %s", sh.Index, sh.Count, prev, s.Name)
		}
		seen[sh.Index] = s.Name
	}
	var missing []string
	n := first.Doc.Shard.Count
	for k := 1; k <= n; k++ {
		if _, ok := seen[k]; !ok {
			missing = append(missing, strconv.Itoa(k)+"/"+strconv.Itoa(n))
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("missing the report of shard %s: merge needs all %d", strings.Join(missing, ", "), n)
	}
	return nil
}

// shardSettings is what every shard of one scan must agree on beyond the
// rules and the split.
func shardSettings(s *Shard) any {
	return []any{s.Config, s.ConfigFile, s.Suppress, s.Baseline}
}

func sameJSON(a, b any) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(x, y)
}

func short(digest string) string {
	if len(digest) > 19 {
		return digest[:19]
	}
	return digest
}

func wholeChangeRule(rules []model.RuleMeta, id string) bool {
	for _, m := range rules {
		if m.ID == id {
			return WholeChange(m)
		}
	}
	return false
}

func diagKey(d model.Diagnostic) string {
	return fmt.Sprintf("%s\x00%s\x00%d\x00%d\x00%s\x00%s", d.Severity, d.File, d.Line, d.Column, d.Summary, d.Detail)
}
