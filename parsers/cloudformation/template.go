package cloudformation

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/iacvet/iacvet/model"
)

// Options configures parsing.
type Options struct {
	// Region is AWS::Region (default us-east-1).
	Region string
	// AccountID is AWS::AccountId; unknown when empty.
	AccountID string
	// Params override parameter defaults (--cfn-param Key=Value).
	Params map[string]string
	// ParamFiles are CloudFormation parameter files:
	// [{"ParameterKey": k, "ParameterValue": v}] or {"Parameters": {k: v}}.
	ParamFiles []string
	// MaxBytes bounds a template's size (default 20 MiB).
	MaxBytes int64
}

// DefaultMaxBytes is the default size bound of one template.
const DefaultMaxBytes = 20 << 20

// maxNesting bounds nested stacks.
const maxNesting = 8

var typedResource = regexp.MustCompile(`(?m)["']?Type["']?\s*:\s*["']?(AWS|Alexa|Custom)::[A-Za-z0-9]+`)

// IsTemplate reports by content whether data is a CloudFormation template:
// it names AWSTemplateFormatVersion, or has Resources with typed entries.
func IsTemplate(data []byte) bool {
	if bytes.Contains(data, []byte("AWSTemplateFormatVersion")) {
		return true
	}
	return bytes.Contains(data, []byte("Resources")) && typedResource.Match(data)
}

// Parse parses one template file; path names it in positions.
func Parse(path string, data []byte, opts Options) ([]*model.Resource, model.Diagnostics) {
	p := &parser{opts: opts, params: loadParams(opts)}
	p.template(path, data, "", "", nil, map[string]bool{}, 0)
	return p.out, p.diags
}

type parser struct {
	opts   Options
	params map[string]string
	out    []*model.Resource
	diags  model.Diagnostics
	cdkDir string // set for cdk.out: nested stack assets live here
}

// loadParams merges parameter files and --cfn-param values (the latter win).
func loadParams(opts Options) map[string]string {
	out := map[string]string{}
	for _, f := range opts.ParamFiles {
		data, err := os.ReadFile(f)
		if err != nil {
			continue // reported by the CLI when it validates the flag
		}
		var list []struct {
			ParameterKey   string `json:"ParameterKey"`
			ParameterValue string `json:"ParameterValue"`
		}
		if json.Unmarshal(data, &list) == nil {
			for _, p := range list {
				out[p.ParameterKey] = p.ParameterValue
			}
			continue
		}
		var obj struct {
			Parameters map[string]any `json:"Parameters"`
		}
		if json.Unmarshal(data, &obj) == nil {
			for k, v := range obj.Parameters {
				out[k] = fmt.Sprint(v)
			}
		}
	}
	for k, v := range opts.Params {
		out[k] = v
	}
	return out
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// template parses one template. prefix is prepended to addresses; params
// override parameters (nested stacks); visiting guards against cycles.
func (p *parser) template(path string, data []byte, prefix, stack string, params map[string]any, visiting map[string]bool, depth int) {
	max := p.opts.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	if int64(len(data)) > max {
		p.diags.Errorf(model.Position{File: path}, "template larger than %d MiB, skipped", max>>20)
		return
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		pos := model.Position{File: path}
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			pos.Line, _ = strconv.Atoi(m[1])
		}
		p.diags = append(p.diags, model.Diagnostic{Severity: model.DiagError, Position: pos, Summary: "invalid template YAML/JSON", Detail: strings.TrimPrefix(err.Error(), "yaml: ")})
		return
	}
	c := &converter{file: path}
	root := c.convert(&doc, 0)
	if c.err != nil {
		p.diags.Errorf(model.Position{File: path}, "template not scanned: %v", c.err)
		return
	}
	if root.kind != mapNode {
		p.diags.Errorf(root.pos, "a template must be a mapping")
		return
	}
	resources := root.get("Resources")
	if resources == nil {
		p.diags.Errorf(root.pos, "template has no Resources section")
		return
	}
	if resources.kind != mapNode {
		p.diags.Errorf(resources.pos, "Resources must be a mapping of logical ids to resources, not a %s", kindName(resources))
		return
	}
	e := &evaluator{
		file: path, prefix: prefix, mappings: root.get("Mappings"), conditions: root.get("Conditions"),
		condCache: map[string]tri{}, condBusy: map[string]bool{}, resources: map[string]bool{},
		diags: &p.diags, warned: map[string]bool{},
	}
	for _, id := range resources.keys {
		e.resources[id] = true
	}
	e.pseudo = p.pseudo(stack)
	e.params = p.parameters(root.get("Parameters"), params, e)
	globals := root.get("Globals")
	for _, id := range resources.keys {
		rn := resources.vals[id]
		keyPos := resources.kpos[id]
		if rn.kind != mapNode {
			p.diags.Errorf(rn.pos, "resource %s must be a mapping", id)
			continue
		}
		typ, ok := rn.get("Type").text()
		if !ok || typ == "" {
			p.diags.Errorf(keyPos, "resource %s has no Type", id)
			continue
		}
		if cond, ok := rn.get("Condition").text(); ok && e.condition(cond, rn.get("Condition").pos) == triFalse {
			continue
		}
		props := rn.get("Properties")
		if props != nil && props.kind != mapNode {
			if _, _, isFn := intrinsic(props); !isFn {
				p.diags.Errorf(props.pos, "Properties of %s must be a mapping", id)
				continue
			}
		}
		props = applyGlobals(typ, props, globals)
		e.positions = map[string]model.Position{}
		var properties map[string]any
		if props != nil {
			v := e.resolve(props, "")
			properties, _ = v.(map[string]any)
		}
		if properties == nil {
			properties = map[string]any{}
		}
		r := &model.Resource{
			Address:    prefix + id,
			Type:       typ,
			NativeType: typ,
			Name:       id,
			Mode:       model.ModeManaged,
			Region:     p.region(),
			Properties: properties,
			Source: model.Source{
				Format:   model.FormatCloudFormation,
				Position: keyPos,
				EndLine:  endLine(rn),
				Stack:    stack,
			},
			Positions: e.positions,
		}
		p.metadata(r, rn.get("Metadata"))
		p.out = append(p.out, r)
		if typ == "AWS::CloudFormation::Stack" && depth < maxNesting {
			p.nested(path, r, rn, properties, visiting, depth)
		} else if typ == "AWS::CloudFormation::Stack" {
			p.diags.Warnf(keyPos, "nested stack %s not followed: more than %d levels", id, maxNesting)
		}
	}
}

func kindName(n *node) string {
	switch n.kind {
	case listNode:
		return "list"
	case mapNode:
		return "mapping"
	}
	return "scalar"
}

func endLine(n *node) int {
	last := n.pos.Line
	var walk func(*node)
	walk = func(n *node) {
		if n == nil {
			return
		}
		if n.pos.Line > last {
			last = n.pos.Line
		}
		for _, v := range n.vals {
			walk(v)
		}
		for _, v := range n.items {
			walk(v)
		}
	}
	walk(n)
	return last
}

func (p *parser) region() string {
	if p.opts.Region != "" {
		return p.opts.Region
	}
	return "us-east-1"
}

// pseudo returns the pseudo parameters.
func (p *parser) pseudo(stack string) map[string]any {
	region := p.region()
	partition, suffix := "aws", "amazonaws.com"
	switch {
	case strings.HasPrefix(region, "cn-"):
		partition, suffix = "aws-cn", "amazonaws.com.cn"
	case strings.HasPrefix(region, "us-gov-"):
		partition = "aws-us-gov"
	}
	out := map[string]any{
		"AWS::Region":           region,
		"AWS::Partition":        partition,
		"AWS::URLSuffix":        suffix,
		"AWS::AccountId":        model.Unknown{},
		"AWS::StackName":        model.Unknown{},
		"AWS::StackId":          model.Unknown{},
		"AWS::NotificationARNs": model.Unknown{},
	}
	if p.opts.AccountID != "" {
		out["AWS::AccountId"] = p.opts.AccountID
	}
	if stack != "" {
		out["AWS::StackName"] = stack
	}
	return out
}

// parameters resolves parameter values: overrides, then defaults.
func (p *parser) parameters(decl *node, nestedValues map[string]any, e *evaluator) map[string]any {
	out := map[string]any{}
	if decl == nil || decl.kind != mapNode {
		return out
	}
	for _, name := range decl.keys {
		d := decl.vals[name]
		typ, _ := d.get("Type").text()
		noEcho := false
		if s, ok := d.get("NoEcho").text(); ok {
			noEcho = strings.EqualFold(s, "true")
		}
		var v any
		if nv, ok := nestedValues[name]; ok {
			v = nv
		} else if s, ok := p.params[name]; ok {
			v = s
		} else if def := d.get("Default"); def != nil {
			v = e.resolve(def, "")
		} else {
			v = model.Unknown{}
		}
		if s, ok := v.(string); ok && (strings.HasPrefix(typ, "List<") || typ == "CommaDelimitedList") {
			var items []any
			for _, part := range strings.Split(s, ",") {
				items = append(items, strings.TrimSpace(part))
			}
			v = items
		} else if js, ok := v.(json.Number); ok && typ == "String" {
			v = js.String()
		}
		if noEcho {
			v = model.Sensitive{}
		}
		out[name] = v
	}
	return out
}

// samGlobals maps SAM resource types to their Globals section.
var samGlobals = map[string]string{
	"AWS::Serverless::Function":     "Function",
	"AWS::Serverless::Api":          "Api",
	"AWS::Serverless::HttpApi":      "HttpApi",
	"AWS::Serverless::SimpleTable":  "SimpleTable",
	"AWS::Serverless::LayerVersion": "LayerVersion",
	"AWS::Serverless::StateMachine": "StateMachine",
}

// applyGlobals merges a SAM template's Globals into a resource's
// Properties: the resource's own values win, mappings merge.
func applyGlobals(typ string, props, globals *node) *node {
	section := globals.get(samGlobals[typ])
	if section == nil || section.kind != mapNode {
		return props
	}
	if props == nil {
		return section
	}
	return mergeNodes(section, props)
}

func mergeNodes(base, over *node) *node {
	if base.kind != mapNode || over.kind != mapNode {
		return over
	}
	if _, _, isFn := intrinsic(over); isFn {
		return over
	}
	out := &node{kind: mapNode, vals: map[string]*node{}, kpos: map[string]model.Position{}, pos: over.pos}
	for _, k := range base.keys {
		out.keys = append(out.keys, k)
		out.vals[k] = base.vals[k]
		out.kpos[k] = base.kpos[k]
	}
	for _, k := range over.keys {
		if b, ok := out.vals[k]; ok {
			out.vals[k] = mergeNodes(b, over.vals[k])
		} else {
			out.keys = append(out.keys, k)
			out.vals[k] = over.vals[k]
		}
		out.kpos[k] = over.kpos[k]
	}
	return out
}

// metadata reads CDK paths and iacvet suppressions from a resource's
// Metadata.
func (p *parser) metadata(r *model.Resource, md *node) {
	if md == nil || md.kind != mapNode {
		return
	}
	if cdk, ok := md.get("aws:cdk:path").text(); ok {
		if r.Meta == nil {
			r.Meta = map[string]string{}
		}
		r.Meta["cdk:path"] = cdk
	}
	ignore := md.get("iacvet").get("ignore")
	if ignore == nil {
		return
	}
	if ignore.kind != listNode {
		p.diags.Warnf(ignore.pos, "Metadata.iacvet.ignore must be a list of {id, reason}")
		return
	}
	for _, item := range ignore.items {
		id, _ := item.get("id").text()
		if id == "" {
			id, _ = item.text() // a bare rule id
		}
		if id == "" {
			p.diags.Warnf(item.pos, "Metadata.iacvet.ignore entry without an id")
			continue
		}
		reason, _ := item.get("reason").text()
		if reason == "" {
			p.diags.Warnf(item.pos, "suppression of %s on %s has no reason", id, r.Address)
		}
		pos := item.pos
		r.Suppressions = append(r.Suppressions, model.Suppression{RuleID: id, Kind: model.SuppressionInSource, Justification: reason, Position: &pos})
	}
}

// nested follows a nested stack whose template is a local file.
func (p *parser) nested(path string, r *model.Resource, rn *node, props map[string]any, visiting map[string]bool, depth int) {
	var file string
	if p.cdkDir != "" {
		if asset, ok := rn.get("Metadata").get("aws:asset:path").text(); ok {
			file = filepath.Join(p.cdkDir, asset)
		}
	}
	if file == "" {
		url, ok := props["TemplateURL"].(string)
		if !ok || strings.Contains(url, "://") || strings.HasPrefix(url, "s3:") {
			return // remote templates are not fetched
		}
		file = filepath.Join(filepath.Dir(path), url)
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return
	}
	if visiting[abs] {
		p.diags.Warnf(r.Source.Position, "nested stack %s includes itself; not followed again", r.Name)
		return
	}
	data, err := os.ReadFile(file)
	if err != nil {
		p.diags.Warnf(r.Source.Position, "nested stack %s: cannot read %s: %v", r.Name, filepath.ToSlash(file), unwrap(err))
		return
	}
	params := map[string]any{}
	if pm, ok := props["Parameters"].(map[string]any); ok {
		for k, v := range pm {
			params[k] = v
		}
	}
	visiting[abs] = true
	p.template(filepath.ToSlash(file), data, r.Address+"/", r.Address, params, visiting, depth+1)
	delete(visiting, abs)
}

func unwrap(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// IsCDKOut reports whether dir is a cdk.out directory: a manifest.json
// naming CloudFormation stack artifacts.
func IsCDKOut(dir string) bool {
	m, err := readManifest(dir)
	return err == nil && len(m) > 0
}

type artifact struct {
	id, template, name string
}

func readManifest(dir string) ([]artifact, error) {
	data, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return nil, err
	}
	var m struct {
		Artifacts map[string]struct {
			Type        string `json:"type"`
			DisplayName string `json:"displayName"`
			Properties  struct {
				TemplateFile string `json:"templateFile"`
				StackName    string `json:"stackName"`
			} `json:"properties"`
		} `json:"artifacts"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	var out []artifact
	for _, id := range sortedKeys(m.Artifacts) {
		a := m.Artifacts[id]
		if a.Type != "aws:cloudformation:stack" || a.Properties.TemplateFile == "" {
			continue
		}
		name := a.Properties.StackName
		if name == "" {
			name = id
		}
		out = append(out, artifact{id: id, template: a.Properties.TemplateFile, name: name})
	}
	return out, nil
}

// ParseCDKOut scans every stack of a cdk.out directory.
func ParseCDKOut(dir string, opts Options) ([]*model.Resource, model.Diagnostics) {
	p := &parser{opts: opts, params: loadParams(opts), cdkDir: dir}
	arts, err := readManifest(dir)
	if err != nil {
		p.diags.Errorf(model.Position{File: filepath.ToSlash(filepath.Join(dir, "manifest.json"))}, "cannot read CDK manifest: %v", err)
		return nil, p.diags
	}
	for _, a := range arts {
		file := filepath.Join(dir, a.template)
		data, err := os.ReadFile(file)
		if err != nil {
			p.diags.Errorf(model.Position{File: filepath.ToSlash(file)}, "cannot read stack %s template: %v", a.id, unwrap(err))
			continue
		}
		abs, _ := filepath.Abs(file)
		p.template(filepath.ToSlash(file), data, a.id+"/", a.name, nil, map[string]bool{abs: true}, 0)
	}
	return p.out, p.diags
}
