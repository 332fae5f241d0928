// Package tfplan parses Terraform plan JSON (`terraform show -json`, format
// 1.x) into the common model.
//
// It owns: resource changes with their actions (create, update, delete,
// replace, no-op, read), child module addresses, data sources (kept, but in
// Mode data so rules skip them), each resource's region from the
// configuration section's provider blocks (constants, variables with values in
// the plan, aliases), unknown values (after_unknown, annotated with the
// resource they reference from the configuration's expressions) and
// redaction of sensitive values (after_sensitive, before_sensitive): a
// sensitive value is replaced by model.Sensitive before anything else sees it.
//
// An aws_iam_policy_document whose read is deferred to apply gets its json
// when its planned arguments are all known, and attributes whose
// configuration refers to nothing but that json get the document (see
// resolvePolicyDocuments).
//
// Two inputs people feed by habit are read too: `terraform show -json`
// without a plan file prints the state (format_version and values, no
// resource_changes), whose resources become no-op changes, scanned as the
// deployed configuration with a notice; and plan JSON captured through
// GitHub's setup-terraform wrapper, whose "[command]..." and "::debug::"
// lines are blanked (StripWrapper) with a warning.
//
// Resources keep their native Terraform type and attributes; mapping to
// canonical types is the mapping package's job.
package tfplan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync"

	version "github.com/hashicorp/go-version"
	tfjson "github.com/hashicorp/terraform-json"

	"github.com/iacvet/iacvet/internal/par"
	"github.com/iacvet/iacvet/model"
)

// Options tunes the parser.
type Options struct {
	// Region is used when no provider region is known.
	Region string
}

// IsPlan reports by content whether data looks like plan JSON: a JSON
// object with Terraform's format_version and terraform_version keys (keys
// may come in any order, so the whole input is searched), also when a
// wrapper's command lines surround it (StripWrapper). State JSON
// (terraform show -json without a plan file) passes too; Parse tells.
func IsPlan(data []byte) bool {
	data, _ = StripWrapper(data)
	t := bytes.TrimSpace(data)
	if len(t) == 0 || t[0] != '{' {
		return false
	}
	return bytes.Contains(t, []byte(`"format_version"`)) && bytes.Contains(t, []byte(`"terraform_version"`))
}

// Parse parses plan JSON. path names the file in positions and diagnostics.
func Parse(path string, data []byte, opts Options) ([]*model.Resource, model.Diagnostics) {
	var diags model.Diagnostics
	if len(bytes.TrimSpace(data)) == 0 {
		diags.Errorf(model.Position{File: path}, "empty Terraform plan")
		return nil, diags
	}
	data, noise := StripWrapper(data)
	if noise {
		diags.Warnf(model.Position{File: path}, "the plan JSON is wrapped in command output (lines such as [command]... or ::debug::, as GitHub's setup-terraform wrapper prints); only the JSON was read: run terraform show -json with terraform_wrapper: false or redirect it to a file")
	}
	plan, err := decode(data)
	if err != nil {
		diags = append(diags, jsonError(path, data, err))
		return nil, diags
	}
	if plan.ResourceChanges == nil && plan.Values != nil && !plan.planned {
		// terraform show -json of a state: what is deployed, not a change.
		diags = append(diags, model.Diagnostic{Severity: model.DiagNotice, Position: model.Position{File: path},
			Summary: "this is Terraform state (terraform show -json without a plan file), not a plan: its resources are scanned as the deployed configuration"})
		changes, err := stateChanges(plan.Values)
		if err != nil {
			diags.Errorf(model.Position{File: path}, "state: %v", err)
			return nil, diags
		}
		plan.ResourceChanges, plan.state = changes, true
	}
	rs, ds := build(path, data, plan, opts)
	return rs, append(diags, ds...)
}

// stateChanges turns the resources of state JSON into no-op changes whose
// before and after are the recorded values.
func stateChanges(v *tfjson.StateValues) ([]*tfjson.ResourceChange, error) {
	var out []*tfjson.ResourceChange
	var walk func(m *tfjson.StateModule, depth int) error
	walk = func(m *tfjson.StateModule, depth int) error {
		if m == nil {
			return nil
		}
		if depth > 64 {
			return errors.New("modules nested too deep")
		}
		for _, r := range m.Resources {
			if r == nil {
				continue
			}
			var sens any
			if len(r.SensitiveValues) > 0 {
				d := json.NewDecoder(bytes.NewReader(r.SensitiveValues))
				d.UseNumber()
				if err := d.Decode(&sens); err != nil {
					return fmt.Errorf("resource %s: sensitive_values: %w", r.Address, err)
				}
			}
			var vals any
			if r.AttributeValues != nil {
				vals = r.AttributeValues
			}
			out = append(out, &tfjson.ResourceChange{
				Address: r.Address, ModuleAddress: m.Address, Mode: r.Mode, Type: r.Type, Name: r.Name,
				Index: r.Index, ProviderName: r.ProviderName, DeposedKey: r.DeposedKey,
				Change: &tfjson.Change{Actions: tfjson.Actions{tfjson.ActionNoop}, Before: vals, After: vals,
					AfterUnknown: map[string]any{}, BeforeSensitive: sens, AfterSensitive: sens},
			})
		}
		for _, c := range m.ChildModules {
			if err := walk(c, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	return out, walk(v.RootModule, 0)
}

// StripWrapper removes the lines a wrapper prints around `terraform show
// -json` output: GitHub's setup-terraform writes "[command]/path/terraform
// show -json tfplan" before the JSON and "::debug::..." (and other "::"
// workflow commands) after it. The lines are blanked, not cut, so that
// line numbers still match the file. noise is false, and data returned as
// is, unless the JSON sits between such lines only.
func StripWrapper(data []byte) (out []byte, noise bool) {
	t := bytes.TrimLeft(data, " \t\r\n\ufeff")
	if len(t) == 0 || t[0] == '{' {
		return data, false
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	i := 0
	for ; i < len(lines); i++ {
		l := bytes.TrimSpace(lines[i])
		if len(l) == 0 {
			continue
		}
		if l[0] == '{' {
			break
		}
		if !bytes.HasPrefix(l, []byte("[command]")) && !bytes.HasPrefix(l, []byte("::")) {
			return data, false
		}
	}
	if i == len(lines) {
		return data, false
	}
	end := len(lines)
	for end > i+1 {
		l := bytes.TrimSpace(lines[end-1])
		if len(l) != 0 && !bytes.HasPrefix(l, []byte("::")) {
			break
		}
		end--
	}
	out = make([]byte, 0, len(data))
	for j, l := range lines {
		if j < i || j >= end {
			out = append(out, blank(l)...)
		} else {
			out = append(out, l...)
		}
	}
	return out, true
}

// blank keeps only the line break of a line.
func blank(l []byte) []byte {
	switch {
	case bytes.HasSuffix(l, []byte("\r\n")):
		return []byte("\r\n")
	case bytes.HasSuffix(l, []byte("\n")):
		return []byte("\n")
	}
	return nil
}

// build turns a decoded plan into model resources placed on their lines.
func build(path string, data []byte, plan *planDoc, opts Options) ([]*model.Resource, model.Diagnostics) {
	var diags model.Diagnostics
	p := &parser{path: path, plan: plan, opts: opts}
	p.indexConfig()
	built := p.resources()
	anchor := "resource_changes"
	if plan.state {
		anchor = "values"
	}
	lines := newLineFinder(data, anchor)
	var out []*model.Resource
	for i, rc := range plan.ResourceChanges {
		b := built[i]
		if b.skip {
			continue
		}
		if b.err != nil {
			diags.Errorf(model.Position{File: path}, "resource %s: %v", rc.Address, b.err)
			continue
		}
		line, col := lines.find(rc.Address)
		b.r.Source.Position = model.Position{File: path, Line: line, Column: col}
		out = append(out, b.r)
	}
	p.resolvePolicyDocuments(out, &diags)
	return out, diags
}

// built is one resource change turned into a model resource.
type built struct {
	r    *model.Resource
	err  error
	skip bool
}

// resources builds the model resources of every change, in parallel (the
// parser's indexes are read-only by now), in the plan's order.
func (p *parser) resources() []built {
	changes := p.plan.ResourceChanges
	out := make([]built, len(changes))
	par.For(len(changes), 0, 256, func(i int) {
		rc := changes[i]
		switch {
		case rc == nil || rc.Change == nil:
			out[i].skip = true
		case rc.DeposedKey != "":
			out[i].skip = true // a deposed object is being destroyed; its current twin is reported
		default:
			out[i].r, out[i].err = p.resource(rc)
		}
	})
	return out
}

// planDoc is the part of tfjson.Plan iacvet reads. planned_values and
// prior_state repeat what resource_changes say and are skipped, which keeps
// decoding close to the cost of a plain encoding/json pass.
type planDoc struct {
	FormatVersion    string                          `json:"format_version"`
	TerraformVersion string                          `json:"terraform_version"`
	Variables        map[string]*tfjson.PlanVariable `json:"variables"`
	ResourceChanges  []*tfjson.ResourceChange        `json:"resource_changes"`
	Config           *tfjson.Config                  `json:"configuration"`
	// Values is the state of `terraform show -json` without a plan file.
	Values *tfjson.StateValues `json:"values"`
	// planned: the document has keys only plans have (planned_values, ...).
	planned bool
	state   bool // ResourceChanges were made from Values

}

// decode reads plan JSON with numbers kept exact and checks the format
// version the way tfjson.Plan.Validate does. The document is read as a
// stream: resource changes and the configuration are cut out one by one
// and decoded by all cores while the stream goes on. A document the fast
// path cannot read is decoded again in one piece, for an error that points
// at the right offset.
func decode(data []byte) (*planDoc, error) {
	plan, err := decodeParallel(data)
	if err != nil {
		if _, serialErr := decodeSerial(data); serialErr != nil {
			return nil, serialErr
		}
		return nil, err
	}
	return plan, checkFormat(plan)
}

// decodeSerial decodes the whole document at once.
func decodeSerial(data []byte) (*planDoc, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var plan planDoc
	if err := dec.Decode(&plan); err != nil {
		return nil, err
	}
	return &plan, checkFormat(&plan)
}

func checkFormat(plan *planDoc) error {
	if plan.FormatVersion == "" {
		return errors.New("unexpected plan input, format version is missing")
	}
	v, err := version.NewVersion(plan.FormatVersion)
	if err != nil {
		return fmt.Errorf("invalid format version %q: %w", plan.FormatVersion, err)
	}
	if !planFormats.Check(v) {
		return fmt.Errorf("unsupported plan format version: %q does not satisfy %q", v, tfjson.PlanFormatVersionConstraints)
	}
	return nil
}

// skipped is a JSON value read past without being decoded.
type skipped struct{}

func (*skipped) UnmarshalJSON([]byte) error { return nil }

// decodeParallel is decode's fast path: the top-level object is read key by
// key; each resource change, and the configuration, is handed as raw bytes
// to a pool of decoders.
func decodeParallel(data []byte) (*planDoc, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := expectDelim(dec, '{'); err != nil {
		return nil, err
	}
	plan := &planDoc{}
	type job struct {
		raw []byte
		dst any
	}
	jobs := make(chan job, 64)
	var (
		wg       sync.WaitGroup
		errOnce  sync.Once
		firstErr error
	)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				d := json.NewDecoder(bytes.NewReader(j.raw))
				d.UseNumber()
				if err := d.Decode(j.dst); err != nil {
					errOnce.Do(func() { firstErr = err })
				}
			}
		}()
	}
	err := func() error {
		defer close(jobs)
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				return err
			}
			key, _ := tok.(string)
			switch topLevelKey(key) {
			case "format_version":
				err = dec.Decode(&plan.FormatVersion)
			case "terraform_version":
				err = dec.Decode(&plan.TerraformVersion)
			case "variables":
				err = dec.Decode(&plan.Variables)
			case "configuration":
				var cfg *rawConfig
				if err = dec.Decode(&cfg); err == nil && cfg != nil {
					plan.Config = cfg.config(func(raw []byte, dst *tfjson.ConfigResource) { jobs <- job{raw, dst} })
				}
			case "values":
				err = dec.Decode(&plan.Values)
			case "planned_values", "prior_state", "resource_drift", "output_changes", "relevant_attributes", "applyable", "complete", "errored":
				plan.planned = true
				err = dec.Decode(&skipped{})
			case "resource_changes":
				plan.planned = true
				plan.ResourceChanges = nil // a repeated key replaces, as in encoding/json
				err = decodeChanges(dec, func(raw []byte) {
					rc := &tfjson.ResourceChange{}
					plan.ResourceChanges = append(plan.ResourceChanges, rc)
					jobs <- job{raw, rc}
				})
			default:
				err = dec.Decode(&skipped{})
			}
			if err != nil {
				return err
			}
		}
		return expectDelim(dec, '}')
	}()
	wg.Wait()
	if err != nil {
		return nil, err
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return plan, nil
}

// rawConfig is the part of the configuration section iacvet reads, with
// each resource block left raw for the decoder pool (tfjson decodes every
// expression several times over; spread over the cores that is no longer
// the longest step of a scan).
type rawConfig struct {
	ProviderConfigs map[string]*tfjson.ProviderConfig `json:"provider_config"`
	RootModule      *rawModule                        `json:"root_module"`
}

type rawModule struct {
	Resources   []json.RawMessage `json:"resources"`
	ModuleCalls map[string]*struct {
		Module *rawModule `json:"module"`
	} `json:"module_calls"`
}

// config builds the tfjson configuration, handing each resource block with
// the resource it is to be decoded into to decode.
func (c *rawConfig) config(decode func(raw []byte, dst *tfjson.ConfigResource)) *tfjson.Config {
	var module func(m *rawModule, depth int) *tfjson.ConfigModule
	module = func(m *rawModule, depth int) *tfjson.ConfigModule {
		if m == nil || depth > maxModuleDepth {
			return nil
		}
		out := &tfjson.ConfigModule{}
		for _, raw := range m.Resources {
			if string(raw) == "null" {
				continue
			}
			r := &tfjson.ConfigResource{}
			out.Resources = append(out.Resources, r)
			decode(raw, r)
		}
		for name, call := range m.ModuleCalls {
			if call == nil {
				continue
			}
			if out.ModuleCalls == nil {
				out.ModuleCalls = map[string]*tfjson.ModuleCall{}
			}
			out.ModuleCalls[name] = &tfjson.ModuleCall{Module: module(call.Module, depth+1)}
		}
		return out
	}
	return &tfjson.Config{ProviderConfigs: c.ProviderConfigs, RootModule: module(c.RootModule, 0)}
}

// maxModuleDepth bounds module nesting (Terraform itself stops far below).
const maxModuleDepth = 64

// topLevelKey matches a key of the plan object the way encoding/json
// matches struct fields (exactly, or else ignoring case).
func topLevelKey(key string) string {
	for _, k := range [...]string{"format_version", "terraform_version", "variables", "configuration", "resource_changes",
		"values", "planned_values", "prior_state", "resource_drift", "output_changes", "relevant_attributes", "applyable", "complete", "errored"} {
		if key == k || strings.EqualFold(key, k) {
			return k
		}
	}
	return ""
}

// decodeChanges reads the resource_changes array, calling each with the
// raw bytes of every element but null ones (which Parse would skip).
func decodeChanges(dec *json.Decoder, each func(raw []byte)) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok == nil {
		return nil // "resource_changes": null
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return fmt.Errorf("resource_changes: want an array, got %v", tok)
	}
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return err
		}
		if string(raw) == "null" {
			continue
		}
		each(raw)
	}
	return expectDelim(dec, ']')
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return fmt.Errorf("want %q, got %v", want, tok)
	}
	return nil
}

var planFormats = version.MustConstraints(version.NewConstraint(tfjson.PlanFormatVersionConstraints))

type parser struct {
	path         string
	plan         *planDoc
	opts         Options
	configByAddr map[string]*configResource
}

type configResource struct {
	res    *tfjson.ConfigResource
	module string // module path without instance keys, "module.a.module.b"
}

// indexConfig indexes the configuration's resources by their
// module-path-qualified config address.
func (p *parser) indexConfig() {
	p.configByAddr = map[string]*configResource{}
	if p.plan.Config == nil || p.plan.Config.RootModule == nil {
		return
	}
	var walk func(m *tfjson.ConfigModule, prefix string, depth int)
	walk = func(m *tfjson.ConfigModule, prefix string, depth int) {
		if m == nil || depth > maxModuleDepth {
			return
		}
		for _, r := range m.Resources {
			if r == nil {
				continue
			}
			addr := r.Address
			if prefix != "" {
				addr = prefix + "." + r.Address
			}
			p.configByAddr[addr] = &configResource{res: r, module: prefix}
		}
		for name, call := range m.ModuleCalls {
			if call == nil {
				continue
			}
			next := "module." + name
			if prefix != "" {
				next = prefix + "." + next
			}
			walk(call.Module, next, depth+1)
		}
	}
	walk(p.plan.Config.RootModule, "", 0)
}

func (p *parser) resource(rc *tfjson.ResourceChange) (*model.Resource, error) {
	c := rc.Change
	actions := make([]model.Action, 0, len(c.Actions))
	for _, a := range c.Actions {
		actions = append(actions, model.Action(a))
	}
	if len(actions) == 2 { // ["delete","create"] or ["create","delete"]
		actions = []model.Action{model.ActionDelete, model.ActionCreate}
	}
	mode := model.ModeManaged
	if rc.Mode == tfjson.DataResourceMode {
		mode = model.ModeData
	}
	cfg := p.configByAddr[configAddress(rc.Address)]
	r := &model.Resource{
		Address:    rc.Address,
		Type:       rc.Type,
		NativeType: rc.Type,
		Name:       rc.Name,
		Mode:       mode,
		Provider:   providerKey(rc, cfg),
		Source: model.Source{
			Format: model.FormatTerraformPlan,
			Module: rc.ModuleAddress,
		},
		Change: &model.Change{Actions: actions},
	}
	r.Region = p.region(rc, cfg)
	var exprs map[string]*tfjson.Expression
	if cfg != nil {
		exprs = cfg.res.Expressions
	}
	refPrefix := rc.ModuleAddress
	if after, ok := c.After.(map[string]any); ok {
		r.Properties, _ = merge(after, c.AfterUnknown, c.AfterSensitive, exprs, refPrefix).(map[string]any)
	} else if c.After != nil {
		return nil, fmt.Errorf("after is %T, want an object", c.After)
	}
	unhash(rc.Type, r.Properties, exprs)
	if r.Properties == nil {
		if au, ok := c.AfterUnknown.(map[string]any); ok && len(au) > 0 {
			r.Properties, _ = merge(map[string]any{}, c.AfterUnknown, c.AfterSensitive, exprs, refPrefix).(map[string]any)
		}
	}
	if before, ok := c.Before.(map[string]any); ok {
		r.Change.Before, _ = merge(before, nil, c.BeforeSensitive, nil, "").(map[string]any)
	}
	if r.Properties == nil && r.Change.Primary() != model.ActionDelete {
		r.Properties = map[string]any{}
	}
	return r, nil
}

// merge overlays the unknown and sensitive markers on value.
func merge(value, unknown, sensitive any, exprs map[string]*tfjson.Expression, refPrefix string) any {
	return mergeAt(value, unknown, sensitive, exprs, refPrefix, nil)
}

func mergeAt(value, unknown, sensitive any, exprs map[string]*tfjson.Expression, refPrefix string, path []string) any {
	if b, _ := sensitive.(bool); b {
		return model.Sensitive{Literal: constant(exprs, path)}
	}
	if b, _ := unknown.(bool); b {
		return unknownFor(exprs, path, refPrefix, sensitive)
	}
	switch v := value.(type) {
	case map[string]any:
		us, _ := unknown.(map[string]any)
		ss, _ := sensitive.(map[string]any)
		out := make(map[string]any, len(v)+len(us))
		for k, item := range v {
			out[k] = mergeAt(item, us[k], ss[k], exprs, refPrefix, append(path, k))
		}
		for k, u := range us {
			if _, ok := v[k]; !ok {
				if b, _ := u.(bool); b && !providerComputed(exprs, append(path, k)) {
					out[k] = unknownFor(exprs, append(path, k), refPrefix, ss[k])
				}
			}
		}
		return out
	case []any:
		ul, _ := unknown.([]any)
		sl, _ := sensitive.([]any)
		out := make([]any, len(v), max(len(v), len(ul)))
		var unknowns []int // elements that are unknown as a whole
		for i, item := range v {
			out[i] = mergeAt(item, at(ul, i), at(sl, i), exprs, refPrefix, append(path, strconv.Itoa(i)))
			if _, ok := out[i].(model.Unknown); ok {
				unknowns = append(unknowns, i)
			}
		}
		for i := len(v); i < len(ul); i++ {
			if b, _ := ul[i].(bool); b {
				out = append(out, unknownFor(exprs, append(path, strconv.Itoa(i)), refPrefix, at(sl, i)))
				if _, ok := out[len(out)-1].(model.Unknown); ok {
					unknowns = append(unknowns, len(out)-1)
				}
			}
		}
		spreadRefs(out, unknowns, exprs, path, refPrefix)
		return out
	default:
		return value
	}
}

func at(l []any, i int) any {
	if i < len(l) {
		return l[i]
	}
	return nil
}

// unknownFor builds the Unknown marker for an attribute path, with a
// reference to the resource its configuration expression refers to. A
// collection unknown as a whole (Terraform's after_sensitive marks every
// list and set attribute with [], sensitive or not) whose expression lists
// several resources' attributes, such as vpc_security_group_ids =
// [aws_security_group.a.id, aws_security_group.b.id], becomes a list of
// unknowns, one per resource, as sources read it; when that cannot be
// decided (other references, splats, scalars) it stays a single unknown.
func unknownFor(exprs map[string]*tfjson.Expression, path []string, refPrefix string, sensitive any) any {
	e := exprAt(exprs, path)
	if e == nil || e.ExpressionData == nil {
		return model.Unknown{}
	}
	if _, collection := sensitive.([]any); collection {
		if addrs := resourceRefs(e.References); len(addrs) > 1 {
			out := make([]any, len(addrs))
			for i, a := range addrs {
				out[i] = model.Unknown{Ref: prefixed(refPrefix, a)}
			}
			return out
		}
	}
	if ref := resourceRef(e.References); ref != "" {
		return model.Unknown{Ref: prefixed(refPrefix, ref)}
	}
	return model.Unknown{}
}

// spreadRefs gives the unknown elements of a list (at the indexes unknowns)
// one resource each, in order, when the list's expression names as many
// resources as there are unknown elements ([aws_subnet.a.id,
// aws_subnet.b.id] planned as two unknowns); otherwise they keep the one
// reference unknownFor picks.
func spreadRefs(out []any, unknowns []int, exprs map[string]*tfjson.Expression, path []string, refPrefix string) {
	if len(unknowns) < 2 {
		return
	}
	e := exprAt(exprs, path)
	if e == nil || e.ExpressionData == nil {
		return
	}
	addrs := resourceRefs(e.References)
	if len(addrs) != len(unknowns) {
		return
	}
	for j, i := range unknowns {
		out[i] = model.Unknown{Ref: prefixed(refPrefix, addrs[j])}
	}
}

// prefixed puts a module's address before a reference made inside it.
func prefixed(refPrefix, ref string) string {
	if refPrefix == "" {
		return ref
	}
	return refPrefix + "." + ref
}

// providerComputed reports whether an unknown attribute is one the
// configuration does not set, so the provider computes it (an id, an ARN, a
// default). Such values are left out, as they are absent from sources and
// templates; an attribute the configuration sets to something unknown stays
// Unknown. Without a configuration section nothing is left out.
func providerComputed(exprs map[string]*tfjson.Expression, path []string) bool {
	if exprs == nil {
		return false
	}
	for i := 0; i < len(path); i++ {
		e, ok := exprs[path[i]]
		if !ok || e == nil || e.ExpressionData == nil {
			return true
		}
		if len(e.NestedBlocks) == 0 {
			return false
		}
		if i+1 >= len(path) {
			return false
		}
		idx, err := strconv.Atoi(path[i+1])
		if err != nil || idx < 0 || idx >= len(e.NestedBlocks) {
			return false
		}
		exprs = e.NestedBlocks[idx]
		i++
	}
	return false
}

// exprAt finds the configuration expression for an attribute path, walking
// nested blocks.
func exprAt(exprs map[string]*tfjson.Expression, path []string) *tfjson.Expression {
	for i := 0; i < len(path) && exprs != nil; i++ {
		e := exprs[path[i]]
		if e == nil || e.ExpressionData == nil {
			return nil
		}
		if len(e.NestedBlocks) == 0 {
			return e
		}
		// A nested block: the next element is the block index.
		if i+1 >= len(path) {
			return nil
		}
		idx, err := strconv.Atoi(path[i+1])
		if err != nil || idx < 0 || idx >= len(e.NestedBlocks) {
			return nil
		}
		exprs = e.NestedBlocks[idx]
		i++
	}
	return nil
}

// hashedAttrs are attributes the AWS provider plans as a SHA-1 hash of the
// configured text (a StateFunc), by Terraform type.
var hashedAttrs = map[string][]string{
	"aws_instance":             {"user_data"},
	"aws_launch_configuration": {"user_data"},
}

// unhash puts back the configured text of attributes planned as a hash, when
// the configuration wrote it as a constant, so rules read what the user
// wrote; a hash of text from an expression (file(), templatefile()) stays.
func unhash(typ string, props map[string]any, exprs map[string]*tfjson.Expression) {
	for _, attr := range hashedAttrs[typ] {
		h, ok := props[attr].(string)
		if !ok || !sha1Hex(h) {
			continue
		}
		if e := exprs[attr]; e != nil && e.ExpressionData != nil {
			if text, ok := e.ConstantValue.(string); ok {
				props[attr] = text
			}
		}
	}
}

func sha1Hex(s string) bool {
	if len(s) != 40 {
		return false
	}
	for _, c := range s {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// constant reports whether the configuration wrote the attribute at path as
// a constant (a literal in the code) rather than an expression with
// references or function calls.
func constant(exprs map[string]*tfjson.Expression, path []string) bool {
	e := exprAt(exprs, path)
	return e != nil && e.ConstantValue != nil && e.ConstantValue != tfjson.UnknownConstantValue
}

// resourceRef picks the resource address among an expression's references:
// Terraform lists both "aws_s3_bucket.b.id" and "aws_s3_bucket.b", which cut
// to the same address; among different resources the longest address wins.
func resourceRef(refs []string) string {
	best := ""
	for _, ref := range refs {
		addr := resourceAddress(ref)
		if len(addr) > len(best) {
			best = addr
		}
	}
	return best
}

// resourceRefs lists, in order and once each, the resources an expression
// reads attributes of, when that is all it refers to: each reference names
// a resource reached through an attribute ("aws_security_group.a.id"; a
// keyed instance brings the bare resource along, which is skipped). It
// returns nil when the expression refers to anything else (var., local.,
// module., each. ...) or to a whole resource, as splats and for expressions
// do (aws_security_group.web[*].id lists only "aws_security_group.web"):
// how many values those yield is not known from the plan.
func resourceRefs(refs []string) []string {
	var addrs []string
	attr := map[string]bool{} // address -> read through an attribute
	for _, ref := range refs {
		addr := resourceAddress(ref)
		if addr == "" {
			return nil
		}
		if _, seen := attr[addr]; !seen {
			addrs = append(addrs, addr)
			attr[addr] = false
		}
		if ref != addr {
			attr[addr] = true
		}
	}
	out := addrs[:0:0]
	for _, a := range addrs {
		if attr[a] {
			out = append(out, a)
			continue
		}
		if !containsInstance(addrs, a) {
			return nil
		}
	}
	return out
}

// containsInstance reports whether addrs holds a keyed instance of resource
// a (a + "[...]").
func containsInstance(addrs []string, a string) bool {
	for _, b := range addrs {
		if len(b) > len(a) && strings.HasPrefix(b, a) && b[len(a)] == '[' {
			return true
		}
	}
	return false
}

// resourceAddress cuts a reference down to the resource instance it names:
// aws_s3_bucket.this["a.b"].id -> aws_s3_bucket.this["a.b"]; "" for
// references that do not name a resource (var., local., module. ...).
func resourceAddress(ref string) string {
	parts := splitTraversal(ref)
	if len(parts) == 0 {
		return ""
	}
	switch parts[0] {
	case "var", "local", "each", "count", "path", "terraform", "self", "module":
		return ""
	}
	n := 2
	if parts[0] == "data" {
		n = 3
	}
	if len(parts) < n {
		return ""
	}
	addr := strings.Join(parts[:n], ".")
	if len(parts) > n && strings.HasPrefix(parts[n], "[") {
		addr += parts[n]
	}
	return addr
}

// splitTraversal splits a.b["x.y"][0].c into [a b ["x.y"] [0] c].
func splitTraversal(s string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.':
			if i > start {
				parts = append(parts, s[start:i])
			}
			start = i + 1
		case '[':
			if i > start {
				parts = append(parts, s[start:i])
			}
			j := i + 1
			inString := false
			for ; j < len(s); j++ {
				if inString {
					if s[j] == '\\' {
						j++
					} else if s[j] == '"' {
						inString = false
					}
					continue
				}
				if s[j] == '"' {
					inString = true
				} else if s[j] == ']' {
					break
				}
			}
			if j >= len(s) {
				return append(parts, s[i:])
			}
			parts = append(parts, s[i:j+1])
			i = j
			start = j + 1
		}
	}
	if start < len(s) {
		parts = append(parts, s[start:])
	}
	return parts
}

// configAddress strips instance keys: module.a["x"].aws_instance.b[0] ->
// module.a.aws_instance.b.
func configAddress(addr string) string {
	if !strings.Contains(addr, "[") {
		return addr
	}
	var b strings.Builder
	depth := 0
	inString := false
	for i := 0; i < len(addr); i++ {
		ch := addr[i]
		switch {
		case inString:
			if ch == '\\' {
				i++
			} else if ch == '"' {
				inString = false
			}
		case ch == '"' && depth > 0:
			inString = true
		case ch == '[':
			depth++
		case ch == ']':
			depth--
		case depth == 0:
			b.WriteByte(ch)
		}
	}
	return b.String()
}

func providerKey(rc *tfjson.ResourceChange, cfg *configResource) string {
	if cfg != nil && cfg.res.ProviderConfigKey != "" {
		key := cfg.res.ProviderConfigKey
		if i := strings.LastIndexByte(key, ':'); i >= 0 {
			key = key[i+1:]
		}
		return key
	}
	name := rc.ProviderName
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	return name
}

// region resolves the region of the provider configuration a resource uses.
func (p *parser) region(rc *tfjson.ResourceChange, cfg *configResource) string {
	if p.plan.Config != nil && cfg != nil {
		keys := []string{cfg.res.ProviderConfigKey}
		if k := cfg.res.ProviderConfigKey; strings.Contains(k, ":") {
			keys = append(keys, k[strings.LastIndexByte(k, ':')+1:])
		}
		for _, key := range keys {
			if pc := p.plan.Config.ProviderConfigs[key]; pc != nil {
				if region := p.exprString(pc.Expressions["region"]); region != "" {
					return region
				}
			}
		}
	}
	// Some resources state their region (provider >= 6 adds "region").
	if after, ok := rc.Change.After.(map[string]any); ok {
		if s, ok := after["region"].(string); ok && s != "" {
			return s
		}
	}
	if p.plan.Config != nil {
		if pc := p.plan.Config.ProviderConfigs["aws"]; pc != nil {
			if region := p.exprString(pc.Expressions["region"]); region != "" {
				return region
			}
		}
	}
	return p.opts.Region
}

// exprString evaluates a provider argument: a constant, or a single
// root-module variable with a value in the plan.
func (p *parser) exprString(e *tfjson.Expression) string {
	if e == nil || e.ExpressionData == nil {
		return ""
	}
	if s, ok := e.ConstantValue.(string); ok {
		return s
	}
	for _, ref := range e.References {
		name, ok := strings.CutPrefix(ref, "var.")
		if !ok || strings.Contains(name, ".") {
			continue
		}
		if v := p.plan.Variables[name]; v != nil {
			if s, ok := v.Value.(string); ok {
				return s
			}
		}
	}
	return ""
}

// lineFinder finds the line of each resource change's address in the raw
// plan, scanning forward once (resource_changes are in file order).
type lineFinder struct {
	data      []byte
	offset    int // search position
	line      int // line number at offset
	lineStart int // offset of the first byte of that line
}

func newLineFinder(data []byte, key string) *lineFinder {
	i := bytes.Index(data, []byte(`"`+key+`"`))
	if i < 0 {
		return &lineFinder{data: nil}
	}
	f := &lineFinder{data: data, line: 1}
	f.advance(i)
	return f
}

// advance moves the search position to to, counting lines on the way.
func (f *lineFinder) advance(to int) {
	chunk := f.data[f.offset:to]
	if n := bytes.Count(chunk, []byte{'\n'}); n > 0 {
		f.line += n
		f.lineStart = f.offset + bytes.LastIndexByte(chunk, '\n') + 1
	}
	f.offset = to
}

func (f *lineFinder) find(addr string) (line, column int) {
	if f.data == nil {
		return 0, 0
	}
	needle, _ := json.Marshal(addr)
	for {
		i := bytes.Index(f.data[f.offset:], needle)
		if i < 0 {
			return 0, 0
		}
		start := f.offset + i
		// The match must be the value of an "address" key.
		prefix := bytes.TrimRight(f.data[max(0, start-32):start], " \t\r\n")
		f.advance(start)
		f.offset = start + len(needle)
		if bytes.HasSuffix(prefix, []byte(`"address":`)) {
			keyStart := start - 32 + bytes.LastIndex(f.data[max(0, start-32):start], []byte(`"address"`))
			if start < 32 {
				keyStart = bytes.LastIndex(f.data[:start], []byte(`"address"`))
			}
			if keyStart < f.lineStart {
				return f.line, 1
			}
			return f.line, keyStart - f.lineStart + 1
		}
	}
}

// jsonError turns a decoding error into a diagnostic with the line when the
// error carries an offset.
func jsonError(path string, data []byte, err error) model.Diagnostic {
	pos := model.Position{File: path}
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	offset := int64(-1)
	switch {
	case errors.As(err, &syn):
		offset = syn.Offset
	case errors.As(err, &typ):
		offset = typ.Offset
	}
	if offset >= 0 && offset <= int64(len(data)) {
		pos.Line = 1 + bytes.Count(data[:offset], []byte{'\n'})
		pos.Column = int(offset) - bytes.LastIndexByte(data[:offset], '\n')
	}
	msg := err.Error()
	if errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(msg, "unexpected end of JSON input") || strings.Contains(msg, "unexpected EOF") {
		pos.Line = 1 + bytes.Count(data, []byte{'\n'})
		if bytes.HasSuffix(data, []byte{'\n'}) {
			pos.Line--
		}
		pos.Column = len(data) - bytes.LastIndexByte(bytes.TrimSuffix(data, []byte{'\n'}), '\n')
		msg = "truncated JSON: unexpected end of input"
	}
	return model.Diagnostic{Severity: model.DiagError, Position: pos, Summary: "invalid Terraform plan JSON", Detail: msg}
}
