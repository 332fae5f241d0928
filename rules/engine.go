package rules

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/iacvet/iacvet/internal/par"
	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/policies"
)

// Options configures an Engine.
type Options struct {
	// Sources are the policy trees; nil means the built-in policies only.
	Sources []Source
	// Workers bounds parallel rule evaluation (default GOMAXPROCS).
	Workers int
	// Limits bound each rule's time and the evaluation's memory (zero
	// fields take the defaults).
	Limits Limits
}

// Builtin is the Source of the embedded policies.
func Builtin() Source { return Source{Name: "builtin", FS: policies.FS, Builtin: true} }

// Engine holds compiled policies and prepared queries. It is safe for
// concurrent Eval calls that do not pass AWS data.
type Engine struct {
	rules   []*rule
	byType  map[string][]*rule
	store   storage.Store
	workers int
	limits  Limits
	caps    *ast.Capabilities
	mu      sync.Mutex // serialises data writes
}

type rule struct {
	meta    model.RuleMeta
	file    string // the module's display name (source/dir/x.rego)
	deny    *rego.PreparedEvalQuery
	unknown *rego.PreparedEvalQuery
	all     bool // resource_types contains "*"
	// readsCost: the rule (or a library it imports) reads input.cost, so the
	// cost report is converted for it; most rules never pay for that.
	readsCost bool
}

// New loads, compiles and prepares the policies.
func New(ctx context.Context, opts Options) (*Engine, error) {
	sources := opts.Sources
	if sources == nil {
		sources = []Source{Builtin()}
	}
	mods, err := parseSources(sources, false)
	if err != nil {
		return nil, err
	}
	seenName := make(map[string]bool, len(mods))
	for _, m := range mods {
		if seenName[m.name] {
			return nil, fmt.Errorf("policy %s loaded twice", m.name)
		}
		seenName[m.name] = true
	}
	e := &Engine{byType: map[string][]*rule{}, store: inmem.New(), workers: opts.Workers, limits: opts.Limits.withDefaults(), caps: Capabilities()}
	if e.workers <= 0 {
		e.workers = runtime.GOMAXPROCS(0)
	}
	compilers, err := compileModules(mods, e.caps, e.workers)
	if err != nil {
		return nil, err
	}
	costReaders := packagesReading(mods, "cost")
	seen := map[string]string{}
	for _, m := range mods {
		pkg := m.module.Package
		compiler := compilers[m.name]
		meta, isRule, err := metaFromAnnotations(compiler.GetAnnotationSet().GetPackageScope(pkg), pkg.Path.String(), m)
		if err != nil {
			return nil, err
		}
		if !isRule {
			continue
		}
		if prev, dup := seen[meta.ID]; dup {
			return nil, fmt.Errorf("rule id %s declared by %s and %s", meta.ID, prev, m.name)
		}
		seen[meta.ID] = m.name
		if err := checkResultRules(m); err != nil {
			return nil, err
		}
		r := &rule{meta: meta, file: m.name, readsCost: reads(m.module, costReaders)}
		for _, t := range meta.ResourceTypes {
			if t == "*" {
				r.all = true
			}
		}
		for _, name := range ruleNames(m.module) {
			q, err := e.prepare(ctx, compiler, pkg.Path.String()+"."+name)
			if err != nil {
				return nil, fmt.Errorf("prepare %s (%s): %w", meta.ID, m.name, err)
			}
			switch name {
			case "deny":
				r.deny = q
			case "unknown":
				r.unknown = q
			}
		}
		if r.deny == nil && r.unknown == nil {
			return nil, fmt.Errorf("%s: rule %s defines neither deny nor unknown", m.name, meta.ID)
		}
		e.rules = append(e.rules, r)
		for _, t := range meta.ResourceTypes {
			e.byType[t] = append(e.byType[t], r)
		}
	}
	sort.Slice(e.rules, func(i, j int) bool { return e.rules[i].meta.ID < e.rules[j].meta.ID })
	return e, nil
}

// packagesReading returns the packages whose modules refer to input.<key>.
func packagesReading(mods []parsedModule, key string) map[string]bool {
	out := map[string]bool{}
	for _, m := range mods {
		ast.WalkRefs(m.module, func(ref ast.Ref) bool {
			if len(ref) >= 2 && ref[0].Equal(ast.InputRootDocument) {
				if s, ok := ref[1].Value.(ast.String); ok && string(s) == key {
					out[m.module.Package.Path.String()] = true
				}
			}
			return false
		})
	}
	return out
}

// reads reports whether a module, or a package it imports (or one below
// an imported path), is among the readers.
func reads(m *ast.Module, readers map[string]bool) bool {
	if readers[m.Package.Path.String()] {
		return true
	}
	for _, imp := range m.Imports {
		path := imp.Path.String()
		for pkg := range readers {
			if pkg == path || strings.HasPrefix(pkg, path+".") {
				return true
			}
		}
	}
	return false
}

func ruleNames(m *ast.Module) []string {
	set := map[string]bool{}
	for _, r := range m.Rules {
		name := r.Head.Name.String()
		if len(r.Head.Reference) > 0 {
			name = r.Head.Reference[0].Value.String()
			if s, ok := r.Head.Reference[0].Value.(ast.Var); ok {
				name = string(s)
			}
		}
		if name == "deny" || name == "unknown" {
			set[name] = true
		}
	}
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func (e *Engine) prepare(ctx context.Context, compiler *ast.Compiler, ref string) (*rego.PreparedEvalQuery, error) {
	pq, err := rego.New(
		rego.Query(ref),
		rego.Compiler(compiler),
		rego.Store(e.store),
		rego.Capabilities(e.caps),
		rego.StrictBuiltinErrors(false),
	).PrepareForEval(ctx)
	if err != nil {
		return nil, err
	}
	return &pq, nil
}

// Rules returns the metadata of every loaded rule, sorted by id.
func (e *Engine) Rules() []model.RuleMeta {
	out := make([]model.RuleMeta, len(e.rules))
	for i, r := range e.rules {
		out[i] = r.meta
	}
	return out
}

// Input is what one scan evaluates.
type Input struct {
	Resources []*model.Resource
	// AWS is placed at data.aws (live lookups); nil leaves it empty.
	AWS map[string]any
	// Cost is input.cost (a model.CostReport or nil).
	Cost *model.CostReport
	// Config is input.config (JSON-shaped).
	Config map[string]any
	// Disabled rule ids are skipped.
	Disabled map[string]bool
}

// Result is the engine's output: findings (fail and unknown outcomes) and
// diagnostics about rules that failed to evaluate.
type Result struct {
	Findings    []model.Finding
	Diagnostics model.Diagnostics
	Duration    time.Duration
	// RuleDurations is the evaluation time of each rule (for --stats).
	RuleDurations map[string]time.Duration
}

// Judged reports whether rules see a resource: managed, not being deleted.
func Judged(r *model.Resource) bool {
	if r.Mode == model.ModeData {
		return false
	}
	return r.Action() != model.ActionDelete && r.Properties != nil
}

// Eval evaluates every enabled rule once.
func (e *Engine) Eval(ctx context.Context, in Input) (*Result, error) {
	start := time.Now()
	if err := e.writeData(ctx, in.AWS); err != nil {
		return nil, err
	}
	// Convert the resources (and the cost report, for the rules that read
	// it) to Rego values once, spread over the workers.
	var (
		costTerm *ast.Term
		costErr  error
		costDone sync.WaitGroup
	)
	if in.Cost != nil && e.readsCost(in.Disabled) {
		costDone.Add(1)
		go func() {
			defer costDone.Done()
			v, err := jsonValue(costView(in.Cost))
			if err != nil {
				costErr = fmt.Errorf("cost input: %w", err)
				return
			}
			costTerm = ast.NewTerm(v)
		}()
	}
	values := make([]*ast.Term, len(in.Resources))
	par.For(len(in.Resources), e.workers, 512, func(i int) {
		if r := in.Resources[i]; Judged(r) {
			values[i] = ast.NewTerm(resourceValue(i, r))
		}
	})
	byType := map[string][]*ast.Term{}
	var all []*ast.Term
	for i, r := range in.Resources {
		if values[i] == nil {
			continue
		}
		byType[r.Type] = append(byType[r.Type], values[i])
		all = append(all, values[i])
	}
	costDone.Wait()
	if costErr != nil {
		return nil, costErr
	}
	base := [][2]*ast.Term{}
	if in.Config != nil {
		v, err := jsonValue(in.Config)
		if err != nil {
			return nil, fmt.Errorf("config input: %w", err)
		}
		base = append(base, [2]*ast.Term{ast.StringTerm("config"), ast.NewTerm(v)})
	}

	guard := newMemGuard(e.limits.Memory)
	defer guard.close()
	limitsCtx := context.WithValue(ctx, limitsKey{}, e.limits)
	jobs := make(chan *rule)
	var mu sync.Mutex
	res := &Result{RuleDurations: map[string]time.Duration{}}
	var wg sync.WaitGroup
	for w := 0; w < e.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range jobs {
				var terms []*ast.Term
				if r.all {
					terms = all
				} else {
					for _, t := range r.meta.ResourceTypes {
						terms = append(terms, byType[t]...)
					}
				}
				if len(terms) == 0 && len(r.meta.ResourceTypes) > 0 {
					continue
				}
				items := append([][2]*ast.Term{{ast.StringTerm("resources"), ast.ArrayTerm(terms...)}}, base...)
				if r.readsCost && costTerm != nil {
					items = append(items, [2]*ast.Term{ast.StringTerm("cost"), costTerm})
				}
				input := ast.NewObject(items...)
				ruleStart := time.Now()
				cancelCtx, cancel := context.WithCancelCause(limitsCtx)
				ruleCtx, stop := context.WithTimeoutCause(cancelCtx, e.limits.Timeout, errTimeout)
				g := guard.enter(cancel)
				fs, diags := e.evalRule(ruleCtx, r, input, in.Resources, len(r.meta.ResourceTypes) == 0 || anyUnknown(terms))
				guard.leave(g)
				stop()
				cancel(nil)
				took := time.Since(ruleStart)
				mu.Lock()
				res.RuleDurations[r.meta.ID] = took
				res.Findings = append(res.Findings, fs...)
				res.Diagnostics = append(res.Diagnostics, diags...)
				mu.Unlock()
			}
		}()
	}
	// Largest first, so the last rules to finish are short ones and both
	// cores stay busy (longest-processing-time scheduling).
	order := make([]*rule, 0, len(e.rules))
	weight := map[*rule]int{}
	for _, r := range e.rules {
		if in.Disabled[r.meta.ID] {
			continue
		}
		n := len(all)
		if !r.all {
			n = 0
			for _, t := range r.meta.ResourceTypes {
				n += len(byType[t])
			}
		}
		weight[r] = n
		order = append(order, r)
	}
	sort.SliceStable(order, func(i, j int) bool { return weight[order[i]] > weight[order[j]] })
	for _, r := range order {
		select {
		case jobs <- r:
		case <-ctx.Done():
		}
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	SortFindings(res.Findings)
	res.Duration = time.Since(start)
	return res, nil
}

func (e *Engine) writeData(ctx context.Context, aws map[string]any) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if aws == nil {
		aws = map[string]any{}
	}
	// Round-trip through JSON so the store holds plain JSON values.
	data, err := json.Marshal(aws)
	if err != nil {
		return fmt.Errorf("aws data: %w", err)
	}
	var plain any
	if err := json.Unmarshal(data, &plain); err != nil {
		return fmt.Errorf("aws data: %w", err)
	}
	return storage.WriteOne(ctx, e.store, storage.AddOp, storage.MustParsePath("/aws"), plain)
}

// costView is input.cost: the report without its per-component detail
// (price keys, unit prices and their provenance), which policies do not
// need and which would triple the input's size.
func costView(c *model.CostReport) *model.CostReport {
	view := *c
	view.Resources = make([]model.ResourceCost, len(c.Resources))
	for i, rc := range c.Resources {
		rc.Components = nil
		view.Resources[i] = rc
	}
	return &view
}

// jsonValue converts a JSON-marshalable value to an ast.Value through its
// JSON form, decoded with exact numbers and converted without reflection.
func jsonValue(v any) (ast.Value, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var plain any
	if err := dec.Decode(&plain); err != nil {
		return nil, err
	}
	return toValue(plain), nil
}

// anyUnknown reports whether any resource term has an unknown value; the
// unknown-until-apply query of a rule is skipped when none has.
func anyUnknown(terms []*ast.Term) bool {
	for _, t := range terms {
		if obj, ok := t.Value.(ast.Object); ok {
			if v := obj.Get(hasUnknownKey); v != nil && v.Equal(ast.BooleanTerm(true)) {
				return true
			}
		}
	}
	return false
}

var hasUnknownKey = ast.StringTerm("has_unknown")

func (e *Engine) evalRule(ctx context.Context, r *rule, input ast.Value, resources []*model.Resource, unknowns bool) ([]model.Finding, model.Diagnostics) {
	var out []model.Finding
	var diags model.Diagnostics
	denied := map[string]bool{}
	for _, q := range []struct {
		pq      *rego.PreparedEvalQuery
		outcome model.Outcome
	}{{r.deny, model.OutcomeFail}, {r.unknown, model.OutcomeUnknown}} {
		if q.pq == nil || (q.outcome == model.OutcomeUnknown && !unknowns) {
			continue
		}
		name := "deny"
		if q.outcome == model.OutcomeUnknown {
			name = "unknown"
		}
		fail := func(summary, detail string) {
			diags = append(diags, model.Diagnostic{Severity: model.DiagError, Position: model.Position{File: r.file}, Summary: fmt.Sprintf("rule %s (%s, %s) %s", r.meta.ID, strings.TrimPrefix(r.meta.Package, "data."), r.file, summary), Detail: detail})
		}
		rs, err := q.pq.Eval(ctx, rego.EvalParsedInput(input))
		if err != nil {
			if lim := limitError(ctx, e.limits); lim != nil {
				fail(lim.Error(), err.Error())
			} else if strings.Contains(err.Error(), policyLimit) {
				fail("went over a policy limit", err.Error())
			} else {
				fail("failed to evaluate", err.Error())
			}
			continue
		}
		for _, result := range rs {
			for _, expr := range result.Expressions {
				items, isSet := expr.Value.([]any)
				if !isSet {
					fail(name+" is not a set of findings", fmt.Sprintf("%s = %s", name, brief(expr.Value)))
					continue
				}
				for _, item := range items {
					f, ok := e.finding(r, q.outcome, item, resources)
					if !ok {
						fail("returned a result that is not a finding object (an object with a msg and a resource string)", brief(item))
						continue
					}
					key := f.Resource + "\x00" + f.Attribute
					if q.outcome == model.OutcomeFail {
						denied[key] = true
					} else if denied[key] {
						continue
					}
					out = append(out, f)
				}
			}
		}
	}
	return out, diags
}

// finding converts one Rego result into a Finding placed on its line.
func (e *Engine) finding(r *rule, outcome model.Outcome, item any, resources []*model.Resource) (model.Finding, bool) {
	obj, ok := item.(map[string]any)
	if !ok {
		return model.Finding{}, false
	}
	msg, _ := obj["msg"].(string)
	if msg == "" {
		msg, _ = obj["message"].(string)
	}
	// Every finding names its resource, except those of change-wide rules
	// (resource_types: []), which may leave it out or empty.
	addr, isString := obj["resource"].(string)
	if _, present := obj["resource"]; present && !isString {
		return model.Finding{}, false
	}
	if msg == "" || (addr == "" && len(r.meta.ResourceTypes) > 0) {
		return model.Finding{}, false
	}
	f := model.Finding{
		RuleID:   r.meta.ID,
		Title:    r.meta.Title,
		Severity: r.meta.Severity,
		Outcome:  outcome,
		Message:  msg,
	}
	if s, ok := obj["severity"].(string); ok {
		if sev, err := model.ParseSeverity(s); err == nil {
			f.Severity = sev
		}
	}
	f.Attribute = pathString(obj["path"])
	var res *model.Resource
	if id, ok := obj["$id"].(json.Number); ok {
		if i, err := id.Int64(); err == nil && i >= 0 && int(i) < len(resources) {
			res = resources[i]
		}
	}
	if res == nil && addr != "" {
		for _, cand := range resources {
			if cand.Address == addr {
				res = cand
				break
			}
		}
	}
	if res != nil {
		f.Resource = res.Address
		f.ResourceType = res.Type
		f.Format = res.Source.Format
		f.Location = res.Locate(f.Attribute)
		if part := res.PartOf(f.Attribute); part != "" {
			// A list item another resource declared (a security group
			// rule joined to its group): the finding is about that one.
			f.Resource = part
		}
	} else {
		f.Resource = addr
	}
	if prov, ok := obj["provenance"].([]any); ok {
		for _, p := range prov {
			if pm, ok := p.(map[string]any); ok {
				f.Provenance = append(f.Provenance, provenanceFrom(pm))
			}
		}
	}
	f.Fingerprint = Fingerprint(f, res)
	return f, true
}

func provenanceFrom(m map[string]any) model.Provenance {
	p := model.Provenance{Source: model.DataSource(str(m["source"])), What: str(m["what"]), SnapshotDate: str(m["snapshot_date"])}
	if n, ok := m["age_seconds"].(json.Number); ok {
		if secs, err := n.Float64(); err == nil {
			p.Age = time.Duration(secs * float64(time.Second))
		}
	}
	if s := str(m["fetched_at"]); s != "" {
		p.FetchedAt, _ = time.Parse(time.RFC3339, s)
	}
	return p
}

// pathString turns ["A", 0, "B"] or "A/0/B" into "A/0/B".
func pathString(v any) string {
	switch tv := v.(type) {
	case string:
		return strings.Trim(tv, "/")
	case []any:
		parts := make([]string, 0, len(tv))
		for _, p := range tv {
			switch pv := p.(type) {
			case string:
				parts = append(parts, pv)
			case json.Number:
				parts = append(parts, pv.String())
			default:
				parts = append(parts, fmt.Sprint(pv))
			}
		}
		return strings.Join(parts, "/")
	}
	return ""
}

// Fingerprint identifies a finding across runs: the rule, the resource's
// address and input (stack or module), and the attribute path — never line
// numbers, so unrelated edits and line shifts keep it.
func Fingerprint(f model.Finding, r *model.Resource) string {
	h := sha256.New()
	scope := ""
	if r != nil {
		scope = r.Source.Stack
		if r.Source.Format == model.FormatCloudFormation && scope == "" {
			scope = r.Source.File
		}
	}
	for _, part := range []string{f.RuleID, scope, f.Resource, f.Attribute, string(f.Outcome)} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// SortFindings orders findings as reports list them (model.SortFindings).
func SortFindings(fs []model.Finding) { model.SortFindings(fs) }

// readsCost reports whether an enabled rule reads input.cost.
func (e *Engine) readsCost(disabled map[string]bool) bool {
	for _, r := range e.rules {
		if r.readsCost && !disabled[r.meta.ID] {
			return true
		}
	}
	return false
}

// brief renders a result value for a diagnostic, cut to a readable length.
func brief(v any) string {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	const max = 300
	if len(data) > max {
		return string(data[:max]) + "…"
	}
	return string(data)
}

// checkResultRules requires a rule module's deny and unknown to be sets
// ("deny contains ..."): a complete value (deny := ...) or an object
// (deny[k] := ...) is not a set of findings.
func checkResultRules(m parsedModule) error {
	for _, r := range m.module.Rules {
		name := r.Head.Name.String()
		if len(r.Head.Reference) > 0 {
			name = r.Head.Reference[0].Value.String()
			if v, ok := r.Head.Reference[0].Value.(ast.Var); ok {
				name = string(v)
			}
		}
		if name != "deny" && name != "unknown" {
			continue
		}
		if r.Head.RuleKind() != ast.MultiValue || len(r.Head.Reference) > 1 {
			return fmt.Errorf("%s:%d: %s must be a set of findings (%s contains finding if { ... })", m.name, r.Location.Row, name, name)
		}
	}
	return nil
}
