package cfn

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/big"
	"net/netip"
	"sort"
	"strconv"
	"strings"

	"github.com/iacvet/iacvet/model"
)

// maxDepth bounds intrinsic evaluation (nested functions, Sub variables,
// Condition references).
const maxDepth = 64

// maxSteps bounds the values evaluated in one template: aliases are bounded
// by maxNodes, but a big aliased Globals section or mapping is evaluated
// again for every resource that uses it.
const maxSteps = 4 * maxNodes

// noValue is what AWS::NoValue resolves to: the key is removed.
type noValue struct{}

type tri int

const (
	triFalse tri = iota
	triTrue
	triUnknown
)

// evaluator resolves intrinsic functions in one template.
type evaluator struct {
	file       string
	prefix     string // address prefix for resource references
	params     map[string]any
	mappings   *node
	conditions *node
	condCache  map[string]tri
	condBusy   map[string]bool
	resources  map[string]bool
	pseudo     map[string]any
	diags      *model.Diagnostics
	positions  map[string]model.Position
	depth      int
	steps      int
	warned     map[string]bool
}

func (e *evaluator) warn(pos model.Position, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	key := pos.String() + msg
	if e.warned[key] {
		return
	}
	e.warned[key] = true
	*e.diags = append(*e.diags, model.Diagnostic{Severity: model.DiagWarning, Position: pos, Summary: msg})
}

func (e *evaluator) fail(pos model.Position, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	key := pos.String() + msg
	if e.warned[key] {
		return
	}
	e.warned[key] = true
	*e.diags = append(*e.diags, model.Diagnostic{Severity: model.DiagError, Position: pos, Summary: msg})
}

// intrinsic returns the function name when n is a one-key intrinsic map.
func intrinsic(n *node) (string, *node, bool) {
	if n == nil || n.kind != mapNode || len(n.keys) != 1 {
		return "", nil, false
	}
	k := n.keys[0]
	if k == "Ref" || k == "Condition" || strings.HasPrefix(k, "Fn::") {
		return k, n.vals[k], true
	}
	return "", nil, false
}

// resolve evaluates n without recording positions (arguments of
// functions, parameter defaults, mapping values).
func (e *evaluator) resolve(n *node, _ string) any { return e.value(n, "", false) }

// value evaluates n; with rec it records the position of n at path and of
// everything below it. A key whose value is a mapping or a list is placed
// on the key's line; scalars on their own node.
func (e *evaluator) value(n *node, path string, rec bool) any {
	if n == nil {
		return nil
	}
	e.steps++
	if e.steps > maxSteps {
		if e.steps == maxSteps+1 {
			e.fail(n.pos, "template too expensive to evaluate (more than %d values, SAM Globals or Mappings repeated through aliases); the rest is unknown", maxSteps)
		}
		return model.Unknown{}
	}
	if rec && path != "" {
		e.positions[path] = n.pos
	}
	if fn, arg, ok := intrinsic(n); ok && fn != "Condition" {
		e.depth++
		defer func() { e.depth-- }()
		if e.depth > maxDepth {
			e.fail(n.pos, "intrinsic functions nested deeper than %d levels", maxDepth)
			return model.Unknown{}
		}
		return e.call(fn, arg, n, path, rec)
	}
	switch n.kind {
	case mapNode:
		out := make(map[string]any, len(n.keys))
		for _, k := range n.keys {
			child := joinPath(path, k)
			cn := n.vals[k]
			v := e.value(cn, child, rec)
			if _, drop := v.(noValue); drop {
				if rec {
					e.dropPositions(child)
				}
				continue
			}
			if rec && cn.kind != scalarNode {
				if _, _, isFn := intrinsic(cn); !isFn {
					if kp, ok := n.kpos[k]; ok {
						e.positions[child] = kp
					}
				}
			}
			out[k] = v
		}
		return out
	case listNode:
		out := make([]any, 0, len(n.items))
		for _, item := range n.items {
			child := joinPath(path, strconv.Itoa(len(out)))
			v := e.value(item, child, rec)
			if _, drop := v.(noValue); drop {
				if rec {
					e.dropPositions(child)
				}
				continue
			}
			out = append(out, v)
		}
		return out
	default:
		return dynamic(n.scalar())
	}
}

// dynamic turns strings holding a dynamic reference
// ("{{resolve:ssm:/path}}", "{{resolve:secretsmanager:…}}"), which
// CloudFormation resolves at deploy time, into Unknown.
func dynamic(v any) any {
	if s, ok := v.(string); ok && strings.Contains(s, "{{resolve:") {
		return model.Unknown{}
	}
	return v
}

// dropPositions forgets the position of a value removed by AWS::NoValue
// (a Ref, which records nothing below itself).
func (e *evaluator) dropPositions(path string) { delete(e.positions, path) }

func joinPath(a, b string) string {
	if a == "" {
		return b
	}
	return a + "/" + b
}

// call evaluates one intrinsic function.
func (e *evaluator) call(fn string, arg, n *node, path string, rec bool) any {
	switch fn {
	case "Ref":
		name, ok := arg.text()
		if !ok {
			e.fail(n.pos, "Ref needs a name")
			return model.Unknown{}
		}
		return e.ref(name, n.pos)
	case "Fn::GetAtt":
		var res string
		switch {
		case arg.kind == listNode && len(arg.items) >= 1:
			res, _ = arg.items[0].text()
		case arg.kind == scalarNode:
			res, _, _ = strings.Cut(arg.str, ".")
		}
		if e.resources[res] {
			return model.Unknown{Ref: e.prefix + res}
		}
		e.warn(n.pos, "Fn::GetAtt refers to %q, which is not a resource of the template", res)
		return model.Unknown{}
	case "Fn::If":
		if arg.kind != listNode || len(arg.items) != 3 {
			e.fail(n.pos, "Fn::If needs [condition, value if true, value if false]")
			return model.Unknown{}
		}
		name, _ := arg.items[0].text()
		switch e.condition(name, arg.items[0].pos) {
		case triTrue:
			return e.value(arg.items[1], path, rec)
		case triFalse:
			return e.value(arg.items[2], path, rec)
		}
		return model.Unknown{}
	case "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not":
		switch e.condExpr(n) {
		case triTrue:
			return true
		case triFalse:
			return false
		}
		return model.Unknown{}
	case "Fn::Join":
		return e.join(arg, n, path)
	case "Fn::Sub":
		return e.sub(arg, n, path)
	case "Fn::Select":
		if arg.kind != listNode || len(arg.items) != 2 {
			e.fail(n.pos, "Fn::Select needs [index, list]")
			return model.Unknown{}
		}
		idx, ok := toInt(e.resolve(arg.items[0], ""))
		list := e.resolve(arg.items[1], "")
		l, isList := list.([]any)
		if !ok || !isList {
			return model.Unknown{}
		}
		if idx < 0 || idx >= len(l) {
			e.fail(n.pos, "Fn::Select index %d out of range (list of %d)", idx, len(l))
			return model.Unknown{}
		}
		return l[idx]
	case "Fn::Split":
		if arg.kind != listNode || len(arg.items) != 2 {
			e.fail(n.pos, "Fn::Split needs [delimiter, string]")
			return model.Unknown{}
		}
		delim, ok1 := e.resolve(arg.items[0], "").(string)
		s, ok2 := e.resolve(arg.items[1], "").(string)
		if !ok1 || !ok2 {
			return model.Unknown{}
		}
		var out []any
		for _, part := range strings.Split(s, delim) {
			out = append(out, part)
		}
		return out
	case "Fn::FindInMap":
		return e.findInMap(arg, n)
	case "Fn::Base64":
		s, ok := e.resolve(arg, "").(string)
		if !ok {
			return model.Unknown{}
		}
		return base64.StdEncoding.EncodeToString([]byte(s))
	case "Fn::Cidr":
		return e.cidr(arg, n)
	case "Fn::ToJsonString":
		return toJSONString(e.resolve(arg, ""))
	case "Fn::GetAZs", "Fn::ImportValue", "Fn::Transform", "Fn::GetStackOutput":
		return model.Unknown{}
	case "Fn::Length":
		if l, ok := e.resolve(arg, "").([]any); ok {
			return json.Number(strconv.Itoa(len(l)))
		}
		return model.Unknown{}
	}
	e.warn(n.pos, "unknown intrinsic function %s; its value is treated as unknown", fn)
	return model.Unknown{}
}

// ref resolves a Ref to a parameter, pseudo parameter or resource.
func (e *evaluator) ref(name string, pos model.Position) any {
	if v, ok := e.params[name]; ok {
		return v
	}
	if name == "AWS::NoValue" {
		return noValue{}
	}
	if v, ok := e.pseudo[name]; ok {
		return v
	}
	if strings.HasPrefix(name, "AWS::") {
		return model.Unknown{}
	}
	if e.resources[name] {
		return model.Unknown{Ref: e.prefix + name}
	}
	e.warn(pos, "Ref to %q, which is neither a parameter nor a resource", name)
	return model.Unknown{}
}

func (e *evaluator) join(arg, n *node, path string) any {
	if arg.kind != listNode || len(arg.items) != 2 {
		e.fail(n.pos, "Fn::Join needs [delimiter, list]")
		return model.Unknown{}
	}
	delim, ok := e.resolve(arg.items[0], "").(string)
	if !ok {
		return model.Unknown{}
	}
	list := e.resolve(arg.items[1], "")
	l, isList := list.([]any)
	if !isList {
		return unknownFrom(list)
	}
	parts := make([]string, 0, len(l))
	for _, item := range l {
		s, ok := scalarString(item)
		if !ok {
			return unknownFrom(item)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, delim)
}

func unknownFrom(v any) model.Unknown {
	if u, ok := v.(model.Unknown); ok {
		return u
	}
	return model.Unknown{}
}

// sub evaluates Fn::Sub: "${Name}", "${Res.Attr}", "${!Literal}".
func (e *evaluator) sub(arg, n *node, path string) any {
	var tmpl string
	vars := map[string]any{}
	switch {
	case arg.kind == scalarNode:
		tmpl = arg.str
	case arg.kind == listNode && len(arg.items) == 2 && arg.items[0].kind == scalarNode && arg.items[1].kind == mapNode:
		tmpl = arg.items[0].str
		for _, k := range arg.items[1].keys {
			vars[k] = e.resolve(arg.items[1].vals[k], "")
		}
	default:
		e.fail(n.pos, "Fn::Sub needs a string or [string, {variables}]")
		return model.Unknown{}
	}
	var b strings.Builder
	var unknown *model.Unknown
	for {
		i := strings.Index(tmpl, "${")
		if i < 0 {
			b.WriteString(tmpl)
			break
		}
		b.WriteString(tmpl[:i])
		rest := tmpl[i+2:]
		j := strings.IndexByte(rest, '}')
		if j < 0 {
			b.WriteString(tmpl[i:])
			break
		}
		name := strings.TrimSpace(rest[:j])
		tmpl = rest[j+1:]
		if strings.HasPrefix(name, "!") {
			b.WriteString("${" + name[1:] + "}")
			continue
		}
		var v any
		if val, ok := vars[name]; ok {
			v = val
		} else if res, _, dotted := strings.Cut(name, "."); dotted && !strings.HasPrefix(name, "AWS::") {
			if e.resources[res] {
				v = model.Unknown{Ref: e.prefix + res}
			} else {
				e.warn(n.pos, "Fn::Sub refers to %q, which is not a resource of the template", name)
				v = model.Unknown{}
			}
		} else {
			v = e.ref(name, n.pos)
		}
		s, ok := scalarString(v)
		if !ok {
			if unknown == nil {
				u := unknownFrom(v)
				unknown = &u
			}
			continue
		}
		b.WriteString(s)
	}
	if unknown != nil {
		return *unknown
	}
	return dynamic(b.String())
}

func (e *evaluator) findInMap(arg, n *node) any {
	if arg.kind != listNode || len(arg.items) < 3 {
		e.fail(n.pos, "Fn::FindInMap needs [map, top-level key, second-level key]")
		return model.Unknown{}
	}
	keys := make([]string, 3)
	for i := 0; i < 3; i++ {
		s, ok := scalarString(e.resolve(arg.items[i], ""))
		if !ok {
			return model.Unknown{}
		}
		keys[i] = s
	}
	v := e.mappings.get(keys[0]).get(keys[1]).get(keys[2])
	if v == nil {
		if len(arg.items) == 4 {
			if def := arg.items[3].get("DefaultValue"); def != nil {
				return e.resolve(def, "")
			}
		}
		e.fail(n.pos, "Fn::FindInMap: no value for %s/%s/%s in Mappings", keys[0], keys[1], keys[2])
		return model.Unknown{}
	}
	return e.resolve(v, "")
}

// cidr implements Fn::Cidr [ipBlock, count, cidrBits].
func (e *evaluator) cidr(arg, n *node) any {
	if arg.kind != listNode || len(arg.items) != 3 {
		e.fail(n.pos, "Fn::Cidr needs [ipBlock, count, cidrBits]")
		return model.Unknown{}
	}
	block, ok := e.resolve(arg.items[0], "").(string)
	count, ok2 := toInt(e.resolve(arg.items[1], ""))
	bits, ok3 := toInt(e.resolve(arg.items[2], ""))
	if !ok || !ok2 || !ok3 {
		return model.Unknown{}
	}
	prefix, err := netip.ParsePrefix(block)
	if err != nil {
		e.fail(n.pos, "Fn::Cidr: %v", err)
		return model.Unknown{}
	}
	total := prefix.Addr().BitLen()
	newLen := total - bits
	if bits <= 0 || newLen < prefix.Bits() || count < 1 || count > 256 {
		e.fail(n.pos, "Fn::Cidr: cannot cut %d subnets with %d host bits from %s", count, bits, block)
		return model.Unknown{}
	}
	if avail := newLen - prefix.Bits(); avail < 63 && count > 1<<avail {
		e.fail(n.pos, "Fn::Cidr: %s holds only %d subnets of /%d", block, 1<<avail, newLen)
		return model.Unknown{}
	}
	base := new(big.Int).SetBytes(prefix.Masked().Addr().AsSlice())
	step := new(big.Int).Lsh(big.NewInt(1), uint(bits))
	out := make([]any, 0, count)
	for i := 0; i < count; i++ {
		v := new(big.Int).Add(base, new(big.Int).Mul(step, big.NewInt(int64(i))))
		buf := v.FillBytes(make([]byte, total/8))
		addr, _ := netip.AddrFromSlice(buf)
		out = append(out, netip.PrefixFrom(addr, newLen).String())
	}
	return out
}

// condition evaluates a named condition, cycle-safe.
func (e *evaluator) condition(name string, pos model.Position) tri {
	if v, ok := e.condCache[name]; ok {
		return v
	}
	def := e.conditions.get(name)
	if def == nil {
		e.fail(pos, "condition %q is not defined", name)
		return triUnknown
	}
	if e.condBusy[name] {
		e.fail(pos, "condition %q refers to itself", name)
		return triUnknown
	}
	e.condBusy[name] = true
	v := e.condExpr(def)
	delete(e.condBusy, name)
	e.condCache[name] = v
	return v
}

func (e *evaluator) condExpr(n *node) tri {
	e.depth++
	defer func() { e.depth-- }()
	if e.depth > maxDepth {
		e.fail(n.pos, "conditions nested deeper than %d levels", maxDepth)
		return triUnknown
	}
	fn, arg, ok := intrinsic(n)
	if !ok {
		switch v := e.resolve(n, "").(type) {
		case bool:
			return boolTri(v)
		case string:
			if b, err := strconv.ParseBool(v); err == nil {
				return boolTri(b)
			}
		}
		return triUnknown
	}
	switch fn {
	case "Condition":
		name, _ := arg.text()
		return e.condition(name, n.pos)
	case "Fn::Equals":
		if arg.kind != listNode || len(arg.items) != 2 {
			e.fail(n.pos, "Fn::Equals needs two values")
			return triUnknown
		}
		a, b := e.resolve(arg.items[0], ""), e.resolve(arg.items[1], "")
		as, ok1 := scalarString(a)
		bs, ok2 := scalarString(b)
		if !ok1 || !ok2 {
			return triUnknown
		}
		return boolTri(as == bs)
	case "Fn::Not":
		if arg.kind != listNode || len(arg.items) != 1 {
			e.fail(n.pos, "Fn::Not needs one condition")
			return triUnknown
		}
		switch e.condExpr(arg.items[0]) {
		case triTrue:
			return triFalse
		case triFalse:
			return triTrue
		}
		return triUnknown
	case "Fn::And", "Fn::Or":
		if arg.kind != listNode || len(arg.items) < 1 {
			e.fail(n.pos, "%s needs a list of conditions", fn)
			return triUnknown
		}
		result := boolTri(fn == "Fn::And")
		for _, item := range arg.items {
			v := e.condExpr(item)
			if fn == "Fn::And" && v == triFalse || fn == "Fn::Or" && v == triTrue {
				return v
			}
			if v == triUnknown {
				result = triUnknown
			}
		}
		return result
	}
	switch v := e.call(fn, arg, n, "", false).(type) {
	case bool:
		return boolTri(v)
	case string:
		if b, err := strconv.ParseBool(v); err == nil {
			return boolTri(b)
		}
	}
	return triUnknown
}

func boolTri(b bool) tri {
	if b {
		return triTrue
	}
	return triFalse
}

func toInt(v any) (int, bool) {
	s, ok := scalarString(v)
	if !ok {
		return 0, false
	}
	i, err := strconv.Atoi(s)
	return i, err == nil
}

func scalarString(v any) (string, bool) {
	switch tv := v.(type) {
	case string:
		return tv, true
	case json.Number:
		return tv.String(), true
	case bool:
		return strconv.FormatBool(tv), true
	}
	return "", false
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// toJSONString is Fn::ToJsonString (AWS::LanguageExtensions): the value as
// compact JSON, unknown when any part of it is not a plain known value.
func toJSONString(v any) any {
	var known func(any) bool
	known = func(v any) bool {
		switch tv := v.(type) {
		case nil, string, bool, json.Number:
			return true
		case []any:
			for _, x := range tv {
				if !known(x) {
					return false
				}
			}
			return true
		case map[string]any:
			for _, x := range tv {
				if !known(x) {
					return false
				}
			}
			return true
		}
		return false
	}
	if !known(v) {
		return model.Unknown{}
	}
	out, err := json.Marshal(v)
	if err != nil {
		return model.Unknown{}
	}
	return string(out)
}
