package tfsource

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/iacvet/iacvet/model"
)

// The aws_iam_policy_document data source is computed by the AWS provider
// without calling AWS, so its json and minified_json are values, not
// unknowns: policyDocValue evaluates the block and builds the document the
// way the provider does (hashicorp/aws 5.x, policy_document_data_source.go).

// PolicyDocument builds the JSON documents an aws_iam_policy_document data
// source with the given arguments (plain values, nested blocks as lists of
// objects, as model.Resource.Properties holds them) produces: the indented
// json attribute and minified_json. known is false when a value the
// document depends on is unknown or sensitive (sensitive reports which);
// err is set when the arguments are invalid (the provider would fail).
func PolicyDocument(args map[string]any) (doc, minified string, known, sensitive bool, err error) {
	b := &docBuilder{}
	d := b.build(args)
	if b.err != nil {
		return "", "", false, false, b.err
	}
	if b.sensitive {
		return "", "", false, true, nil
	}
	if b.unknown {
		return "", "", false, false, nil
	}
	ind, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return "", "", false, false, fmt.Errorf("format policy document: %w", err)
	}
	min, err := json.Marshal(d)
	if err != nil {
		return "", "", false, false, fmt.Errorf("format policy document: %w", err)
	}
	return string(ind), string(min), true, false, nil
}

// policyDocValue is the value of one instance of an aws_iam_policy_document
// data source: an object with json and minified_json when every argument it
// needs is known, else unknown (a sensitive argument makes them sensitive).
func (m *modInst) policyDocValue(r *resourceDecl, k instKey, addr string) cty.Value {
	be := &bodyEval{m: m, extra: k.extra, file: r.file}
	args := be.body(r.body, "", true)
	doc, min, known, sens, err := PolicyDocument(args)
	if err != nil {
		m.s.diags.Warnf(r.pos, "%s: %v; its json is unknown", m.prefix()+addr, err)
	}
	if !known {
		v := cty.DynamicVal.Mark(refMark{m.prefix() + addr})
		if sens {
			v = v.Mark(sensitiveMark{})
		}
		return v
	}
	return cty.ObjectVal(map[string]cty.Value{
		"json":          cty.StringVal(doc),
		"minified_json": cty.StringVal(min),
		"id":            cty.UnknownVal(cty.String).Mark(refMark{m.prefix() + addr}),
	})
}

// The document model, in the provider's field order and JSON names.
type iamDoc struct {
	Version    string     `json:",omitempty"`
	ID         string     `json:"Id,omitempty"`
	Statements []*iamStmt `json:"Statement,omitempty"`
}

type iamStmt struct {
	Sid           string        `json:",omitempty"`
	Effect        string        `json:",omitempty"`
	Actions       any           `json:"Action,omitempty"`
	NotActions    any           `json:"NotAction,omitempty"`
	Resources     any           `json:"Resource,omitempty"`
	NotResources  any           `json:"NotResource,omitempty"`
	Principals    iamPrincipals `json:"Principal,omitempty"`
	NotPrincipals iamPrincipals `json:"NotPrincipal,omitempty"`
	Conditions    iamConditions `json:"Condition,omitempty"`
}

type iamPrincipal struct {
	Type        string
	Identifiers any // string or []string
}

type iamPrincipals []iamPrincipal

type iamCondition struct {
	Test, Variable string
	Values         any // string or []string
}

type iamConditions []iamCondition

func (d *iamDoc) merge(n *iamDoc) {
	if n.ID != "" {
		d.ID = n.ID
	}
	if n.Version > d.Version {
		d.Version = n.Version
	}
	for _, s := range n.Statements {
		if s.Sid != "" {
			if i := slices.IndexFunc(d.Statements, func(e *iamStmt) bool { return e.Sid == s.Sid }); i >= 0 {
				d.Statements[i] = s
				continue
			}
		}
		d.Statements = append(d.Statements, s)
	}
}

// MarshalJSON writes principals as the provider does: {"*": ["*"]} alone
// becomes "*", identifiers of one type are joined.
func (ps iamPrincipals) MarshalJSON() ([]byte, error) {
	if len(ps) == 1 && ps[0].Type == "*" {
		if s, ok := ps[0].Identifiers.(string); ok && s == "*" {
			return []byte(`"*"`), nil
		}
		if l, ok := ps[0].Identifiers.([]string); ok && len(l) == 1 && l[0] == "*" {
			return []byte(`"*"`), nil
		}
	}
	raw := map[string]any{}
	for _, p := range ps {
		switch ids := p.Identifiers.(type) {
		case []string:
			have := []string{}
			switch v := raw[p.Type].(type) {
			case string:
				have = []string{v}
			case []string:
				have = v
			}
			ids = slices.Clone(ids)
			slices.Sort(ids)
			slices.Reverse(ids)
			raw[p.Type] = append(have, ids...)
		case string:
			switch v := raw[p.Type].(type) {
			case nil:
				raw[p.Type] = ids
			case string:
				raw[p.Type] = []string{v, ids}
			case []string:
				raw[p.Type] = append(v, ids)
			}
		default:
			return nil, fmt.Errorf("principal identifiers of type %T", ids)
		}
	}
	return json.Marshal(raw)
}

// UnmarshalJSON reads a principal of a source or override document.
func (ps *iamPrincipals) UnmarshalJSON(b []byte) error {
	var data any
	if err := json.Unmarshal(b, &data); err != nil {
		return err
	}
	var out iamPrincipals
	switch t := data.(type) {
	case string:
		out = append(out, iamPrincipal{Type: "*", Identifiers: []string{"*"}})
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			switch v := t[k].(type) {
			case string:
				out = append(out, iamPrincipal{Type: k, Identifiers: v})
			case []any:
				ids := make([]string, 0, len(v))
				for i, e := range v {
					s, ok := e.(string)
					if !ok {
						return fmt.Errorf("principal %s identifier %d is %T, not a string", k, i, e)
					}
					ids = append(ids, s)
				}
				slices.Sort(ids)
				out = append(out, iamPrincipal{Type: k, Identifiers: ids})
			default:
				return fmt.Errorf("principal %s is %T", k, v)
			}
		}
	default:
		return fmt.Errorf("principal is %T", t)
	}
	*ps = out
	return nil
}

// MarshalJSON groups conditions by test and variable; one value is a string.
func (cs iamConditions) MarshalJSON() ([]byte, error) {
	raw := map[string]map[string][]string{}
	for _, c := range cs {
		if raw[c.Test] == nil {
			raw[c.Test] = map[string][]string{}
		}
		switch v := c.Values.(type) {
		case []string:
			raw[c.Test][c.Variable] = append(raw[c.Test][c.Variable], v...)
		case string:
			raw[c.Test][c.Variable] = append(raw[c.Test][c.Variable], v)
		default:
			return nil, fmt.Errorf("condition values of type %T", v)
		}
	}
	out := make(map[string]map[string]any, len(raw))
	for t, vars := range raw {
		out[t] = make(map[string]any, len(vars))
		for k, vals := range vars {
			if len(vals) == 1 {
				out[t][k] = vals[0]
			} else {
				if vals == nil {
					vals = []string{}
				}
				out[t][k] = vals
			}
		}
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads a condition of a source or override document.
func (cs *iamConditions) UnmarshalJSON(b []byte) error {
	var data map[string]map[string]any
	if err := json.Unmarshal(b, &data); err != nil {
		return err
	}
	var out iamConditions
	tests := make([]string, 0, len(data))
	for t := range data {
		tests = append(tests, t)
	}
	slices.Sort(tests)
	for _, t := range tests {
		vars := make([]string, 0, len(data[t]))
		for k := range data[t] {
			vars = append(vars, k)
		}
		slices.Sort(vars)
		for _, k := range vars {
			switch v := data[t][k].(type) {
			case string:
				out = append(out, iamCondition{Test: t, Variable: k, Values: []string{v}})
			case bool:
				out = append(out, iamCondition{Test: t, Variable: k, Values: fmt.Sprint(v)})
			case []any:
				vals := make([]string, 0, len(v))
				for _, e := range v {
					s, ok := e.(string)
					if !ok {
						return fmt.Errorf("condition %s %s value is %T, not a string", t, k, e)
					}
					vals = append(vals, s)
				}
				out = append(out, iamCondition{Test: t, Variable: k, Values: vals})
			default:
				return fmt.Errorf("condition %s %s is %T", t, k, v)
			}
		}
	}
	*cs = out
	return nil
}

// docBuilder turns the data source's arguments into an iamDoc, noting
// whether anything it needs is unknown or sensitive.
type docBuilder struct {
	unknown, sensitive bool
	err                error
	// partial: unknown scalars become placeholders (holes) instead of
	// making the whole document unknown.
	partial bool
	holes   []model.Unknown
}

const holePrefix = "\x00iacvet-unknown-"

// hole returns the placeholder of an unknown scalar in partial mode.
func (b *docBuilder) hole(u model.Unknown) string {
	b.holes = append(b.holes, u)
	return holePrefix + fmt.Sprint(len(b.holes)-1)
}

// check reports whether v is a usable (known, not sensitive) value.
func (b *docBuilder) check(v any) bool {
	switch v.(type) {
	case model.Unknown:
		b.unknown = true
		return false
	case model.Sensitive:
		b.sensitive = true
		return false
	}
	return true
}

func (b *docBuilder) fail(format string, a ...any) {
	if b.err == nil {
		b.err = fmt.Errorf(format, a...)
	}
}

// str reads a string argument; numbers and bools convert as Terraform
// converts them.
func (b *docBuilder) str(v any, def string) string {
	if u, ok := v.(model.Unknown); ok && b.partial {
		return b.hole(u)
	}
	if !b.check(v) {
		return ""
	}
	switch x := v.(type) {
	case nil:
		return def
	case string:
		return x
	case json.Number:
		return x.String()
	case bool:
		return fmt.Sprint(x)
	}
	b.fail("expected a string, got %T", v)
	return ""
}

// strings reads a list (or set) of strings.
func (b *docBuilder) strings(v any) []string {
	if u, ok := v.(model.Unknown); ok && b.partial {
		return []string{b.hole(u)}
	}
	if !b.check(v) || v == nil {
		return nil
	}
	l, ok := v.([]any)
	if !ok {
		b.fail("expected a list of strings, got %T", v)
		return nil
	}
	out := make([]string, 0, len(l))
	for _, e := range l {
		if e == nil {
			b.fail("null element in a list of strings")
			continue
		}
		out = append(out, b.str(e, ""))
	}
	if set := slices.Clone(out); len(set) > 1 {
		// Sets drop duplicates.
		slices.Sort(set)
		set = slices.Compact(set)
		if len(set) < len(out) {
			out = set
		}
	}
	return out
}

// blocks reads a list of nested blocks.
func (b *docBuilder) blocks(v any) []map[string]any {
	if !b.check(v) || v == nil {
		return nil
	}
	l, ok := v.([]any)
	if !ok {
		b.fail("expected blocks, got %T", v)
		return nil
	}
	out := make([]map[string]any, 0, len(l))
	for _, e := range l {
		if o, ok := e.(map[string]any); ok {
			out = append(out, o)
		} else if b.check(e) {
			b.fail("expected a block, got %T", e)
		}
	}
	return out
}

var varReplacer = strings.NewReplacer("&{", "${")

// setStrings is the provider's form of a set of strings: one element as a
// string, more sorted in reverse; replace turns &{ into ${.
func (b *docBuilder) setStrings(l []string, replace bool, version string) any {
	if len(l) == 0 {
		return nil
	}
	if replace {
		l = b.replaceVars(l, version)
	}
	if len(l) == 1 {
		return l[0]
	}
	l = slices.Clone(l)
	slices.Sort(l)
	slices.Reverse(l)
	return l
}

func (b *docBuilder) replaceVars(l []string, version string) []string {
	out := make([]string, len(l))
	for i, s := range l {
		if version == "2008-10-17" && strings.Contains(s, "&{") {
			b.fail("found &{ sequence in (%s), which is not supported in document version 2008-10-17", s)
		}
		out[i] = varReplacer.Replace(s)
	}
	return out
}

func (b *docBuilder) jsonDoc(v any, what string) *iamDoc {
	s := b.str(v, "")
	if s == "" {
		return nil
	}
	var d iamDoc
	if err := json.Unmarshal([]byte(s), &d); err != nil {
		b.fail("%s: %v", what, err)
		return nil
	}
	return &d
}

func (b *docBuilder) jsonDocs(v any, what string) []*iamDoc {
	if !b.check(v) || v == nil {
		return nil
	}
	l, ok := v.([]any)
	if !ok {
		b.fail("%s: expected a list of strings, got %T", what, v)
		return nil
	}
	var out []*iamDoc
	for i, e := range l {
		if e == nil {
			continue
		}
		if d := b.jsonDoc(e, fmt.Sprintf("%s %d", what, i)); d != nil {
			out = append(out, d)
		}
	}
	return out
}

var errDupSid = errors.New("duplicate Sid")

func (b *docBuilder) build(args map[string]any) *iamDoc {
	merged := &iamDoc{}
	if b.partial {
		// Merging by Sid and the version's rules need these known.
		for _, k := range []string{"source_json", "override_json", "source_policy_documents", "override_policy_documents", "version"} {
			if hasUnknown(args[k]) {
				b.unknown = true
				return merged
			}
		}
		if hasUnknown(args["statement"]) && !knownList(args["statement"]) {
			b.unknown = true
			return merged
		}
		if hasSid := b.sidUnknown(args["statement"]); hasSid && (args["source_policy_documents"] != nil || args["override_policy_documents"] != nil || args["source_json"] != nil || args["override_json"] != nil) {
			b.unknown = true
			return merged
		}
	}
	// Deprecated (provider v3/v4): source_json is merged first and
	// override_json last.
	if d := b.jsonDoc(args["source_json"], "source_json"); d != nil {
		merged.merge(d)
	}
	sids := map[string]bool{}
	for i, d := range b.jsonDocs(args["source_policy_documents"], "source_policy_documents") {
		for _, s := range d.Statements {
			if s.Sid == "" {
				continue
			}
			if sids[s.Sid] {
				b.fail("source document %d: %w (%s) in source_policy_documents", i, errDupSid, s.Sid)
			}
			sids[s.Sid] = true
		}
		merged.merge(d)
	}
	doc := &iamDoc{Version: b.str(args["version"], "2012-10-17"), ID: b.str(args["policy_id"], "")}
	seen := map[string]bool{}
	for _, st := range b.blocks(args["statement"]) {
		s := &iamStmt{Effect: b.str(st["effect"], "Allow"), Sid: b.str(st["sid"], "")}
		if s.Sid != "" {
			if seen[s.Sid] {
				b.fail("%w (%s)", errDupSid, s.Sid)
			}
			seen[s.Sid] = true
		}
		s.Actions = b.setStrings(b.strings(st["actions"]), false, doc.Version)
		s.NotActions = b.setStrings(b.strings(st["not_actions"]), false, doc.Version)
		s.Resources = b.setStrings(b.strings(st["resources"]), true, doc.Version)
		s.NotResources = b.setStrings(b.strings(st["not_resources"]), true, doc.Version)
		s.Principals = b.principals(st["principals"], doc.Version)
		s.NotPrincipals = b.principals(st["not_principals"], doc.Version)
		for _, c := range b.blocks(st["condition"]) {
			vals := b.replaceVars(b.strings(c["values"]), doc.Version)
			var v any = vals
			if len(vals) == 1 {
				v = vals[0]
			}
			s.Conditions = append(s.Conditions, iamCondition{Test: b.str(c["test"], ""), Variable: b.str(c["variable"], ""), Values: v})
		}
		doc.Statements = append(doc.Statements, s)
	}
	merged.merge(doc)
	for _, d := range b.jsonDocs(args["override_policy_documents"], "override_policy_documents") {
		merged.merge(d)
	}
	if d := b.jsonDoc(args["override_json"], "override_json"); d != nil {
		merged.merge(d)
	}
	return merged
}

func (b *docBuilder) principals(v any, version string) iamPrincipals {
	var out iamPrincipals
	for _, p := range b.blocks(v) {
		var ids any = []string{}
		if l := b.strings(p["identifiers"]); len(l) > 0 {
			ids = b.setStrings(l, true, version)
		}
		out = append(out, iamPrincipal{Type: b.str(p["type"], ""), Identifiers: ids})
	}
	return out
}

// PartialPolicyDocument is PolicyDocument for a document with unknown
// scalars (an action, a resource ARN, a principal known after apply): it
// returns the decoded document with model.Unknown where those values go
// (a principal or condition whose type, test or variable is unknown is
// unknown as a whole). ok is false when the document is unknown as a
// whole: its statement list, version or source and override documents are
// unknown, or a value is sensitive. Lists keep their known elements; where
// unknowns sit among them is not known.
func PartialPolicyDocument(args map[string]any) (doc any, ok bool) {
	b := &docBuilder{partial: true}
	d := b.build(args)
	if b.err != nil || b.sensitive || b.unknown {
		return nil, false
	}
	raw, err := json.Marshal(d)
	if err != nil {
		return nil, false
	}
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, false
	}
	return b.fill(v), true
}

// fill replaces placeholders by the unknowns they stand for; an object with
// a placeholder key is unknown as a whole.
func (b *docBuilder) fill(v any) any {
	switch x := v.(type) {
	case string:
		if n, ok := strings.CutPrefix(x, holePrefix); ok {
			var i int
			if _, err := fmt.Sscan(n, &i); err == nil && i >= 0 && i < len(b.holes) {
				return b.holes[i]
			}
			return model.Unknown{}
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = b.fill(e)
		}
		return x
	case map[string]any:
		for k, e := range x {
			if strings.HasPrefix(k, holePrefix) {
				return model.Unknown{}
			}
			x[k] = b.fill(e)
		}
		return x
	}
	return v
}

// hasUnknown reports whether v is or holds an unknown value.
func hasUnknown(v any) bool {
	switch x := v.(type) {
	case model.Unknown:
		return true
	case []any:
		return slices.ContainsFunc(x, hasUnknown)
	case map[string]any:
		for _, e := range x {
			if hasUnknown(e) {
				return true
			}
		}
	}
	return false
}

// knownList reports whether v is a list (of blocks) whose length is known.
func knownList(v any) bool {
	_, ok := v.([]any)
	return ok
}

func (b *docBuilder) sidUnknown(v any) bool {
	l, _ := v.([]any)
	for _, e := range l {
		if o, ok := e.(map[string]any); ok && model.IsUnknown(o["sid"]) {
			return true
		}
	}
	return false
}

// policyDocRef is the value of an attribute written as a reference to the
// json or minified_json of an aws_iam_policy_document that is not known as
// a whole (policy = data.aws_iam_policy_document.x.json): the document with
// only its unknown parts unknown (PartialPolicyDocument). ok is false for
// every other expression and when the document is unknown as a whole.
func (be *bodyEval) policyDocRef(expr hclsyntax.Expression) (any, bool) {
	st, isTraversal := expr.(*hclsyntax.ScopeTraversalExpr)
	if !isTraversal {
		return nil, false
	}
	t := st.Traversal
	m := be.m
	if len(t) < 4 || t.RootName() != "data" || attrAt(t, 1) != "aws_iam_policy_document" {
		return nil, false
	}
	r := m.cfg.byAddr["data.aws_iam_policy_document."+attrAt(t, 2)]
	if r == nil {
		return nil, false
	}
	exp := m.resourceExpansion(r)
	next := 3
	var key *instKey
	if ix, isIndex := t[3].(hcl.TraverseIndex); isIndex {
		next = 4
		for i, k := range exp.keys {
			if k.key.IsKnown() && !k.key.IsNull() && ix.Key.IsKnown() && !ix.Key.IsNull() && k.key.Type().Equals(ix.Key.Type()) && k.key.Equals(ix.Key).True() {
				key = &exp.keys[i]
			}
		}
	} else if exp.kind == expandNone {
		key = &exp.keys[0]
	}
	if key == nil || len(t) != next+1 {
		return nil, false
	}
	if a := attrAt(t, next); a != "json" && a != "minified_json" {
		return nil, false
	}
	args := (&bodyEval{m: m, extra: key.extra, file: r.file}).body(r.body, "", true)
	return PartialPolicyDocument(args)
}
