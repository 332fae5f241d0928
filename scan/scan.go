// Package scan runs iacvet's main job end to end: it collects inputs (plan
// files, Terraform directories, CloudFormation templates, cdk.out), parses
// them in parallel into the common model, puts plan resources on their .tf
// lines, maps Terraform types to canonical ones, fetches live AWS data and
// prices when asked, evaluates the rules and applies suppressions and the
// baseline. The CLI and the MCP server both call it.
package scan

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/iacvet/iacvet/awsdata"
	"github.com/iacvet/iacvet/cost"
	"github.com/iacvet/iacvet/mapping"
	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/parsers/tfsource"
	"github.com/iacvet/iacvet/report"
	"github.com/iacvet/iacvet/rules"
)

// Options is one scan's configuration.
type Options struct {
	Paths []string
	Stdin io.Reader
	// Root is the scanned root: files that inputs name (Terraform file
	// functions and module directories, nested templates, CDK stacks) must
	// resolve inside it. Empty: the working directory for inputs inside it,
	// else the input's own directory (see rootOf).
	Root string
	// Region is the default region (--region, AWS_REGION, config).
	Region string
	// TFDir is the configuration directory of a plan (--tf-dir).
	TFDir string
	// AllowTerraformShow lets a binary plan file be read with `terraform
	// show -json` (--allow-terraform-show). That starts the provider
	// binaries installed in the plan's directory, code that comes with the
	// repository, so it is off by default: a binary plan is then an error
	// diagnostic saying how to proceed.
	AllowTerraformShow bool
	// AllowNoIaC makes finding no infrastructure code among the inputs a
	// notice instead of an error (hooks that pass every YAML and JSON file
	// of a commit). By default nothing to scan is an input error.
	AllowNoIaC bool
	// TerraformLimits bound the static evaluation of Terraform sources
	// (zero fields take tfsource's defaults).
	TerraformLimits tfsource.Limits
	// Vars and VarFiles feed Terraform source evaluation.
	Vars     map[string]string
	VarFiles []string
	// CFNParams and CFNParamFiles override CloudFormation parameters.
	CFNParams     map[string]string
	CFNParamFiles []string
	// Exclude returns true for display paths to skip.
	Exclude func(path string) bool
	// Disabled rule ids; SeverityOverrides by rule id.
	Disabled          map[string]bool
	SeverityOverrides map[string]model.Severity
	// Config is passed to policies as input.config.
	Config map[string]any
	// Workers bounds parallel parsing (default GOMAXPROCS).
	Workers int
	// Cost, when set, estimates monthly costs (input.cost for policies).
	Cost *CostOptions
	// AWS, when set, looks up live AWS data (data.aws for policies); an
	// offline client still serves cached and embedded data.
	AWS *awsdata.Client
	// Shard, when its Count is set, scans only that part of the inputs
	// (see partition); Parsed.Shard then tells what merge needs.
	Shard Shard
	// Changed, when set, narrows the scan to the inputs these changes
	// touch (--changed-since; see selectChanged).
	Changed *Changes
}

// CostOptions configures cost estimation.
type CostOptions struct {
	// Prices defaults to the embedded snapshot.
	Prices cost.PriceSource
	Usage  *cost.Usage
	// UsageDiagnostics are the usage file's warnings, reported with the scan.
	UsageDiagnostics model.Diagnostics
}

// Scanner holds what is expensive to build once: the compiled policies and
// the mapping table.
type Scanner struct {
	Engine *rules.Engine
	Table  *mapping.Table
	Tool   report.Tool
}

// NewScanner compiles the built-in policies plus the given policy
// directories.
func NewScanner(ctx context.Context, policyDirs []string, tool report.Tool) (*Scanner, error) {
	return NewScannerWith(ctx, policyDirs, tool, rules.Limits{})
}

// NewScannerWith is NewScanner with the policies' evaluation limits
// (deadline per rule, memory budget, builtin caps; zero fields take the
// defaults).
func NewScannerWith(ctx context.Context, policyDirs []string, tool report.Tool, limits rules.Limits) (*Scanner, error) {
	sources := []rules.Source{rules.Builtin()}
	for _, d := range policyDirs {
		src, err := rules.DirSource(d)
		if err != nil {
			return nil, err
		}
		sources = append(sources, src)
	}
	eng, err := rules.New(ctx, rules.Options{Sources: sources, Limits: limits})
	if err != nil {
		return nil, err
	}
	return &Scanner{Engine: eng, Table: mapping.Default(), Tool: tool}, nil
}

// Parsed is the model built from the inputs, before evaluation.
type Parsed struct {
	Resources   []*model.Resource
	Inputs      []report.Input
	Diagnostics model.Diagnostics
	// InputFailed is true when an explicitly named input could not be read
	// at all; NothingScanned when no input yielded anything.
	InputFailed    bool
	NothingScanned bool
	// Shard is set in a sharded scan.
	Shard *ShardInfo
}

// Parse collects and parses the inputs into the common model.
func (s *Scanner) Parse(ctx context.Context, opts Options) *Parsed {
	inputs, diags := collect(opts.Paths, opts.Stdin, opts.Exclude)
	inputs, diags = confine(inputs, opts, diags)
	inputs, diags = dropPlannedSources(inputs, opts, diags)
	p := &Parsed{Diagnostics: diags}
	unchanged := false
	if opts.Changed != nil {
		n := len(inputs)
		inputs = selectChanged(inputs, opts.Changed)
		unchanged = n > 0 && len(inputs) == 0
	}
	var positions []int
	if opts.Shard.Count > 0 {
		inputs, positions, p.Shard = pickShard(inputs, opts)
	}
	for _, d := range diags {
		if d.Severity == model.DiagError {
			p.InputFailed = true
		}
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type result struct {
		resources []*model.Resource
		diags     model.Diagnostics
		failed    bool
		notIaC    bool // a tentative input that is not a template after all
	}
	results := make([]result, len(inputs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, workers)
	for i, in := range inputs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			defer func() {
				if v := recover(); v != nil {
					results[i] = result{diags: model.Diagnostics{{Severity: model.DiagError, Position: model.Position{File: in.path}, Summary: "internal error while parsing", Detail: fmt.Sprint(v)}}, failed: true}
				}
			}()
			rs, ds, notIaC := parseInput(ctx, in, opts)
			results[i] = result{resources: rs, diags: ds, failed: ds.HasErrors() && len(rs) == 0, notIaC: notIaC}
		}()
	}
	wg.Wait()
	scanned, considered := 0, 0
	for i, in := range inputs {
		r := results[i]
		if r.notIaC {
			p.Diagnostics = append(p.Diagnostics, r.diags...)
			continue
		}
		considered++
		for _, res := range r.resources {
			if res.Meta == nil {
				res.Meta = map[string]string{}
			}
			res.Meta[mapping.MetaInput] = in.path
		}
		p.Resources = append(p.Resources, r.resources...)
		p.Diagnostics = append(p.Diagnostics, r.diags...)
		if r.failed {
			if in.explicit {
				p.InputFailed = true
			}
		} else {
			scanned++
		}
		p.Inputs = append(p.Inputs, report.Input{Path: in.path, Kind: string(in.kind), Resources: len(r.resources)})
		if p.Shard != nil {
			p.Shard.Positions = append(p.Shard.Positions, positions[i])
		}
	}
	// Nothing scanned is an input error: a gate that looked at nothing must
	// not pass. Only AllowNoIaC (hooks that pass every YAML/JSON file of a
	// commit) turns "no infrastructure code at all" into a notice.
	p.NothingScanned = considered > 0 && scanned == 0
	if considered == 0 && !p.InputFailed {
		sev := model.DiagError
		if opts.AllowNoIaC {
			sev = model.DiagNotice
		}
		d := model.Diagnostic{Severity: sev, Position: model.Position{File: strings.Join(opts.Paths, " ")}, Summary: "nothing to scan: no Terraform plan, Terraform source or CloudFormation template found", Detail: "looked for .tf and .tf.json sources, Terraform plan JSON and CloudFormation, SAM and CDK templates; pass --allow-no-iac where that is expected (hooks that pass every YAML and JSON file)"}
		if unchanged {
			d = model.Diagnostic{Severity: model.DiagNotice, Position: d.Position, Summary: "nothing to scan: no input changed since " + opts.Changed.Ref}
		}
		if p.Shard != nil && p.Shard.Inputs > 0 {
			// Other shards may hold infrastructure code: merge decides.
			p.Shard.NothingToScan = &d
		} else {
			p.Diagnostics = append(p.Diagnostics, d)
		}
	}
	p.Resources = s.Table.MapAll(p.Resources)
	for _, r := range p.Resources {
		if r.Region == "" {
			r.Region = opts.Region
		}
	}
	p.Diagnostics.Sort()
	return p
}

// dropPlannedSources leaves out a Terraform directory found in a scanned
// tree when a plan of that directory is scanned too: the plan knows the
// values and its findings are placed on the same .tf lines.
func dropPlannedSources(inputs []*input, opts Options, diags model.Diagnostics) ([]*input, model.Diagnostics) {
	planned := map[string]string{}
	for _, in := range inputs {
		if in.kind == KindPlan {
			if dir := configDir(in, opts); dir != "" {
				planned[filepath.Clean(dir)] = in.path
			}
		}
	}
	if len(planned) == 0 {
		return inputs, diags
	}
	out := inputs[:0]
	for _, in := range inputs {
		if in.kind == KindTerraform && !in.explicit {
			if plan, ok := planned[filepath.Clean(in.fsPath)]; ok {
				diags = append(diags, model.Diagnostic{Severity: model.DiagNotice, Position: model.Position{File: in.path}, Summary: "Terraform sources scanned through the plan " + plan})
				continue
			}
		}
		out = append(out, in)
	}
	return out, diags
}

// Run parses the inputs, gathers live data and costs, and evaluates.
func (s *Scanner) Run(ctx context.Context, opts Options) (*Parsed, *report.Report, error) {
	p := s.Parse(ctx, opts)
	rep, err := s.Eval(ctx, p, opts, s.Extra(ctx, p, opts))
	return p, rep, err
}

// Extra computes what goes between parsing and evaluation: the cost
// estimate (and live AWS data).
func (s *Scanner) Extra(ctx context.Context, p *Parsed, opts Options) Extra {
	var ex Extra
	if opts.AWS != nil {
		if req := awsdata.Collect(p.Resources, opts.Region); !req.Empty() {
			data, diags := opts.AWS.Fetch(ctx, req)
			ex.AWS = data.Rego()
			ex.Diagnostics = append(ex.Diagnostics, diags...)
		}
	}
	if opts.Cost != nil {
		rep, diags := cost.Estimate(ctx, p.Resources, cost.Options{Prices: opts.Cost.Prices, Usage: opts.Cost.Usage, DefaultRegion: opts.Region})
		ex.Cost = rep
		ex.Diagnostics = append(append(ex.Diagnostics, opts.Cost.UsageDiagnostics...), diags...)
	}
	return ex
}

// Eval evaluates the rules over a parsed model and builds the report.
func (s *Scanner) Eval(ctx context.Context, p *Parsed, opts Options, extra Extra) (*report.Report, error) {
	res, err := s.Engine.Eval(ctx, rules.Input{
		Resources: p.Resources,
		AWS:       extra.AWS,
		Cost:      extra.Cost,
		Config:    opts.Config,
		Disabled:  opts.Disabled,
	})
	if err != nil {
		return nil, err
	}
	findings := res.Findings
	for i := range findings {
		if sev, ok := opts.SeverityOverrides[findings[i].RuleID]; ok {
			findings[i].Severity = sev
		}
	}
	suppressionDiags := applyInlineSuppressions(findings, p.Resources, s.ruleIDs(), opts.Disabled)
	nameModuleFiles(findings, p.Resources)
	// Results about the whole change (budgets) name the first input, with
	// no line: a logical location, never an invented one.
	if len(p.Inputs) > 0 {
		for i := range findings {
			if findings[i].Location.File == "" {
				findings[i].Location.File = p.Inputs[0].Path
			}
		}
	}
	rep := &report.Report{
		Tool:        s.Tool,
		Inputs:      p.Inputs,
		Resources:   p.Resources,
		Findings:    findings,
		Diagnostics: append(append(model.Diagnostics{}, p.Diagnostics...), res.Diagnostics...),
		Rules:       s.rulesWithOverrides(opts),
		Cost:        extra.Cost,
		// How long each rule took, for --stats.
		RuleDurations: res.RuleDurations,
	}
	rep.Diagnostics = append(append(rep.Diagnostics, extra.Diagnostics...), suppressionDiags...)
	rep.Diagnostics.Sort()
	return rep, nil
}

// Extra carries data computed between parsing and evaluation.
type Extra struct {
	AWS         map[string]any
	Cost        *model.CostReport
	Diagnostics model.Diagnostics
}

func (s *Scanner) rulesWithOverrides(opts Options) []model.RuleMeta {
	all := s.Engine.Rules()
	out := all[:0:0]
	for _, m := range all {
		if opts.Disabled[m.ID] {
			continue
		}
		if sev, ok := opts.SeverityOverrides[m.ID]; ok {
			m.Severity = sev
		}
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// ruleIDs returns the id of every rule loaded, disabled ones included.
func (s *Scanner) ruleIDs() map[string]bool {
	ids := map[string]bool{}
	for _, m := range s.Engine.Rules() {
		ids[m.ID] = true
	}
	return ids
}

// inlineSuppression is one suppression as declared: a comment or Metadata
// entry may cover several resources (a module block, count instances).
type inlineSuppression struct {
	pos  model.Position
	rule string
}

// applyInlineSuppressions marks findings suppressed by their resource's
// inline suppressions, and warns, at the declaration, about suppressions
// that name no rule (known holds every rule id) or match no finding. A
// suppression of a disabled rule matches nothing by design and is not
// reported.
func applyInlineSuppressions(findings []model.Finding, resources []*model.Resource, known, disabled map[string]bool) model.Diagnostics {
	byAddr := map[string][]*model.Resource{}
	var declared []inlineSuppression
	covers := map[inlineSuppression][]string{} // declared: the addresses it is on
	for _, r := range resources {
		if len(r.Suppressions) == 0 {
			continue
		}
		byAddr[r.Address] = append(byAddr[r.Address], r)
		for _, s := range r.Suppressions {
			if s.Position == nil {
				continue
			}
			k := inlineSuppression{*s.Position, s.RuleID}
			if _, seen := covers[k]; !seen {
				declared = append(declared, k)
			}
			covers[k] = append(covers[k], r.Address)
		}
	}
	used := map[inlineSuppression]bool{}
	for i := range findings {
		f := &findings[i]
		for _, r := range resourcesOf(f, byAddr[f.Resource]) {
			for _, s := range r.Suppressions {
				if s.RuleID == f.RuleID || s.RuleID == "*" || s.RuleID == "all" {
					sup := s
					f.Suppression = &sup
					if s.Position != nil {
						used[inlineSuppression{*s.Position, s.RuleID}] = true
					}
				}
			}
		}
	}
	var diags model.Diagnostics
	for _, k := range declared {
		wildcard := k.rule == "*" || k.rule == "all"
		switch {
		case !wildcard && !known[k.rule]:
			diags.Warnf(k.pos, "suppression names %s, which is not a rule", k.rule)
		case used[k] || disabled[k.rule]:
		case len(covers[k]) == 1:
			diags.Warnf(k.pos, "suppression of %s on %s matches nothing in this scan", k.rule, covers[k][0])
		default:
			diags.Warnf(k.pos, "suppression of %s on %d resources matches nothing in this scan", k.rule, len(covers[k]))
		}
	}
	return diags
}

// resourcesOf narrows the resources of a finding's address to those it is
// placed on: root modules of one monorepo often declare the same address
// (aws_s3_bucket.logs in every stack), and one's suppression must not
// silence another's finding.
func resourcesOf(f *model.Finding, rs []*model.Resource) []*model.Resource {
	var out []*model.Resource
	for _, r := range rs {
		if r.Locate(f.Attribute) == f.Location {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		for _, r := range rs {
			if r.Source.Position.File == f.Location.File {
				out = append(out, r)
			}
		}
	}
	return out
}
