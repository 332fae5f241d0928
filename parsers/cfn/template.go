package cfn

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/iacvet/iacvet/internal/safefs"
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
	// Root is the absolute scanned root: every file a template steers
	// (nested stack TemplateURLs, CDK assets and stack templates) must lie
	// inside it. Empty: the directory of the input (the template's, or
	// the cdk.out directory).
	Root string
}

// DefaultMaxBytes is the default size bound of one template.
const DefaultMaxBytes = 20 << 20

// maxNesting bounds nested stacks.
const maxNesting = 8

// IsTemplate reports by content whether data is a CloudFormation template:
// a mapping with AWSTemplateFormatVersion, or with a Resources mapping whose
// entries all have a string Type. Data larger than 1 MiB is judged by its
// text alone (the key AWSTemplateFormatVersion, or Resources and a
// "Type: AWS::…" entry), so detection never costs a full decode of a big
// file, and a file over the size bound still reaches Parse, which reports it.
//
// Data the text screen takes for a template (AWSTemplateFormatVersion, or
// a "Type: AWS::…" entry) that cannot be decoded (not UTF-8 or UTF-16,
// nested too deep, broken YAML) is a template: Parse reports why it cannot
// be read, so it fails closed instead of being skipped.
func IsTemplate(data []byte) bool {
	text, encErr := toUTF8(data)
	maybe, decodeIt := screen(text)
	if !maybe {
		return false
	}
	if encErr != nil {
		return looksTemplate(text)
	}
	if !decodeIt {
		return true
	}
	doc, err := decode(text)
	if err != nil {
		return looksTemplate(text)
	}
	return templateShape(doc)
}

// looksTemplate is the stricter text screen: the data names
// AWSTemplateFormatVersion or has a typed AWS/Alexa/Custom resource.
func looksTemplate(text []byte) bool {
	return bytes.Contains(text, []byte("AWSTemplateFormatVersion")) || typedResource.Match(text)
}

// screen is the part of IsTemplate that reads text only: maybe is false
// when data cannot be a template; decodeIt is true when deciding needs the
// decoded document (data of 1 MiB or less).
func screen(data []byte) (maybe, decodeIt bool) {
	hasVersion := bytes.Contains(data, []byte("AWSTemplateFormatVersion"))
	if !hasVersion && !bytes.Contains(data, []byte("Resources")) {
		return false, false
	}
	if len(data) > detectDecodeBytes {
		return hasVersion || typedResource.Match(data), false
	}
	return true, true
}

// templateShape is IsTemplate's verdict on a decoded document.
func templateShape(doc *yaml.Node) bool {
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return false
	}
	top := doc.Content[0]
	for i := 0; i+1 < len(top.Content); i += 2 {
		switch top.Content[i].Value {
		case "AWSTemplateFormatVersion":
			return true
		case "Resources":
			res := top.Content[i+1]
			if res.Kind != yaml.MappingNode || len(res.Content) == 0 {
				return false
			}
			for j := 1; j < len(res.Content); j += 2 {
				if !hasStringType(res.Content[j]) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// MaybeTemplate is IsTemplate's text-only screen: false for data that
// cannot be a template, true for data ParseIfTemplate must decode to tell.
func MaybeTemplate(data []byte) bool {
	text, _ := toUTF8(data)
	maybe, _ := screen(text)
	return maybe
}

// ParseIfTemplate is IsTemplate and Parse in one: it decodes data once,
// for both the verdict and the parse. ok is false, with nothing reported,
// when data is not a template.
func ParseIfTemplate(path string, data []byte, opts Options) (rs []*model.Resource, diags model.Diagnostics, ok bool) {
	text, encErr := toUTF8(data)
	maybe, decodeIt := screen(text)
	if !maybe {
		return nil, nil, false
	}
	if encErr != nil {
		if !looksTemplate(text) {
			return nil, nil, false
		}
		decodeIt = false // Parse reports the encoding
	}
	if p := (&parser{opts: opts}); int64(len(data)) > p.maxBytes() {
		if decodeIt && !IsTemplate(data) {
			return nil, nil, false
		}
		decodeIt = false // Parse reports the size
	}
	if !decodeIt {
		rs, diags = Parse(path, data, opts)
		return rs, diags, true
	}
	doc, err := decode(text)
	if err != nil {
		if !looksTemplate(text) {
			return nil, nil, false
		}
		rs, diags = Parse(path, data, opts)
		return rs, diags, true
	}
	if !templateShape(doc) {
		return nil, nil, false
	}
	p := &parser{opts: opts, root: rootOf(opts, filepath.Dir(path))}
	p.params = p.loadParams()
	p.templateDoc(path, doc, "", path, "", nil, rootVisiting(path), 0)
	return p.out, p.diags, true
}

// detectDecodeBytes bounds the data IsTemplate decodes.
const detectDecodeBytes = 1 << 20

var typedResource = regexp.MustCompile(`["']?Type["']?\s*:\s*["']?(AWS|Alexa|Custom)::[A-Za-z0-9]+`)

func hasStringType(n *yaml.Node) bool {
	if n.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "Type" {
			v := n.Content[i+1]
			return v.Kind == yaml.ScalarNode && v.ShortTag() == "!!str" && v.Value != ""
		}
	}
	return false
}

// decode parses YAML (or JSON) into a node tree; a panic inside the YAML
// library becomes an error.
func decode(data []byte) (doc *yaml.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("yaml: internal error: %v", r)
		}
	}()
	doc = &yaml.Node{}
	if err := yaml.Unmarshal(data, doc); err != nil {
		return nil, err
	}
	return doc, nil
}

// Parse parses one template file; path names it in positions.
func Parse(path string, data []byte, opts Options) ([]*model.Resource, model.Diagnostics) {
	p := &parser{opts: opts, root: rootOf(opts, filepath.Dir(path))}
	p.params = p.loadParams()
	p.template(path, data, "", path, "", nil, rootVisiting(path), 0)
	return p.out, p.diags
}

// rootVisiting starts the set of templates on the nested-stack path.
func rootVisiting(path string) map[string]bool {
	visiting := map[string]bool{}
	if abs, err := filepath.Abs(path); err == nil {
		visiting[abs] = true
	}
	return visiting
}

type parser struct {
	opts   Options
	params map[string]string
	out    []*model.Resource
	diags  model.Diagnostics
	cdkDir string // set for cdk.out: nested stack assets live here
	root   string // files templates name must lie inside it
}

// rootOf is the scanned root: Options.Root, else dir.
func rootOf(opts Options, dir string) string {
	if opts.Root != "" {
		return opts.Root
	}
	return dir
}

// loadParams merges parameter files and --cfn-param values (the latter
// win). Unreadable parameter files are error diagnostics.
func (p *parser) loadParams() map[string]string {
	out := map[string]string{}
	for _, f := range p.opts.ParamFiles {
		pos := model.Position{File: filepath.ToSlash(f)}
		data, err := os.ReadFile(f)
		if err != nil {
			p.diags.Errorf(pos, "cannot read parameter file: %v", unwrap(err))
			continue
		}
		var list []struct {
			ParameterKey   string `json:"ParameterKey"`
			ParameterValue any    `json:"ParameterValue"`
		}
		if json.Unmarshal(data, &list) == nil {
			for _, kv := range list {
				out[kv.ParameterKey] = paramString(kv.ParameterValue)
			}
			continue
		}
		var obj struct {
			Parameters map[string]any `json:"Parameters"`
		}
		if err := json.Unmarshal(data, &obj); err != nil || obj.Parameters == nil {
			p.diags.Errorf(pos, "parameter file is neither [{\"ParameterKey\", \"ParameterValue\"}] nor {\"Parameters\": {…}}")
			continue
		}
		for k, v := range obj.Parameters {
			out[k] = paramString(v)
		}
	}
	for k, v := range p.opts.Params {
		out[k] = v
	}
	return out
}

// paramString spells a parameter file value as CloudFormation receives it
// (lists comma-joined).
func paramString(v any) string {
	switch tv := v.(type) {
	case nil:
		return ""
	case string:
		return tv
	case []any:
		parts := make([]string, len(tv))
		for i, x := range tv {
			parts[i] = paramString(x)
		}
		return strings.Join(parts, ",")
	}
	return fmt.Sprint(v)
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// template parses one template. prefix is prepended to addresses; params
// override parameters (nested stacks); visiting guards against cycles.
func (p *parser) template(path string, data []byte, prefix, stack, stackName string, params map[string]any, visiting map[string]bool, depth int) {
	if max := p.maxBytes(); int64(len(data)) > max {
		p.diags.Errorf(model.Position{File: path}, "template larger than %s (%d bytes), skipped", sizeName(max), len(data))
		return
	}
	text, encErr := toUTF8(data)
	if encErr != nil {
		p.diags = append(p.diags, encodingDiag(path, encErr))
		return
	}
	doc, err := decode(text)
	if err != nil {
		pos := model.Position{File: path}
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			pos.Line, _ = strconv.Atoi(m[1])
		}
		p.diags = append(p.diags, model.Diagnostic{Severity: model.DiagError, Position: pos, Summary: "invalid template YAML/JSON", Detail: strings.TrimPrefix(err.Error(), "yaml: ")})
		return
	}
	p.templateDoc(path, doc, prefix, stack, stackName, params, visiting, depth)
}

// templateDoc converts and evaluates a decoded template.
func (p *parser) templateDoc(path string, doc *yaml.Node, prefix, stack, stackName string, params map[string]any, visiting map[string]bool, depth int) {
	c := &converter{file: path}
	root := c.convert(doc, 0)
	if c.err != nil {
		p.diags.Errorf(model.Position{File: path, Line: c.errLine}, "template not scanned: %v", c.err)
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
	e.pseudo = p.pseudo(stackName)
	e.params = p.parameters(root.get("Parameters"), params, e)
	if languageExtensions(root) {
		resources = (&forEach{e: e}).mapping(resources)
		e.resources = map[string]bool{}
		for _, id := range resources.keys {
			e.resources[id] = true
		}
	}
	// After Fn::ForEach: the SAM resources it generated name theirs too.
	samGeneratedIDs(resources, e.resources)
	globals := root.get("Globals")
	first := len(p.out)
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
		if !knownType(typ) {
			p.diags.Warnf(rn.get("Type").pos, "unknown resource type %s: not in the CloudFormation resource specification iacvet carries (misspelt, or newer than it); no rule covers it", typ)
		}
		if cond, ok := rn.get("Condition").text(); ok && e.condition(cond, rn.get("Condition").pos) == triFalse {
			continue // switched off: not deployed, not scanned
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
			v := e.value(props, "", true)
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
	p.out = append(p.out[:first], expandSAM(p.out[first:], &p.diags)...) // SAM transform
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
		} else if js, ok := v.(json.Number); ok && typ != "Number" {
			v = js.String()
		} else if str, ok := v.(string); ok && typ == "Number" {
			if num, ok := number(strings.TrimSpace(str)).(json.Number); ok {
				v = num
			}
		}
		if strings.HasPrefix(typ, "AWS::SSM::Parameter::Value<") {
			v = model.Unknown{} // the value is read from SSM at deploy time
		}
		if noEcho {
			v = model.Sensitive{}
		}
		out[name] = v
	}
	return out
}

// samGlobals maps SAM resource types to their Globals section (SAM has no
// Globals for state machines).
var samGlobals = map[string]string{
	"AWS::Serverless::Function":     "Function",
	"AWS::Serverless::Api":          "Api",
	"AWS::Serverless::HttpApi":      "HttpApi",
	"AWS::Serverless::SimpleTable":  "SimpleTable",
	"AWS::Serverless::LayerVersion": "LayerVersion",
}

// applyGlobals merges a SAM template's Globals into a resource's
// Properties as SAM does: the resource's own scalars win, mappings merge
// key by key, and lists are additive (the global entries come first).
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
	if base.kind == listNode && over.kind == listNode {
		items := make([]*node, 0, len(base.items)+len(over.items))
		items = append(append(items, base.items...), over.items...)
		return &node{kind: listNode, items: items, pos: over.pos}
	}
	if base.kind != mapNode || over.kind != mapNode {
		return over
	}
	if _, _, isFn := intrinsic(base); isFn {
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
	var file, written string
	if p.cdkDir != "" {
		if asset, ok := rn.get("Metadata").get("aws:asset:path").text(); ok {
			file, written = filepath.Join(p.cdkDir, asset), asset
		}
	}
	if file == "" {
		url, ok := props["TemplateURL"].(string)
		if !ok || strings.Contains(url, "://") || strings.HasPrefix(url, "s3:") {
			return // remote templates are not fetched
		}
		file, written = filepath.Join(filepath.Dir(path), url), url
	}
	abs, err := safefs.Resolve(p.root, file)
	if err != nil {
		p.readError(r.Source.Position, fmt.Sprintf("nested stack %s", r.Name), written, err)
		return
	}
	if visiting[abs] {
		p.diags.Warnf(r.Source.Position, "nested stack %s includes itself; not followed again", r.Name)
		return
	}
	data, err := p.readFile(file)
	if err != nil {
		p.readError(r.Source.Position, fmt.Sprintf("nested stack %s", r.Name), written, err)
		return
	}
	params := map[string]any{}
	if pm, ok := props["Parameters"].(map[string]any); ok {
		for k, v := range pm {
			params[k] = v
		}
	}
	visiting[abs] = true
	p.template(filepath.ToSlash(file), data, r.Address+"/", r.Address, r.Address, params, visiting, depth+1)
	delete(visiting, abs)
}

// readFile reads a template from disk, refusing files over the size bound
// before reading them.
// inside the scanned root.
func (p *parser) readFile(file string) ([]byte, error) {
	return safefs.ReadFile(p.root, file, p.maxBytes())
}

// readError reports a file a template names that cannot be read: written
// is the path as the template wrote it. A file outside the scanned root,
// not a regular file or too large is an error; a missing one a warning
// (its resources are not scanned, as for a remote template).
func (p *parser) readError(pos model.Position, what, written string, err error) {
	switch {
	case errors.Is(err, safefs.ErrOutside):
		p.diags.Errorf(pos, "%s: %s is outside the scanned root; not read", what, filepath.ToSlash(written))
	case errors.Is(err, fs.ErrNotExist):
		p.diags.Warnf(pos, "%s: cannot read %s: %v", what, filepath.ToSlash(written), unwrap(err))
	default:
		p.diags.Errorf(pos, "%s: cannot read %s: %v", what, filepath.ToSlash(written), unwrap(err))
	}
}

func (p *parser) maxBytes() int64 {
	if p.opts.MaxBytes > 0 {
		return p.opts.MaxBytes
	}
	return DefaultMaxBytes
}

func sizeName(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// IsCDKOut reports whether dir is a cdk.out directory: a manifest.json
// naming CloudFormation stack artifacts.
func IsCDKOut(dir string) bool {
	m, err := readManifest(dir, dir)
	return err == nil && len(m) > 0
}

type artifact struct {
	id, template, display, stackName string
}

func readManifest(root, dir string) ([]artifact, error) {
	data, err := safefs.ReadFile(root, filepath.Join(dir, "manifest.json"), DefaultMaxBytes)
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
		art := artifact{id: id, template: a.Properties.TemplateFile, display: a.DisplayName, stackName: a.Properties.StackName}
		if art.display == "" {
			art.display = id
		}
		if art.stackName == "" {
			art.stackName = id
		}
		out = append(out, art)
	}
	return out, nil
}

// ParseCDKOut scans every stack of a cdk.out directory.
func ParseCDKOut(dir string, opts Options) ([]*model.Resource, model.Diagnostics) {
	p := &parser{opts: opts, cdkDir: dir, root: rootOf(opts, dir)}
	p.params = p.loadParams()
	manifest := model.Position{File: filepath.ToSlash(filepath.Join(dir, "manifest.json"))}
	arts, err := readManifest(p.root, dir)
	if err != nil {
		if errors.Is(err, safefs.ErrOutside) {
			p.diags.Errorf(manifest, "cannot read CDK manifest: %s is outside the scanned root", manifest.File)
		} else {
			p.diags.Errorf(manifest, "cannot read CDK manifest: %v", unwrap(err))
		}
		return nil, p.diags
	}
	for _, a := range arts {
		file := filepath.Join(dir, a.template)
		abs, err := safefs.Resolve(p.root, file)
		var data []byte
		if err == nil {
			data, err = p.readFile(file)
		}
		if err != nil {
			if errors.Is(err, safefs.ErrOutside) {
				p.diags.Errorf(manifest, "stack %s: template %s is outside the scanned root; not read", a.id, filepath.ToSlash(a.template))
			} else {
				p.diags.Errorf(model.Position{File: filepath.ToSlash(file)}, "cannot read stack %s template: %v", a.id, unwrap(err))
			}
			continue
		}
		p.template(filepath.ToSlash(file), data, a.id+"/", a.display, a.stackName, nil, map[string]bool{abs: true}, 0)
	}
	return p.out, p.diags
}

// samTypes are the resource types of the SAM transform.
var samTypes = map[string]bool{
	"AWS::Serverless::Api": true, "AWS::Serverless::Application": true, "AWS::Serverless::Connector": true,
	"AWS::Serverless::Function": true, "AWS::Serverless::GraphQLApi": true, "AWS::Serverless::HttpApi": true,
	"AWS::Serverless::LayerVersion": true, "AWS::Serverless::SimpleTable": true, "AWS::Serverless::StateMachine": true,
}

// KnownType reports whether typ is a resource type CloudFormation (or SAM)
// defines; types outside the AWS:: namespace are not checked and count as
// known.
func KnownType(typ string) bool { return knownType(typ) }

// knownType reports whether an AWS:: type is in the resource specification
// (or SAM's); other namespaces (Custom::, Alexa::, registry types and
// modules) are not checked.
func knownType(typ string) bool {
	if !strings.HasPrefix(typ, "AWS::") {
		return true
	}
	return knownTypes[typ] || samTypes[typ] || typ == "AWS::CDK::Metadata" || typ == "AWS::CloudFormation::CustomResource"
}
