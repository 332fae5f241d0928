package mcp

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/google/jsonschema-go/jsonschema"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/iacvet/iacvet/config"
	"github.com/iacvet/iacvet/cost"
	"github.com/iacvet/iacvet/cost/pricing"
	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/report"
	"github.com/iacvet/iacvet/rules"
	"github.com/iacvet/iacvet/scan"
)

// Inline content kinds.
const (
	KindTerraformPlan  = "terraform-plan"
	KindTerraform      = "terraform"
	KindCloudFormation = "cloudformation"
)

// Kinds lists the kinds inline content may have.
var Kinds = []string{KindTerraformPlan, KindTerraform, KindCloudFormation}

// ScanInput is the input of scan and estimate_cost: a path, or inline
// content with its kind.
type ScanInput struct {
	Path    string `json:"path,omitempty" jsonschema:"file or directory to scan, relative to the server's root (or absolute inside it); give either path or content"`
	Content string `json:"content,omitempty" jsonschema:"inline content to scan instead of a path (a Terraform plan JSON, the HCL of one main.tf, or a CloudFormation template in YAML or JSON); needs kind"`
	Kind    string `json:"kind,omitempty" jsonschema:"kind of the inline content: terraform-plan, terraform or cloudformation"`
	Region  string `json:"region,omitempty" jsonschema:"default AWS region for resources that do not name one (default: the server's region)"`
}

// CostOutput is what estimate_cost returns.
type CostOutput struct {
	Cost        model.CostReport   `json:"cost" jsonschema:"monthly cost estimate in USD (730 hours a month): per resource before and after, totals, delta and savings hints"`
	Inputs      []report.Input     `json:"inputs" jsonschema:"the inputs that were read"`
	Diagnostics []model.Diagnostic `json:"diagnostics" jsonschema:"problems with the input (file, line, column), and prices that could not be found"`
}

// ListRulesInput filters list_rules.
type ListRulesInput struct {
	ResourceType string `json:"resource_type,omitempty" jsonschema:"only rules that check this type (canonical AWS type such as AWS::S3::Bucket)"`
	MinSeverity  string `json:"min_severity,omitempty" jsonschema:"only rules at or above this severity: info, low, medium, high or critical"`
}

// RuleSummary is one rule in list_rules.
type RuleSummary struct {
	ID            string         `json:"id"`
	Title         string         `json:"title"`
	Severity      model.Severity `json:"severity"`
	ResourceTypes []string       `json:"resource_types"`
	CIS           []string       `json:"cis,omitempty" jsonschema:"CIS AWS Foundations Benchmark controls"`
	FSBP          []string       `json:"fsbp,omitempty" jsonschema:"AWS Foundational Security Best Practices controls"`
	Builtin       bool           `json:"builtin"`
}

// ListRulesOutput is what list_rules returns.
type ListRulesOutput struct {
	Count int           `json:"count"`
	Rules []RuleSummary `json:"rules"`
}

// ExplainRuleInput names a rule.
type ExplainRuleInput struct {
	ID string `json:"id" jsonschema:"rule id, such as AWS-S3-001 (case-insensitive)"`
}

func readOnly(title string, openWorld bool) *sdk.ToolAnnotations {
	no := false
	return &sdk.ToolAnnotations{Title: title, ReadOnlyHint: true, IdempotentHint: true, DestructiveHint: &no, OpenWorldHint: &openWorld}
}

func (s *Server) addTools() error {
	scanSchema, err := jsonschema.For[ScanInput](nil)
	if err != nil {
		return fmt.Errorf("scan input schema: %w", err)
	}
	kinds := make([]any, len(Kinds))
	for i, k := range Kinds {
		kinds[i] = k
	}
	scanSchema.Properties["kind"].Enum = kinds
	scanSchema.Properties["content"].MaxLength = jsonschema.Ptr(s.opts.MaxInputBytes)
	listSchema, err := jsonschema.For[ListRulesInput](nil)
	if err != nil {
		return fmt.Errorf("list_rules input schema: %w", err)
	}
	listSchema.Properties["min_severity"].Enum = []any{"info", "low", "medium", "high", "critical"}

	sdk.AddTool(s.mcp, &sdk.Tool{
		Name: "scan",
		Description: "Scan Terraform plans, Terraform sources or CloudFormation templates with iacvet's rules, exactly as `iacvet scan --format json` does. " +
			"Give a path (file or directory under the server's root) or inline content with its kind. " +
			"Returns findings (rule, severity, resource, file and line, message), results that are unknown until apply, suppressed findings, diagnostics about the input, the metadata with remediation of every rule that fired, and the cost estimate. " +
			fmt.Sprintf("Inline content is limited to %d bytes.", s.opts.MaxInputBytes),
		InputSchema: scanSchema,
		Annotations: readOnly("Scan infrastructure code", s.opts.Live),
	}, s.scanTool)
	sdk.AddTool(s.mcp, &sdk.Tool{
		Name:        "list_rules",
		Description: "List iacvet's rules (built-in and the server's --policy directories): id, title, severity, resource types and CIS / AWS FSBP mappings.",
		InputSchema: listSchema,
		Annotations: readOnly("List rules", false),
	}, s.listRulesTool)
	sdk.AddTool(s.mcp, &sdk.Tool{
		Name:        "explain_rule",
		Description: "Explain one rule: description, remediation, Terraform and CloudFormation examples of the fix, resource types and CIS / AWS FSBP mappings.",
		Annotations: readOnly("Explain a rule", false),
	}, s.explainRuleTool)
	sdk.AddTool(s.mcp, &sdk.Tool{
		Name: "estimate_cost",
		Description: "Estimate the monthly cost (USD, on-demand, 730 hours) of a path or inline content (same inputs as scan): per-resource before/after/delta for plans, totals, savings hints and price provenance. " +
			"Usage-based components are listed as not estimated, never counted as zero.",
		InputSchema: scanSchema,
		Annotations: readOnly("Estimate monthly cost", false),
	}, s.estimateCostTool)
	if s.opts.InstanceTypes != nil {
		sdk.AddTool(s.mcp, &sdk.Tool{
			Name: "check_instance_type",
			Description: "Check whether an EC2 instance type exists and is offered in a region (or availability zone). " +
				"Says where the answer came from (live AWS, cache with its age, or the embedded snapshot with its date) and, when the type is not offered, lists offered types of the same family.",
			Annotations: readOnly("Check an EC2 instance type", s.opts.Live),
		}, s.checkInstanceTypeTool)
	}
	return nil
}

// call runs fn under the per-call deadline. A call that overruns is
// answered with an error at the deadline; its context is then cancelled, so
// the abandoned work stops at its next check (parsing between inputs, AWS
// calls, rule evaluation) and cleans up after itself (temporary
// directories). Panics become errors.
func (s *Server) call(ctx context.Context, fn func(ctx context.Context) error) error {
	ctx, cancel := context.WithTimeout(ctx, s.opts.Timeout)
	defer cancel()
	done := make(chan error, 1)
	s.work.Add(1)
	go func() {
		defer s.work.Done()
		defer func() {
			if v := recover(); v != nil {
				done <- fmt.Errorf("internal error: %v\n%s", v, debug.Stack())
			}
		}()
		done <- fn(ctx)
	}()
	select {
	case err := <-done:
		if err != nil && errors.Is(err, context.DeadlineExceeded) {
			return fmt.Errorf("the call took longer than its deadline of %s", s.opts.Timeout)
		}
		return err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return fmt.Errorf("the call took longer than its deadline of %s", s.opts.Timeout)
		}
		return ctx.Err()
	}
}

// target is what one scan or estimate reads.
type target struct {
	paths   []string
	root    string // scan.Options.Root: what the inputs' own reads stay inside
	reloc   relocator
	cfg     *config.Config
	cleanup func()
}

// prepare checks the input and turns it into scan paths: a confined path,
// or inline content written to a private temporary directory.
func (s *Server) prepare(in ScanInput) (*target, error) {
	cwd, err := os.Getwd()
	if err != nil {
		return nil, fmt.Errorf("working directory: %w", err)
	}
	t := &target{cleanup: func() {}}
	switch {
	case in.Path != "" && in.Content != "":
		return nil, errors.New("give either path or content, not both")
	case in.Path != "":
		if in.Kind != "" {
			return nil, errors.New("kind applies to inline content only; the kind of a path is detected from its content")
		}
		real, err := confine(s.root, s.realRoot, in.Path)
		if err != nil {
			return nil, err
		}
		if err := checkReferences(s.realRoot, "the server's root", real); err != nil {
			return nil, err
		}
		t.paths = []string{real}
		t.reloc = relocator{cwd: cwd, bases: []string{s.realRoot, s.root}}
		t.root = s.realRoot
		if t.cfg, err = s.config(real); err != nil {
			return nil, err
		}
		return t, nil
	case in.Content != "":
		if len(in.Content) > s.opts.MaxInputBytes {
			return nil, fmt.Errorf("content is %d bytes, more than the limit of %d bytes; write it under the root and scan its path instead", len(in.Content), s.opts.MaxInputBytes)
		}
		name := ""
		switch in.Kind {
		case KindTerraformPlan:
			name = "plan.json"
		case KindTerraform:
			name = "main.tf"
		case KindCloudFormation:
			name = "template.yaml"
			if trimmed := strings.TrimSpace(in.Content); strings.HasPrefix(trimmed, "{") {
				name = "template.json"
			}
		case "":
			return nil, fmt.Errorf("inline content needs kind: one of %s", strings.Join(Kinds, ", "))
		default:
			return nil, fmt.Errorf("kind %q: want one of %s", short(in.Kind), strings.Join(Kinds, ", "))
		}
		dir, err := os.MkdirTemp("", "iacvet-mcp-")
		if err != nil {
			return nil, fmt.Errorf("temporary directory: %w", err)
		}
		t.cleanup = func() { os.RemoveAll(dir) }
		realTmp, err := filepath.EvalSymlinks(dir)
		if err != nil {
			t.cleanup()
			return nil, fmt.Errorf("temporary directory: %w", err)
		}
		file := filepath.Join(realTmp, name)
		if err := os.WriteFile(file, []byte(in.Content), 0o600); err != nil {
			t.cleanup()
			return nil, fmt.Errorf("write inline content: %w", err)
		}
		// Inline content stands alone: it may not reach files around it.
		if err := checkReferences(realTmp, "the inline content", file); err != nil {
			t.cleanup()
			return nil, fmt.Errorf("%w; write the configuration under the root and scan its path instead", err)
		}
		t.paths = []string{file}
		t.reloc = relocator{cwd: cwd, bases: []string{realTmp, dir}}
		t.root = realTmp
		// Inline content is part of the project at the root: its
		// configuration applies.
		if t.cfg, err = s.config(s.realRoot); err != nil {
			t.cleanup()
			return nil, err
		}
		return t, nil
	}
	return nil, errors.New("give path (a file or directory under the root) or content with kind")
}

// config finds .iacvet.yaml from the scanned path upward, never above the
// root, like `iacvet scan` does from the working directory.
func (s *Server) config(real string) (*config.Config, error) {
	dir := real
	if st, err := os.Stat(real); err == nil && !st.IsDir() {
		dir = filepath.Dir(real)
	}
	for within(s.realRoot, dir) {
		for _, name := range config.FileNames {
			p := filepath.Join(dir, name)
			if _, err := os.Stat(p); err == nil {
				cfg, err := config.Load(p)
				if err != nil {
					return nil, err
				}
				return cfg, nil
			}
		}
		if dir == s.realRoot {
			break
		}
		dir = filepath.Dir(dir)
	}
	return &config.Config{}, nil
}

// options builds the scan options the CLI would build from the same
// configuration file (flags aside).
func (s *Server) options(t *target, in ScanInput) (scan.Options, model.Severity, error) {
	cfg := t.cfg
	region := in.Region
	if region == "" {
		region = cfg.Region
	}
	if region == "" {
		region = s.opts.Region
	}
	failOn := model.SeverityLow
	if cfg.FailOn == "none" {
		failOn = ""
	} else if cfg.FailOn != "" {
		sev, err := model.ParseSeverity(cfg.FailOn)
		if err != nil {
			return scan.Options{}, "", fmt.Errorf("config %s: %w", cfg.Path, err)
		}
		failOn = sev
	}
	opts := scan.Options{
		Paths:             t.paths,
		Root:              t.root,
		Region:            region,
		Exclude:           cfg.Excluded,
		Disabled:          cfg.Disabled(),
		SeverityOverrides: cfg.SeverityOverrides(),
		Config:            map[string]any{"cost": cfg.Cost},
		Cost:              &scan.CostOptions{},
	}
	if cfg.Cost.UsageFile != "" {
		u, diags := cost.LoadUsage(cfg.Cost.UsageFile)
		if diags.HasErrors() {
			return scan.Options{}, "", fmt.Errorf("usage file: %s", firstError(diags))
		}
		opts.Cost.Usage, opts.Cost.UsageDiagnostics = u, diags
	}
	return opts, failOn, nil
}

func firstError(ds model.Diagnostics) string {
	for _, d := range ds {
		if d.Severity == model.DiagError {
			return d.String()
		}
	}
	return "invalid"
}

// Scan runs one scan and returns the JSON report document.
func (s *Server) Scan(ctx context.Context, in ScanInput) (report.Document, error) {
	var doc report.Document
	err := s.call(ctx, func(ctx context.Context) error {
		t, err := s.prepare(in)
		if err != nil {
			return err
		}
		defer t.cleanup()
		opts, failOn, err := s.options(t, in)
		if err != nil {
			return err
		}
		opts.AWS = s.opts.AWS
		opts.Cost.Prices = pricing.ForClient(s.opts.AWS, nil)
		parsed := s.scanner.Parse(ctx, opts)
		if err := ctx.Err(); err != nil {
			return err
		}
		extra := s.scanner.Extra(ctx, parsed, opts)
		if err := ctx.Err(); err != nil {
			return err
		}
		s.evalMu.Lock()
		rep, err := s.scanner.Eval(ctx, parsed, opts, extra)
		s.evalMu.Unlock()
		if err != nil {
			return err
		}
		if len(s.opts.AWSNotices) > 0 {
			rep.Diagnostics = append(rep.Diagnostics, s.opts.AWSNotices...)
			rep.Diagnostics.Sort()
		}
		known := map[string]bool{}
		for _, m := range s.scanner.Engine.Rules() {
			known[m.ID] = true
		}
		rep.Diagnostics = append(rep.Diagnostics, t.cfg.CheckSuppressions(rep.Findings, known, opts.Disabled)...)
		rep.Diagnostics.Sort()
		t.cfg.ApplySuppressions(rep.Findings)
		if t.cfg.Baseline != "" {
			b, err := config.LoadBaseline(t.cfg.Baseline)
			if err != nil {
				return err
			}
			b.Apply(rep.Findings, t.reloc.file(t.cfg.Baseline))
		}
		rep.FailOn = failOn
		rep.FailOnUnknown = t.cfg.FailOnUnknown
		d := report.BuildDocument(rep)
		relocateDocument(&d, t.reloc)
		if in.Content != "" {
			d.Diagnostics = checkKind(d.Diagnostics, d.Inputs, in.Kind)
		}
		doc = d
		return nil
	})
	return doc, err
}

// EstimateCost parses the input and prices it, without evaluating rules.
func (s *Server) EstimateCost(ctx context.Context, in ScanInput) (CostOutput, error) {
	var out CostOutput
	err := s.call(ctx, func(ctx context.Context) error {
		t, err := s.prepare(in)
		if err != nil {
			return err
		}
		defer t.cleanup()
		opts, _, err := s.options(t, in)
		if err != nil {
			return err
		}
		parsed := s.scanner.Parse(ctx, opts)
		if err := ctx.Err(); err != nil {
			return err
		}
		extra := s.scanner.Extra(ctx, parsed, opts)
		if err := ctx.Err(); err != nil {
			return err
		}
		o := CostOutput{Inputs: append([]report.Input{}, parsed.Inputs...)}
		if extra.Cost != nil {
			o.Cost = *extra.Cost
		} else {
			o.Cost = model.CostReport{Currency: "USD"}
		}
		if o.Cost.Resources == nil {
			o.Cost.Resources = []model.ResourceCost{}
		}
		o.Diagnostics = append(append(model.Diagnostics{}, parsed.Diagnostics...), extra.Diagnostics...)
		model.Diagnostics(o.Diagnostics).Sort()
		r := t.reloc
		for i := range o.Inputs {
			o.Inputs[i].Path = r.file(o.Inputs[i].Path)
		}
		o.Cost = relocateCost(o.Cost, r)
		relocateDiagnostics(o.Diagnostics, r)
		if in.Content != "" {
			o.Diagnostics = checkKind(o.Diagnostics, o.Inputs, in.Kind)
		}
		out = o
		return nil
	})
	return out, err
}

// checkKind notes inline content that was read as another kind than the
// one declared (the kind of an input is always detected from its content).
func checkKind(ds []model.Diagnostic, inputs []report.Input, kind string) []model.Diagnostic {
	for _, in := range inputs {
		if in.Kind != kind {
			ds = append(ds, model.Diagnostic{Severity: model.DiagWarning, Position: model.Position{File: in.Path},
				Summary: fmt.Sprintf("content given as %s was read as %s", kind, in.Kind)})
			model.Diagnostics(ds).Sort()
		}
	}
	return ds
}

// relocateDocument rewrites the document's file paths relative to the
// target's base (the root, or "" for inline content).
func relocateDocument(d *report.Document, r relocator) {
	for i := range d.Inputs {
		d.Inputs[i].Path = r.file(d.Inputs[i].Path)
	}
	for _, fs := range [][]model.Finding{d.Findings, d.Unknown, d.Suppressed} {
		for i := range fs {
			f := &fs[i]
			f.Location.File = r.file(f.Location.File)
			f.Message = r.text(f.Message)
			if f.Suppression != nil && f.Suppression.Position != nil {
				pos := *f.Suppression.Position
				pos.File = r.file(pos.File)
				sup := *f.Suppression
				sup.Position = &pos
				f.Suppression = &sup
			}
		}
	}
	relocateDiagnostics(d.Diagnostics, r)
	if d.Cost != nil {
		c := relocateCost(*d.Cost, r)
		d.Cost = &c
	}
}

// relocateCost returns c with the file of every resource it lists (priced,
// free or not priced) relative to the target's base; c's slices are copied,
// not changed in place.
func relocateCost(c model.CostReport, r relocator) model.CostReport {
	c.Resources = slices.Clone(c.Resources)
	for i := range c.Resources {
		c.Resources[i].Location.File = r.file(c.Resources[i].Location.File)
	}
	c.Free = slices.Clone(c.Free)
	c.NotPriced = slices.Clone(c.NotPriced)
	for _, us := range [][]model.UnpricedResource{c.Free, c.NotPriced} {
		for i := range us {
			us[i].Location.File = r.file(us[i].Location.File)
		}
	}
	return c
}

func relocateDiagnostics(ds []model.Diagnostic, r relocator) {
	for i := range ds {
		ds[i].File = r.file(ds[i].File)
		ds[i].Summary = r.text(ds[i].Summary)
		ds[i].Detail = r.text(ds[i].Detail)
	}
}

// ListRules returns the rules, filtered.
func (s *Server) ListRules(in ListRulesInput) (ListRulesOutput, error) {
	min := -1
	if in.MinSeverity != "" {
		sev, err := model.ParseSeverity(in.MinSeverity)
		if err != nil {
			return ListRulesOutput{}, err
		}
		min = sev.Rank()
	}
	out := ListRulesOutput{Rules: []RuleSummary{}}
	for _, m := range s.scanner.Engine.Rules() {
		if m.Severity.Rank() < min {
			continue
		}
		if in.ResourceType != "" && !checksType(m, in.ResourceType) {
			continue
		}
		out.Rules = append(out.Rules, RuleSummary{ID: m.ID, Title: m.Title, Severity: m.Severity, ResourceTypes: nonNil(m.ResourceTypes), CIS: m.CIS, FSBP: m.FSBP, Builtin: m.Builtin})
	}
	out.Count = len(out.Rules)
	return out, nil
}

func checksType(m model.RuleMeta, t string) bool {
	for _, rt := range m.ResourceTypes {
		if rt == "*" || strings.EqualFold(rt, t) {
			return true
		}
	}
	return false
}

// ExplainRule returns one rule's full metadata.
func (s *Server) ExplainRule(in ExplainRuleInput) (model.RuleMeta, error) {
	id := strings.TrimSpace(in.ID)
	if id == "" {
		return model.RuleMeta{}, errors.New("id is empty; list_rules lists the rule ids")
	}
	var ids []string
	for _, m := range s.scanner.Engine.Rules() {
		if strings.EqualFold(m.ID, id) {
			m.ResourceTypes = nonNil(m.ResourceTypes)
			return m, nil
		}
		ids = append(ids, m.ID)
	}
	if near := rules.Suggest(ids, id, 5); len(near) > 0 {
		return model.RuleMeta{}, fmt.Errorf("unknown rule id %q; did you mean %s?", short(id), strings.Join(near, ", "))
	}
	return model.RuleMeta{}, fmt.Errorf("unknown rule id %q; list_rules lists the rule ids", short(id))
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func (s *Server) scanTool(ctx context.Context, _ *sdk.CallToolRequest, in ScanInput) (*sdk.CallToolResult, report.Document, error) {
	doc, err := s.Scan(ctx, in)
	return nil, doc, err
}

func (s *Server) estimateCostTool(ctx context.Context, _ *sdk.CallToolRequest, in ScanInput) (*sdk.CallToolResult, CostOutput, error) {
	out, err := s.EstimateCost(ctx, in)
	return nil, out, err
}

func (s *Server) listRulesTool(_ context.Context, _ *sdk.CallToolRequest, in ListRulesInput) (*sdk.CallToolResult, ListRulesOutput, error) {
	out, err := s.ListRules(in)
	return nil, out, err
}

func (s *Server) explainRuleTool(_ context.Context, _ *sdk.CallToolRequest, in ExplainRuleInput) (*sdk.CallToolResult, model.RuleMeta, error) {
	out, err := s.ExplainRule(in)
	return nil, out, err
}
