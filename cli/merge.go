package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/iacvet/iacvet/config"
	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/report"
	"github.com/iacvet/iacvet/rules"
	"github.com/iacvet/iacvet/scan"
)

// shardRecord is what the JSON report of a shard carries for merge: the
// split, every enabled rule, the threshold, the budgets and the
// suppressions and baseline entries about the whole change.
func (p *prepared) shardRecord(info *scan.ShardInfo, rep *report.Report) *report.Shard {
	s := &report.Shard{
		Index: info.Index, Count: info.Count, Inputs: info.Inputs, Partition: info.Partition,
		Positions:     append([]int{}, info.Positions...),
		Rules:         rep.Rules,
		FailOnUnknown: rep.FailOnUnknown,
		Config:        p.opts.Config,
		NothingToScan: info.NothingToScan,
	}
	for _, m := range p.scanner.Engine.Rules() {
		if p.opts.Disabled[m.ID] {
			s.DisabledRules = append(s.DisabledRules, m.ID)
		}
	}
	sort.Strings(s.DisabledRules)
	s.RuleSet = ruleSetDigest(s.Rules, s.DisabledRules)
	if p.cfg.Path != "" {
		s.ConfigFile = config.DisplayPath(p.cfg.Path)
	}
	for _, c := range p.cfg.Suppress {
		s.Suppress = append(s.Suppress, report.ConfigSuppression{Rule: c.Rule, Resource: c.Resource, Path: c.Path, Reason: c.Reason, Line: c.Line})
	}
	if p.baseline != nil {
		b := &report.BaselineRecord{File: config.DisplayPath(p.baselinePath), Findings: []report.BaselineFinding{}}
		for _, e := range p.baseline.Findings {
			if e.Resource == "" {
				b.Findings = append(b.Findings, report.BaselineFinding{Fingerprint: e.Fingerprint, RuleID: e.RuleID, Line: p.baseline.Line(e.Fingerprint)})
			}
		}
		s.Baseline = b
	}
	return s
}

// ruleSetDigest identifies the rules a scan ran, as configured.
func ruleSetDigest(enabled []model.RuleMeta, disabled []string) string {
	data, err := json.Marshal(struct {
		Enabled  []model.RuleMeta `json:"enabled"`
		Disabled []string         `json:"disabled"`
	}{enabled, disabled})
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(data)
	return "sha256:" + hex.EncodeToString(sum[:])
}

type mergeFlags struct {
	format        string
	outputs       []string
	failOn        string
	failOnUnknown bool
	quiet         bool
	verbose       bool
	noColor       bool
	policies      []string
}

func newMergeCmd(e *env) *cobra.Command {
	f := &mergeFlags{}
	cmd := &cobra.Command{
		Use:   "merge REPORT.json...",
		Short: "Combine the JSON reports of a sharded scan into the report of the whole scan",
		Long: `Combine the JSON reports that 'iacvet scan --shard K/N --format json' wrote, one
for each of the N shards, into the report the unsharded scan gives, in any output
format: findings, suppressed and baselined ones included, the diagnostics once each,
the cost totals and delta summed again from the resources, the budgets evaluated
on the whole change, and the exit code. Reports of different iacvet versions, rule
sets, configurations or splits are refused, and so is a missing shard.

The threshold is the one the shards were scanned with, unless --fail-on or
--fail-on-unknown is given here.

Exit codes: 0 clean, 1 findings at or above the threshold, 2 usage or input error
(an input of any shard could not be read, or the reports do not belong together).`,
		Example: `  iacvet merge shard-*.json --output sarif=iacvet.sarif --output markdown=summary.md
  iacvet merge reports/*.json --fail-on high`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runMerge(cmd, e, f, args)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "format", "f", "text", "output format: text, json, sarif, github, markdown")
	fl.StringArrayVarP(&f.outputs, "output", "o", nil, "write output to a file: FORMAT=FILE (repeatable), or FILE for --format")
	fl.StringVar(&f.failOn, "fail-on", "", "exit 1 on findings at or above: info, low, medium, high, critical, none (default: the shards')")
	fl.BoolVar(&f.failOnUnknown, "fail-on-unknown", false, "also exit 1 on results that are unknown until apply (default: the shards')")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "print only findings, errors and what decided the exit code")
	fl.BoolVarP(&f.verbose, "verbose", "v", false, "list every note, also those about the run")
	fl.BoolVar(&f.noColor, "no-color", false, "disable colour (NO_COLOR is honoured too)")
	fl.StringArrayVar(&f.policies, "policy", nil, "directory of the custom policies the shards ran, needed when one judges the whole change (resource_types: [])")
	return cmd
}

// maxReportBytes bounds a shard report read into memory.
const maxReportBytes = scan.MaxInputBytes

func runMerge(cmd *cobra.Command, e *env, f *mergeFlags, args []string) error {
	if !validFormat(f.format) {
		return usageError("--format %q: want one of %s", f.format, strings.Join(report.Formats, ", "))
	}
	outs, err := parseOutputs(f.format, cmd.Flags().Changed("format"), f.outputs)
	if err != nil {
		return usageError("%v", err)
	}
	var shards []report.ShardReport
	for _, name := range args {
		doc, err := readShardReport(name)
		if err != nil {
			return usageError("%v", err)
		}
		shards = append(shards, report.ShardReport{Name: name, Doc: doc})
	}
	rep, err := report.MergeShards(shards)
	if err != nil {
		return usageError("merge: %v", err)
	}
	if cmd.Flags().Changed("fail-on") {
		rep.FailOn = ""
		if f.failOn != "none" {
			if rep.FailOn, err = model.ParseSeverity(f.failOn); err != nil {
				return usageError("--fail-on: %v", err)
			}
		}
	}
	if cmd.Flags().Changed("fail-on-unknown") {
		rep.FailOnUnknown = f.failOnUnknown
	}
	sh := shards[0].Doc.Shard
	if err := judgeWholeChange(cmd, e, f, rep, sh); err != nil {
		return err
	}
	cfg := shardConfig(sh)
	known, disabled := map[string]bool{}, map[string]bool{}
	for _, m := range rep.Rules {
		known[m.ID] = true
	}
	for _, id := range sh.DisabledRules {
		known[id], disabled[id] = true, true
	}
	rep.Diagnostics = append(rep.Diagnostics, cfg.CheckSuppressions(rep.Findings, known, disabled)...)
	rep.Diagnostics.Sort()
	if err := writeOutputs(e, outs, rep, f.quiet, f.verbose, f.noColor); err != nil {
		return err
	}
	switch {
	case rep.Diagnostics.HasErrors():
		return &exitError{code: ExitError}
	case rep.Failed():
		return &exitError{code: ExitFindings}
	}
	return nil
}

// readShardReport reads one JSON report.
func readShardReport(name string) (report.Document, error) {
	var doc report.Document
	fh, err := os.Open(name)
	if err != nil {
		return doc, fmt.Errorf("read report: %v", err)
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, maxReportBytes+1))
	if err != nil {
		return doc, fmt.Errorf("read report %s: %v", name, err)
	}
	if len(data) > maxReportBytes {
		return doc, fmt.Errorf("report %s: larger than %d MiB", name, maxReportBytes>>20)
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return doc, fmt.Errorf("report %s: not an iacvet JSON report: %v", name, err)
	}
	if doc.SchemaVersion == "" || doc.Tool.Name == "" {
		return doc, fmt.Errorf("report %s: not an iacvet JSON report (no schema_version or tool)", name)
	}
	return doc, nil
}

// judgeWholeChange evaluates the enabled rules that judge the whole change
// (the budgets) on the merged cost report, as the unsharded scan does, and
// applies the configuration's suppressions and the baseline to what they
// find.
func judgeWholeChange(cmd *cobra.Command, e *env, f *mergeFlags, rep *report.Report, sh *report.Shard) error {
	want := map[string]model.RuleMeta{}
	for _, m := range rep.Rules {
		if report.WholeChange(m) {
			want[m.ID] = m
		}
	}
	if rep.Cost == nil || len(want) == 0 {
		return nil // without a cost report these rules have nothing to judge
	}
	scanner, err := e.scanner(cmd.Context(), f.policies, rules.Limits{})
	if err != nil {
		return usageError("%v", err)
	}
	eng := scanner.Engine
	disabled := map[string]bool{}
	loaded := map[string]model.RuleMeta{}
	for _, m := range eng.Rules() {
		loaded[m.ID] = m
		if _, ok := want[m.ID]; !ok {
			disabled[m.ID] = true
		}
	}
	var missing []string
	for id := range want {
		if _, ok := loaded[id]; !ok {
			missing = append(missing, id)
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return usageError("merge: rule %s judges the whole change and is not built in: give merge the --policy directory the shards had", strings.Join(missing, ", "))
	}
	res, err := eng.Eval(cmd.Context(), rules.Input{Cost: rep.Cost, Config: sh.Config, Disabled: disabled})
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	found := res.Findings
	for i := range found {
		fd := &found[i]
		if m := want[fd.RuleID]; m.Severity != loaded[fd.RuleID].Severity {
			fd.Severity = m.Severity // the shards' severity override
		}
		if fd.Location.File == "" && len(rep.Inputs) > 0 {
			fd.Location.File = rep.Inputs[0].Path // as the scan places them: no line
		}
	}
	cfg := shardConfig(sh)
	cfg.ApplySuppressions(found)
	if sh.Baseline != nil {
		var entries []config.BaselineEntry
		lines := map[string]int{}
		for _, b := range sh.Baseline.Findings {
			entries = append(entries, config.BaselineEntry{Fingerprint: b.Fingerprint, RuleID: b.RuleID})
			lines[b.Fingerprint] = b.Line
		}
		config.BaselineAt(entries, lines).Apply(found, sh.Baseline.File)
	}
	// The scan sorts these while they have no file, so they come first.
	model.SortFindings(found)
	rep.Findings = append(found, rep.Findings...)
	have := map[string]bool{}
	for _, d := range rep.Diagnostics {
		have[d.String()] = true
	}
	for _, d := range res.Diagnostics {
		if !have[d.String()] { // the shards ran these rules too
			rep.Diagnostics = append(rep.Diagnostics, d)
		}
	}
	return nil
}

// shardConfig is the part of the configuration a shard's report records:
// its suppressions.
func shardConfig(sh *report.Shard) *config.Config {
	cfg := &config.Config{Path: sh.ConfigFile}
	for _, s := range sh.Suppress {
		cfg.Suppress = append(cfg.Suppress, config.Suppression{Rule: s.Rule, Resource: s.Resource, Path: s.Path, Reason: s.Reason, Line: s.Line})
	}
	return cfg
}
