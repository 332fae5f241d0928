package tfsource

import (
	"encoding/json"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/iacvet/iacvet/model"
)

// walk emits the resources of a module instance and of the modules it calls.
func (s *scanner) walk(m *modInst) {
	s.insts = append(s.insts, m)
	if m.cfg == nil || s.overWork {
		return
	}
	for _, r := range m.cfg.resources {
		m.emit(r)
	}
	for _, c := range m.cfg.calls {
		for _, ch := range m.childSet(c.name).insts {
			if ch.cfg != nil {
				s.walk(ch)
			}
		}
	}
}

// emit evaluates every instance of a resource block.
func (m *modInst) emit(r *resourceDecl) {
	if m.s.overWork {
		return
	}
	exp := m.resourceExpansion(r)
	provName := r.provider
	if provName == "" {
		provName, _, _ = strings.Cut(r.typ, "_")
	}
	prov := m.provider(provName)
	supps := append(append([]model.Suppression(nil), m.supps...), m.cfg.suppressionsFor(r.file, r.pos.Line, r.endLine)...)
	for _, k := range exp.keys {
		if !m.s.spend(1, r.pos) {
			return
		}
		be := &bodyEval{m: m, extra: k.extra, pos: map[string]model.Position{}, file: r.file}
		props := be.body(r.body, "", true)
		res := &model.Resource{
			Address:    m.prefix() + r.addr() + k.suffix,
			Type:       r.typ,
			NativeType: r.typ,
			Name:       r.name,
			Mode:       r.mode,
			Provider:   prov.key,
			Properties: props,
			Source: model.Source{
				Format:   model.FormatTerraform,
				Position: r.pos,
				EndLine:  r.endLine,
				Module:   m.path,
			},
			Positions: be.pos,
		}
		if rg, ok := props["region"].(string); ok && rg != "" {
			res.Region = rg
		} else if rg := regionOf(prov.region); rg != "" {
			res.Region = rg
		} else if typ, _, _ := strings.Cut(provName, "."); typ == "aws" {
			res.Region = m.s.opts.Region
		}
		if exp.kind == expandUnknown {
			res.Meta = map[string]string{"expansion": "unknown"}
		}
		if m.remote != nil {
			// Findings on resources of a remote module land on the user's
			// module block, so attribute positions inside the downloaded
			// code are left out.
			call := *m.remote
			res.Source.ModuleCall = &call
			res.Positions = nil
		}
		if len(supps) > 0 {
			res.Suppressions = append([]model.Suppression(nil), supps...)
		}
		m.s.out = append(m.s.out, res)
	}
}

// Meta-arguments of resource blocks, not part of the properties.
var (
	metaAttrs  = map[string]bool{"count": true, "for_each": true, "provider": true, "depends_on": true}
	metaBlocks = map[string]bool{"lifecycle": true, "provisioner": true, "connection": true}
)

var dynamicSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "for_each", Required: true}, {Name: "iterator"}, {Name: "labels"}},
	Blocks:     []hcl.BlockHeaderSchema{{Type: "content"}},
}

var jsonNestedSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "dynamic", LabelNames: []string{"type"}}}}

// bodyEval evaluates a resource body into plain values and positions.
type bodyEval struct {
	m     *modInst
	extra map[string]cty.Value
	pos   map[string]model.Position
	file  string
}

type blockLists struct {
	order   []string
	lists   map[string][]any
	unknown map[string]bool
}

func (bl *blockLists) add(typ string, v any) int {
	if bl.lists == nil {
		bl.lists = map[string][]any{}
	}
	if _, ok := bl.lists[typ]; !ok {
		bl.order = append(bl.order, typ)
		bl.lists[typ] = []any{}
	}
	bl.lists[typ] = append(bl.lists[typ], v)
	return len(bl.lists[typ]) - 1
}

func (bl *blockLists) markUnknown(typ string) {
	if bl.unknown == nil {
		bl.unknown = map[string]bool{}
	}
	if _, ok := bl.lists[typ]; !ok {
		bl.add(typ, nil)
		bl.lists[typ] = bl.lists[typ][:0]
	}
	bl.unknown[typ] = true
}

func (bl *blockLists) store(props map[string]any) {
	for _, typ := range bl.order {
		if bl.unknown[typ] {
			props[typ] = model.Unknown{}
			continue
		}
		props[typ] = bl.lists[typ]
	}
}

func (be *bodyEval) body(body hcl.Body, prefix string, top bool) map[string]any {
	props := map[string]any{}
	var bl blockLists
	if sb, ok := body.(*hclsyntax.Body); ok {
		attrs := make([]*hclsyntax.Attribute, 0, len(sb.Attributes))
		for _, a := range sb.Attributes {
			attrs = append(attrs, a)
		}
		sort.Slice(attrs, func(i, j int) bool { return attrs[i].SrcRange.Start.Byte < attrs[j].SrcRange.Start.Byte })
		for _, a := range attrs {
			if top && metaAttrs[a.Name] {
				continue
			}
			props[a.Name] = toGo(be.m.eval(a.Expr, be.extra))
			if model.IsUnknown(props[a.Name]) {
				if doc, ok := be.policyDocRef(a.Expr); ok {
					props[a.Name] = doc
				}
			}
			be.record(prefix+a.Name, a.SrcRange.Start, a.Expr)
		}
		for _, b := range sb.Blocks {
			if top && metaBlocks[b.Type] {
				continue
			}
			if b.Type == "dynamic" && len(b.Labels) == 1 {
				be.dynamic(b.Labels[0], b.Body, b.TypeRange.Start, prefix, &bl)
				continue
			}
			idx := len(bl.lists[b.Type])
			p := prefix + b.Type + "/" + strconv.Itoa(idx)
			be.at(p, b.TypeRange.Start)
			bl.add(b.Type, be.body(b.Body, p+"/", false))
		}
		bl.store(props)
		return props
	}
	// JSON syntax: without a schema every property is an attribute, except
	// dynamic blocks.
	content, remain, diags := body.PartialContent(jsonNestedSchema)
	be.m.s.addHCLDiags(diags, model.DiagWarning)
	attrs, diags := remain.JustAttributes()
	be.m.s.addHCLDiags(diags, model.DiagWarning)
	list := make([]*hcl.Attribute, 0, len(attrs))
	for _, a := range attrs {
		list = append(list, a)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Range.Start.Byte < list[j].Range.Start.Byte })
	for _, a := range list {
		if top && (metaAttrs[a.Name] || metaBlocks[a.Name]) {
			continue
		}
		props[a.Name] = toGo(be.m.eval(a.Expr, be.extra))
		be.at(prefix+a.Name, a.Range.Start)
	}
	if content != nil {
		for _, b := range content.Blocks {
			be.dynamic(b.Labels[0], b.Body, b.DefRange.Start, prefix, &bl)
		}
	}
	bl.store(props)
	return props
}

// dynamic expands a dynamic block into nested blocks.
func (be *bodyEval) dynamic(typ string, body hcl.Body, start hcl.Pos, prefix string, bl *blockLists) {
	content, diags := body.Content(dynamicSchema)
	be.m.s.addHCLDiags(diags, model.DiagWarning)
	if diags.HasErrors() || len(content.Blocks) != 1 {
		if !diags.HasErrors() {
			be.m.s.diags.Warnf(hclPos(start, be.file), "dynamic %q block needs exactly one content block", typ)
		}
		bl.markUnknown(typ)
		return
	}
	iter := typ
	if a := content.Attributes["iterator"]; a != nil {
		if kw := hcl.ExprAsKeyword(a.Expr); kw != "" {
			iter = kw
		}
	}
	fe, marks := be.m.eval(content.Attributes["for_each"].Expr, be.extra).Unmark()
	if marks.Has(sensitiveMark{}) || !fe.IsKnown() || fe.IsNull() || !fe.CanIterateElements() || fe.LengthInt() > maxDynamic {
		bl.markUnknown(typ)
		return
	}
	for it := fe.ElementIterator(); it.Next(); {
		if !be.m.s.spend(1, hclPos(start, be.file)) {
			bl.markUnknown(typ)
			return
		}
		k, v := it.Element()
		extra := make(map[string]cty.Value, len(be.extra)+1)
		for n, x := range be.extra {
			extra[n] = x
		}
		extra[iter] = cty.ObjectVal(map[string]cty.Value{"key": k, "value": v})
		sub := &bodyEval{m: be.m, extra: extra, pos: be.pos, file: be.file}
		idx := len(bl.lists[typ])
		p := prefix + typ + "/" + strconv.Itoa(idx)
		be.at(p, start)
		bl.add(typ, sub.body(content.Blocks[0].Body, p+"/", false))
	}
}

func (be *bodyEval) at(p string, start hcl.Pos) {
	if be.pos != nil {
		be.pos[p] = hclPos(start, be.file)
	}
}

// record notes the position of an attribute and, for literal tuples and
// objects, of their elements.
func (be *bodyEval) record(p string, start hcl.Pos, expr hclsyntax.Expression) {
	be.at(p, start)
	switch e := expr.(type) {
	case *hclsyntax.TupleConsExpr:
		for i, x := range e.Exprs {
			be.record(p+"/"+strconv.Itoa(i), x.Range().Start, x)
		}
	case *hclsyntax.ObjectConsExpr:
		for _, item := range e.Items {
			key := hcl.ExprAsKeyword(item.KeyExpr)
			if key == "" {
				if v, d := item.KeyExpr.Value(nil); !d.HasErrors() && v.Type() == cty.String && v.IsKnown() && !v.IsNull() {
					key = v.AsString()
				}
			}
			if key != "" {
				be.record(p+"/"+key, item.KeyExpr.Range().Start, item.ValueExpr)
			}
		}
	}
}

// toGo converts a value to plain Go values; unknown values become
// model.Unknown (with the resource they come from) and sensitive ones
// model.Sensitive.
func toGo(v cty.Value) any {
	v, marks := v.Unmark()
	if marks.Has(sensitiveMark{}) {
		return model.Sensitive{}
	}
	if !v.IsKnown() {
		return model.Unknown{Ref: refOf(marks)}
	}
	if v.IsNull() {
		return nil
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		return v.AsString()
	case ty == cty.Bool:
		return v.True()
	case ty == cty.Number:
		f := v.AsBigFloat()
		if f.IsInf() {
			return model.Unknown{} // not representable in JSON
		}
		return jsonNumber(f)
	case ty.IsListType() || ty.IsSetType() || ty.IsTupleType():
		out := make([]any, 0, v.LengthInt())
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			out = append(out, toGo(e))
		}
		return out
	case ty.IsMapType() || ty.IsObjectType():
		out := make(map[string]any, v.LengthInt())
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			out[k.AsString()] = toGo(e)
		}
		return out
	}
	return model.Unknown{}
}

// refOf returns the resource an unknown value is computed from, when it is
// exactly one.
func refOf(marks cty.ValueMarks) string {
	ref := ""
	for mk := range marks {
		if r, ok := mk.(refMark); ok {
			if ref != "" && ref != r.addr {
				return ""
			}
			ref = r.addr
		}
	}
	return ref
}

func jsonNumber(f *big.Float) json.Number {
	if f.IsInt() {
		i, _ := f.Int(nil)
		return json.Number(i.String())
	}
	return json.Number(f.Text('g', -1))
}
