package tfsource

import (
	"errors"
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/iacvet/iacvet/model"
)

// sensitiveMark marks values derived from sensitive variables or outputs.
type sensitiveMark struct{}

// refMark marks unknown values computed from another resource; addr is that
// resource's address with its module prefix.
type refMark struct{ addr string }

// lazyVal is a memoised value with cycle detection.
type lazyVal struct {
	state int // 0 new, 1 evaluating, 2 done
	val   cty.Value
}

// Expansion kinds of a resource or module block.
const (
	expandNone = iota
	expandCount
	expandForEach
	expandUnknown
)

type expansion struct {
	kind int
	keys []instKey
}

type instKey struct {
	suffix string               // "", "[0]", `["a"]`
	key    cty.Value            // instance key (number or string), DynamicVal for unknown
	extra  map[string]cty.Value // count / each for expressions of the instance
}

type providerInfo struct {
	key    string    // provider configuration in the root module: aws, aws.west
	region cty.Value // region argument, unknown when not known
}

// childSet is the expanded instances of one module call.
type childSet struct {
	call  *moduleCall
	exp   *expansion
	insts []*modInst
	state int
	val   cty.Value
}

// modInst is one instance of a module: its configuration plus the values
// evaluated in it, memoised.
type modInst struct {
	s         *scanner
	cfg       *moduleConfig // nil when the module is not scanned
	parent    *modInst
	call      *moduleCall
	callExtra map[string]cty.Value // count / each of this instance in the parent
	path      string               // module.app["a"]; "" for the root
	key       string               // manifest key: app.db
	depth     int
	remote    *model.Position     // the user's module block when inside a remote module
	supps     []model.Suppression // from module blocks above
	rootVars  map[string]cty.Value

	vars       map[string]*lazyVal
	locals     map[string]*lazyVal
	outputs    map[string]*lazyVal
	resVals    map[string]*lazyVal
	expansions map[*resourceDecl]*expansion
	children   map[string]*childSet
	providers  map[string]providerInfo
	outObj     *lazyVal
}

func newInst(s *scanner, cfg *moduleConfig) *modInst {
	return &modInst{s: s, cfg: cfg,
		vars: map[string]*lazyVal{}, locals: map[string]*lazyVal{}, outputs: map[string]*lazyVal{},
		resVals: map[string]*lazyVal{}, expansions: map[*resourceDecl]*expansion{}, children: map[string]*childSet{}}
}

func newRootInst(s *scanner, cfg *moduleConfig) *modInst {
	m := newInst(s, cfg)
	m.rootVars = s.rootVariables(cfg)
	return m
}

func (m *modInst) prefix() string {
	if m.path == "" {
		return ""
	}
	return m.path + "."
}

// lazy evaluates a memoised value once; a cycle yields an unknown value.
func (m *modInst) lazy(tab map[string]*lazyVal, name, what string, pos model.Position, f func() cty.Value) cty.Value {
	lv := tab[name]
	if lv == nil {
		lv = &lazyVal{}
		tab[name] = lv
	}
	switch lv.state {
	case 2:
		return lv.val
	case 1:
		if pos.File == "" {
			pos.File = m.displayDir()
		}
		m.s.diags.Warnf(pos, "cycle while evaluating %s%s; treated as unknown", m.prefix(), what)
		return cty.DynamicVal
	}
	lv.state = 1
	v := f()
	lv.val, lv.state = v, 2
	return v
}

func (m *modInst) displayDir() string {
	if m.cfg == nil {
		return m.s.display
	}
	return m.cfg.displayDir
}

// eval evaluates an expression in the module instance. Evaluation errors
// become warnings and an unknown value.
func (m *modInst) eval(expr hcl.Expression, extra map[string]cty.Value) cty.Value {
	if expr == nil {
		return cty.NullVal(cty.DynamicPseudoType)
	}
	if m.cfg == nil || m.s.cancelled() {
		return cty.DynamicVal // a module that was not scanned, or the scan is cancelled
	}
	// Fast paths for literals, the most common attribute values.
	switch e := expr.(type) {
	case *hclsyntax.LiteralValueExpr:
		return e.Val
	case *hclsyntax.TemplateExpr:
		if e.IsStringLiteral() {
			v, diags := e.Value(nil)
			if !diags.HasErrors() {
				return v
			}
		}
	}
	ctx := m.evalContext(expr, extra)
	v, diags := expr.Value(ctx)
	if diags.HasErrors() {
		if usesSensitive(ctx) {
			// Error details may quote argument values: never print a
			// sensitive one.
			for _, d := range diags {
				if d.Detail != "" {
					d.Detail = "(details hidden: the expression uses sensitive values)"
				}
			}
		}
		for _, d := range diags {
			sev := model.DiagWarning
			if isLimitDiag(d) || failedCall(d) {
				sev = model.DiagError
			}
			m.s.addHCLDiags(hcl.Diagnostics{d}, sev)
		}
		return cty.DynamicVal
	}
	if err := m.s.checkValue(v, expr.Range(), false); err != nil {
		m.s.diags.Errorf(hclPos(expr.Range().Start, expr.Range().Filename), "%v; the value is unknown", err)
		return cty.DynamicVal
	}
	return v
}

// isLimitDiag reports whether an evaluation diagnostic comes from a limit
// (a function's or the evaluator's), which is an error, not a warning.
func isLimitDiag(d *hcl.Diagnostic) bool {
	if d == nil {
		return false
	}
	if _, ok := d.Extra.(limitExtra); ok {
		return true
	}
	if fx, ok := hcl.DiagnosticExtra[hclsyntax.FunctionCallDiagExtra](d); ok {
		var le *limitError
		return errors.As(fx.FunctionCallError(), &le)
	}
	return false
}

// usesSensitive reports whether any value an expression can see is, or
// holds, a sensitive value.
func usesSensitive(ctx *hcl.EvalContext) bool {
	for _, v := range ctx.Variables {
		if !v.ContainsMarked() {
			continue
		}
		_, pvm := v.UnmarkDeepWithPaths()
		for _, p := range pvm {
			if p.Marks.Has(sensitiveMark{}) {
				return true
			}
		}
	}
	return false
}

func (m *modInst) evalContext(expr hcl.Expression, extra map[string]cty.Value) *hcl.EvalContext {
	vars := make(map[string]cty.Value, len(extra)+2)
	for k, v := range extra {
		vars[k] = v
	}
	var varObj, localObj, modObj map[string]cty.Value
	var resObj, dataObj map[string]map[string]cty.Value
	for _, t := range expr.Variables() {
		root := t.RootName()
		if _, ok := extra[root]; ok {
			continue
		}
		switch root {
		case "var":
			if varObj == nil {
				varObj = map[string]cty.Value{}
			}
			if name := attrAt(t, 1); name != "" && m.cfg.variables[name] != nil {
				varObj[name] = m.variable(name)
			}
		case "local":
			if localObj == nil {
				localObj = map[string]cty.Value{}
			}
			if name := attrAt(t, 1); name != "" && m.cfg.locals[name] != nil {
				localObj[name] = m.local(name)
			}
		case "module":
			if modObj == nil {
				modObj = map[string]cty.Value{}
			}
			if name := attrAt(t, 1); name != "" && m.cfg.callByName[name] != nil {
				modObj[name] = m.moduleValue(name)
			}
		case "data":
			typ, name := attrAt(t, 1), attrAt(t, 2)
			if dataObj == nil {
				dataObj = map[string]map[string]cty.Value{}
			}
			if typ == "" || name == "" || m.cfg.byAddr["data."+typ+"."+name] == nil {
				continue
			}
			if dataObj[typ] == nil {
				dataObj[typ] = map[string]cty.Value{}
			}
			dataObj[typ][name] = m.resourceValue(m.cfg.byAddr["data."+typ+"."+name])
		case "path":
			vars["path"] = m.pathObject()
		case "terraform":
			vars["terraform"] = cty.ObjectVal(map[string]cty.Value{"workspace": cty.StringVal("default")})
		case "count", "each", "self":
			// only meaningful when given in extra
		default:
			name := attrAt(t, 1)
			r := m.cfg.byAddr[root+"."+name]
			if name == "" || r == nil {
				continue
			}
			if resObj == nil {
				resObj = map[string]map[string]cty.Value{}
			}
			if resObj[root] == nil {
				resObj[root] = map[string]cty.Value{}
			}
			resObj[root][name] = m.resourceValue(r)
		}
	}
	if varObj != nil {
		vars["var"] = cty.ObjectVal(varObj)
	}
	if localObj != nil {
		vars["local"] = cty.ObjectVal(localObj)
	}
	if modObj != nil {
		vars["module"] = cty.ObjectVal(modObj)
	}
	if dataObj != nil {
		obj := map[string]cty.Value{}
		for typ, names := range dataObj {
			obj[typ] = cty.ObjectVal(names)
		}
		vars["data"] = cty.ObjectVal(obj)
	}
	for typ, names := range resObj {
		if _, taken := vars[typ]; !taken {
			vars[typ] = cty.ObjectVal(names)
		}
	}
	return &hcl.EvalContext{Variables: vars, Functions: m.functions(expr)}
}

// functions returns the module's function table, with a stub that returns
// an unknown value for every function the expression calls that is not
// implemented (provider functions, newer Terraform functions).
func (m *modInst) functions(expr hcl.Expression) map[string]function.Function {
	funcs := m.s.moduleFuncs(m.cfg)
	node, ok := expr.(hclsyntax.Node)
	if !ok {
		return funcs
	}
	hclsyntax.VisitAll(node, func(n hclsyntax.Node) hcl.Diagnostics {
		fc, ok := n.(*hclsyntax.FunctionCallExpr)
		if !ok {
			return nil
		}
		if _, ok := funcs[fc.Name]; ok {
			return nil
		}
		funcs[fc.Name] = unknownFunc
		if !m.s.unknownFuncs[fc.Name] {
			m.s.unknownFuncs[fc.Name] = true
			m.s.diags = append(m.s.diags, model.Diagnostic{Severity: model.DiagNotice,
				Position: hclPos(fc.NameRange.Start, fc.NameRange.Filename),
				Summary:  fmt.Sprintf("function %s is not evaluated statically; its results are unknown", fc.Name)})
		}
		return nil
	})
	return funcs
}

func attrAt(t hcl.Traversal, i int) string {
	if len(t) <= i {
		return ""
	}
	switch st := t[i].(type) {
	case hcl.TraverseAttr:
		return st.Name
	case hcl.TraverseIndex:
		if st.Key.Type() == cty.String && st.Key.IsKnown() && !st.Key.IsNull() {
			return st.Key.AsString()
		}
	}
	return ""
}

func (m *modInst) pathObject() cty.Value {
	mod := "."
	if m.cfg != nil {
		mod = relPath(m.s.rootDir, m.cfg.dir)
	}
	return cty.ObjectVal(map[string]cty.Value{
		"module": cty.StringVal(mod), "root": cty.StringVal("."), "cwd": cty.StringVal("."),
	})
}

// variable returns the value of an input variable of the instance.
func (m *modInst) variable(name string) cty.Value {
	return m.lazy(m.vars, name, "var."+name, m.cfg.variables[name].pos, func() cty.Value {
		decl := m.cfg.variables[name]
		var raw cty.Value
		set := false
		if m.parent == nil {
			raw, set = m.rootVars[name]
		} else if a := m.call.attrs[name]; a != nil {
			raw, set = m.parent.eval(a.Expr, m.callExtra), true
		}
		if !set {
			if decl.def != nil {
				v, diags := decl.def.Value(nil)
				m.s.addHCLDiags(diags, model.DiagWarning)
				raw = v
				if diags.HasErrors() {
					raw = cty.DynamicVal
				}
			} else {
				raw = cty.DynamicVal
				if m.parent == nil {
					m.s.diags = append(m.s.diags, model.Diagnostic{Severity: model.DiagNotice, Position: decl.pos,
						Summary: fmt.Sprintf("variable %q has no value; treated as unknown", name)})
				}
			}
		}
		if decl.typeExpr != nil {
			ty, defaults, diags := typeexpr.TypeConstraintWithDefaults(decl.typeExpr)
			if !diags.HasErrors() {
				v, err := convertMarked(raw, ty, defaults)
				if err != nil {
					m.s.diags.Warnf(decl.pos, "value of variable %q does not match its type: %v", name, err)
				} else {
					raw = v
				}
			}
		}
		if decl.sensitive {
			raw = raw.Mark(sensitiveMark{})
		}
		return raw
	})
}

// convertMarked converts a value that may carry marks deep inside.
func convertMarked(v cty.Value, ty cty.Type, defaults *typeexpr.Defaults) (cty.Value, error) {
	uv, pvm := v.UnmarkDeepWithPaths()
	if defaults != nil && uv.IsKnown() && !uv.IsNull() {
		uv = defaults.Apply(uv)
	}
	out, err := convert.Convert(uv, ty)
	if err != nil {
		return v, err
	}
	out = out.MarkWithPaths(pvm)
	for _, p := range pvm {
		if p.Marks.Has(sensitiveMark{}) && !out.ContainsMarked() {
			return out.Mark(sensitiveMark{}), nil // structure changed: redact it all
		}
	}
	return out, nil
}

func (m *modInst) local(name string) cty.Value {
	a := m.cfg.locals[name]
	return m.lazy(m.locals, name, "local."+name, hclPos(a.NameRange.Start, a.NameRange.Filename), func() cty.Value {
		return m.eval(m.cfg.locals[name].Expr, nil)
	})
}

func (m *modInst) output(name string) cty.Value {
	return m.lazy(m.outputs, name, "output."+name, m.cfg.outputs[name].pos, func() cty.Value {
		o := m.cfg.outputs[name]
		v := stripRefs(m.eval(o.expr, nil))
		if o.sensitive {
			v = v.Mark(sensitiveMark{})
		}
		return v
	})
}

// outputObject is the object of all outputs of the instance.
func (m *modInst) outputObject() cty.Value {
	if m.cfg == nil {
		return cty.DynamicVal
	}
	if m.outObj == nil {
		m.outObj = &lazyVal{}
	}
	tab := map[string]*lazyVal{"": m.outObj}
	return m.lazy(tab, "", "outputs", model.Position{}, func() cty.Value {
		names := make([]string, 0, len(m.cfg.outputs))
		for n := range m.cfg.outputs {
			names = append(names, n)
		}
		sort.Strings(names)
		obj := make(map[string]cty.Value, len(names))
		for _, n := range names {
			obj[n] = m.output(n)
		}
		return cty.ObjectVal(obj)
	})
}

// stripRefs drops resource references from a module output: a parent sees
// module.x.out as unknown without a reference. Sensitivity is kept.
func stripRefs(v cty.Value) cty.Value {
	if !v.ContainsMarked() {
		return v
	}
	uv, pvm := v.UnmarkDeepWithPaths()
	var keep []cty.PathValueMarks
	for _, p := range pvm {
		if p.Marks.Has(sensitiveMark{}) {
			keep = append(keep, cty.PathValueMarks{Path: p.Path, Marks: cty.NewValueMarks(sensitiveMark{})})
		}
	}
	return uv.MarkWithPaths(keep)
}

// resourceValue is what a reference to a resource evaluates to: unknown
// values marked with the instance address, shaped by count / for_each.
func (m *modInst) resourceValue(r *resourceDecl) cty.Value {
	return m.lazy(m.resVals, r.addr(), r.addr(), r.pos, func() cty.Value {
		base := m.prefix() + r.addr()
		exp := m.resourceExpansion(r)
		inst := func(k instKey) cty.Value {
			if r.mode == model.ModeData && r.typ == "aws_iam_policy_document" {
				return m.policyDocValue(r, k, r.addr()+k.suffix)
			}
			return cty.DynamicVal.Mark(refMark{base + k.suffix})
		}
		switch exp.kind {
		case expandNone:
			return inst(exp.keys[0])
		case expandCount:
			if len(exp.keys) == 0 {
				return cty.EmptyTupleVal
			}
			elems := make([]cty.Value, len(exp.keys))
			for i, k := range exp.keys {
				elems[i] = inst(k)
			}
			return cty.TupleVal(elems)
		case expandForEach:
			obj := make(map[string]cty.Value, len(exp.keys))
			for _, k := range exp.keys {
				obj[k.key.AsString()] = inst(k)
			}
			return cty.ObjectVal(obj)
		}
		return cty.DynamicVal.Mark(refMark{base})
	})
}

func (m *modInst) resourceExpansion(r *resourceDecl) *expansion {
	if e := m.expansions[r]; e != nil {
		return e
	}
	// Guard against a count that refers to its own resource.
	m.expansions[r] = &expansion{kind: expandUnknown, keys: []instKey{unknownKey(r.count != nil)}}
	e := m.expand(r.count, r.forEach, m.prefix()+r.addr(), r.pos)
	m.expansions[r] = e
	return e
}

func unknownKey(count bool) instKey {
	if count {
		return instKey{key: cty.DynamicVal, extra: map[string]cty.Value{
			"count": cty.ObjectVal(map[string]cty.Value{"index": cty.UnknownVal(cty.Number)})}}
	}
	return instKey{key: cty.DynamicVal, extra: map[string]cty.Value{
		"each": cty.ObjectVal(map[string]cty.Value{"key": cty.UnknownVal(cty.String), "value": cty.DynamicVal})}}
}

// expand evaluates count / for_each. An expansion that is not statically
// known yields one instance without a key (and a notice).
func (m *modInst) expand(count, forEach hcl.Expression, what string, pos model.Position) *expansion {
	switch {
	case count != nil:
		return m.expandCount(count, what, pos)
	case forEach != nil:
		return m.expandForEach(forEach, what, pos)
	}
	return &expansion{kind: expandNone, keys: []instKey{{}}}
}

func (m *modInst) notKnown(what, arg string, pos model.Position, why string) {
	m.s.diags = append(m.s.diags, model.Diagnostic{Severity: model.DiagNotice, Position: pos,
		Summary: fmt.Sprintf("%s of %s is not known statically (%s); scanned as one instance without a key", arg, what, why)})
}

func (m *modInst) expandCount(expr hcl.Expression, what string, pos model.Position) *expansion {
	unknown := &expansion{kind: expandUnknown, keys: []instKey{unknownKey(true)}}
	v, marks := m.eval(expr, nil).UnmarkDeep()
	if marks.Has(sensitiveMark{}) {
		m.notKnown(what, "count", pos, "sensitive")
		return unknown
	}
	if !v.IsKnown() {
		m.notKnown(what, "count", pos, "depends on values known only after apply")
		return unknown
	}
	v, err := convert.Convert(v, cty.Number)
	if err != nil || v.IsNull() {
		m.s.diags.Warnf(pos, "count of %s is not a number", what)
		return unknown
	}
	n, acc := v.AsBigFloat().Int64()
	if acc != 0 || n < 0 {
		m.s.diags.Warnf(pos, "count of %s must be a whole non-negative number", what)
		return unknown
	}
	if n > int64(m.s.lim.MaxInstances) {
		m.notKnown(what, "count", pos, fmt.Sprintf("more than %d instances", m.s.lim.MaxInstances))
		return unknown
	}
	e := &expansion{kind: expandCount, keys: make([]instKey, n)}
	for i := range e.keys {
		e.keys[i] = instKey{suffix: "[" + strconv.Itoa(i) + "]", key: cty.NumberIntVal(int64(i)),
			extra: map[string]cty.Value{"count": cty.ObjectVal(map[string]cty.Value{"index": cty.NumberIntVal(int64(i))})}}
	}
	return e
}

func (m *modInst) expandForEach(expr hcl.Expression, what string, pos model.Position) *expansion {
	unknown := &expansion{kind: expandUnknown, keys: []instKey{unknownKey(false)}}
	mv := m.eval(expr, nil)
	v, marks := mv.Unmark()
	if marks.Has(sensitiveMark{}) {
		m.notKnown(what, "for_each", pos, "sensitive")
		return unknown
	}
	if !v.IsKnown() {
		m.notKnown(what, "for_each", pos, "depends on values known only after apply")
		return unknown
	}
	if v.IsNull() {
		m.s.diags.Warnf(pos, "for_each of %s is null", what)
		return unknown
	}
	ty := v.Type()
	e := &expansion{kind: expandForEach}
	switch {
	case ty.IsMapType() || ty.IsObjectType():
		if v.LengthInt() > m.s.lim.MaxInstances {
			m.notKnown(what, "for_each", pos, fmt.Sprintf("more than %d instances", m.s.lim.MaxInstances))
			return unknown
		}
		for it := v.ElementIterator(); it.Next(); {
			k, val := it.Element()
			key := k.AsString()
			e.keys = append(e.keys, forEachKey(key, val))
		}
	case ty.IsSetType():
		if !v.IsWhollyKnown() {
			m.notKnown(what, "for_each", pos, "set elements known only after apply")
			return unknown
		}
		if v.LengthInt() > m.s.lim.MaxInstances {
			m.notKnown(what, "for_each", pos, fmt.Sprintf("more than %d instances", m.s.lim.MaxInstances))
			return unknown
		}
		for it := v.ElementIterator(); it.Next(); {
			_, val := it.Element()
			sv, marks := val.Unmark()
			if len(marks) > 0 && marks.Has(sensitiveMark{}) {
				m.notKnown(what, "for_each", pos, "sensitive")
				return unknown
			}
			sv, err := convert.Convert(sv, cty.String)
			if err != nil || sv.IsNull() {
				m.s.diags.Warnf(pos, "for_each of %s must be a map or a set of strings", what)
				return unknown
			}
			e.keys = append(e.keys, forEachKey(sv.AsString(), sv))
		}
	default:
		m.s.diags.Warnf(pos, "for_each of %s must be a map or a set of strings, not %s", what, ty.FriendlyName())
		return unknown
	}
	return e
}

func forEachKey(key string, val cty.Value) instKey {
	return instKey{suffix: "[" + strconv.Quote(key) + "]", key: cty.StringVal(key),
		extra: map[string]cty.Value{"each": cty.ObjectVal(map[string]cty.Value{"key": cty.StringVal(key), "value": val})}}
}

// childSet resolves and expands a module call.
func (m *modInst) childSet(name string) *childSet {
	if cs := m.children[name]; cs != nil {
		return cs
	}
	call := m.cfg.callByName[name]
	cs := &childSet{call: call, exp: &expansion{kind: expandUnknown, keys: []instKey{unknownKey(call.count != nil)}}}
	m.children[name] = cs // placeholder against cycles through count / for_each
	what := m.prefix() + "module." + name
	cs.exp = m.expand(call.count, call.forEach, what, call.pos)
	cfg, remote := m.s.resolveModule(m, call)
	key := name
	if m.key != "" {
		key = m.key + "." + name
	}
	for _, k := range cs.exp.keys {
		if !m.s.spend(1, call.pos) {
			break
		}
		ch := newInst(m.s, cfg)
		ch.parent, ch.call, ch.callExtra, ch.key, ch.depth = m, call, k.extra, key, m.depth+1
		ch.path = m.prefix() + "module." + name + k.suffix
		ch.remote = m.remote
		if ch.remote == nil && remote {
			p := call.pos
			ch.remote = &p
		}
		ch.supps = append(append([]model.Suppression(nil), m.supps...), m.cfg.suppressionsFor(call.file, call.pos.Line, call.endLine)...)
		cs.insts = append(cs.insts, ch)
	}
	return cs
}

// moduleValue is what module.<name> evaluates to: the outputs, shaped by
// count / for_each.
func (m *modInst) moduleValue(name string) cty.Value {
	cs := m.childSet(name)
	switch cs.state {
	case 2:
		return cs.val
	case 1:
		return cty.DynamicVal
	}
	cs.state = 1
	var v cty.Value
	switch cs.exp.kind {
	case expandNone:
		v = cs.insts[0].outputObject()
	case expandCount:
		if len(cs.insts) == 0 {
			v = cty.EmptyTupleVal
		} else {
			elems := make([]cty.Value, len(cs.insts))
			for i, ch := range cs.insts {
				elems[i] = ch.outputObject()
			}
			v = cty.TupleVal(elems)
		}
	case expandForEach:
		obj := make(map[string]cty.Value, len(cs.insts))
		for i, ch := range cs.insts {
			obj[cs.exp.keys[i].key.AsString()] = ch.outputObject()
		}
		v = cty.ObjectVal(obj)
	default:
		v = cty.DynamicVal
	}
	cs.val, cs.state = v, 2
	return v
}

// providerMap resolves the provider configurations visible in the instance.
func (m *modInst) providerMap() map[string]providerInfo {
	if m.providers != nil {
		return m.providers
	}
	pm := map[string]providerInfo{}
	m.providers = pm // against cycles through provider arguments
	if m.parent != nil {
		if m.call.providers != nil {
			pairs, diags := hcl.ExprMap(m.call.providers)
			m.s.addHCLDiags(diags, model.DiagWarning)
			for _, p := range pairs {
				kt, d1 := hcl.AbsTraversalForExpr(p.Key)
				vt, d2 := hcl.AbsTraversalForExpr(p.Value)
				if d1.HasErrors() || d2.HasErrors() {
					continue
				}
				pm[traversalName(kt)] = m.parent.provider(traversalName(vt))
			}
		} else {
			for k, v := range m.parent.providerMap() {
				if !strings.Contains(k, ".") {
					pm[k] = v
				}
			}
		}
	}
	if m.cfg != nil {
		for _, p := range m.cfg.providers {
			key := p.name
			if p.alias != "" {
				key += "." + p.alias
			}
			region := cty.DynamicVal
			if c, _, _ := p.body.PartialContent(&hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "region"}}}); c != nil {
				if a := c.Attributes["region"]; a != nil {
					region = m.eval(a.Expr, nil)
				}
			}
			local := key
			if m.parent != nil {
				key = m.path + "." + key // a provider configured inside a module
			}
			pm[local] = providerInfo{key: key, region: region}
		}
	}
	return pm
}

// provider returns the configuration a local provider name refers to.
func (m *modInst) provider(name string) providerInfo {
	if p, ok := m.providerMap()[name]; ok {
		return p
	}
	if m.parent != nil && !strings.Contains(name, ".") {
		// Default configurations are inherited; Terraform also resolves a
		// default provider missing from a providers map to the parent's.
		return m.parent.provider(name)
	}
	return providerInfo{key: name, region: cty.DynamicVal}
}

// regionOf renders a region value when it is a known, non-sensitive string.
func regionOf(v cty.Value) string {
	v, marks := v.UnmarkDeep()
	if marks.Has(sensitiveMark{}) || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return ""
	}
	return v.AsString()
}

// resolveModule finds the configuration of a module call. It reports calls
// it cannot follow (remote sources without terraform init, sources outside
// the tree, cycles, depth) and returns a nil configuration for them.
func (s *scanner) resolveModule(parent *modInst, call *moduleCall) (*moduleConfig, bool) {
	src := call.source
	local := strings.HasPrefix(src, "./") || strings.HasPrefix(src, "../") || src == "." || src == ".." ||
		strings.HasPrefix(src, ".\\") || strings.HasPrefix(src, "..\\")
	remote := !local
	what := parent.prefix() + "module." + call.name
	if call.invalid {
		return nil, remote // reported when the block was read
	}
	if src == "" {
		s.diags.Errorf(call.pos, "module %s has no source", what)
		return nil, remote
	}
	if parent.depth+1 > s.lim.MaxModuleDepth {
		s.diags.Errorf(call.pos, "module %s not scanned: modules nested deeper than %d", what, s.lim.MaxModuleDepth)
		return nil, remote
	}
	key := call.name
	if parent.key != "" {
		key = parent.key + "." + call.name
	}
	var dir, display string
	if e, ok := s.manifest[key]; ok && (remote || s.snapshot) {
		if e.err != nil {
			s.diags.Errorf(call.pos, "module %s (source %s) not scanned: %v", what, src, e.err)
			return nil, remote
		}
		if s.snapshot {
			dir = path.Join(s.rootDir, "m-"+key)
			display = path.Join(s.display, e.Dir)
		} else {
			dir = path.Join(s.rootDir, e.Dir)
			display = s.displayFor(dir)
		}
	} else if local && parent.cfg != nil && !s.snapshot {
		dir = path.Join(parent.cfg.dir, strings.ReplaceAll(src, "\\", "/"))
		display = path.Join(parent.cfg.displayDir, strings.ReplaceAll(src, "\\", "/"))
		if dir == ".." || strings.HasPrefix(dir, "../") {
			s.diags = append(s.diags, model.Diagnostic{Severity: model.DiagNotice, Position: call.pos,
				Summary: fmt.Sprintf("module %s (source %s) not scanned: it is outside the scanned directory", what, src)})
			return nil, remote
		}
	} else {
		// The resources of this module are not evaluated; those the
		// caller declares are.
		s.diags.Warnf(call.pos, "module %s (source %s) not evaluated: it is not installed; running terraform init (which writes %s) would fix it", what, src, s.manifestPath())
		return nil, remote
	}
	if err := s.moduleDirInside(dir); err != nil {
		s.diags.Errorf(call.pos, "module %s not scanned: source %s", what, readProblem(src, err))
		return nil, remote
	}
	for p := parent; p != nil; p = p.parent {
		if p.cfg != nil && p.cfg.dir == dir {
			if p == parent {
				s.diags.Errorf(call.pos, "module %s not scanned: module cycle, it calls itself (source %s)", what, src)
			} else {
				s.diags.Errorf(call.pos, "module %s not scanned: module cycle, source %s is the directory of %s, which calls it", what, src, instName(p))
			}
			return nil, remote
		}
	}
	return s.loadModule(dir, display), remote
}

func instName(m *modInst) string {
	if m.path == "" {
		return "the root module"
	}
	return m.path
}

// failedCall tells a function that failed on known arguments: Terraform
// rejects such a configuration at plan time, so iacvet does too (fail
// closed) instead of scanning on with an unknown value. A function iacvet
// does not know stays a warning: that is iacvet's gap, not the input's.
func failedCall(d *hcl.Diagnostic) bool {
	return d.Severity == hcl.DiagError && (d.Summary == "Error in function call" || d.Summary == "Invalid function argument")
}
