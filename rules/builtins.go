package rules

import (
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/topdown"
	"github.com/open-policy-agent/opa/v1/types"
)

// iacvet's own Rego builtins. The helper library (policies/lib) calls them
// for the checks that nearly every rule makes on every resource, where an
// interpreted Rego function costs several times a Go call: "is this
// attribute missing", "is this value known", "is it true". Their semantics
// are those of the Rego helpers they back; policies call the helpers, not
// the builtins.
var (
	builtinMissing = predicate("iacvet.missing",
		"Reports whether a whole resource has no value (absent, null, \"\" or []) at a path of its properties, with nothing unknown or sensitive on the way.",
		types.Named("resource", types.A), types.Named("path", types.NewArray(nil, types.A)))
	builtinKnown = predicate("iacvet.known",
		"Reports whether a value is neither unknown until apply nor redacted.",
		types.Named("value", types.A))
	builtinUnknownAt = predicate("iacvet.unknown_at",
		"Reports whether the value at a path of an object, or any value on the way to it, is unknown until apply.",
		types.Named("object", types.A), types.Named("path", types.NewArray(nil, types.A)))
	builtinIsTrue = predicate("iacvet.is_true",
		"Reports whether a value is true or the string \"true\" in any case.",
		types.Named("value", types.A))

	// iacvetBuiltins lists the builtins; Capabilities adds them.
	iacvetBuiltins = []*ast.Builtin{builtinMissing, builtinKnown, builtinUnknownAt, builtinIsTrue}

	registerOnce sync.Once
)

// predicate declares a builtin that returns a boolean.
func predicate(name, description string, args ...types.Type) *ast.Builtin {
	return &ast.Builtin{
		Name:        name,
		Description: description,
		Decl:        types.NewFunction(types.Args(args...), types.Named("result", types.B)),
	}
}

// registerBuiltins makes the builtins known to OPA's compiler and evaluator
// (OPA keeps both registries process-wide), and puts the size-capped
// versions of numbers.range, numbers.range_step and net.cidr_expand in
// place of OPA's (see cappedBuiltins).
func registerBuiltins() {
	registerOnce.Do(func() {
		impls := map[string]topdown.BuiltinFunc{
			builtinMissing.Name:   bool2(missing),
			builtinKnown.Name:     bool1(known),
			builtinUnknownAt.Name: bool2(unknownAt),
			builtinIsTrue.Name:    bool1(isTrue),
		}
		for _, b := range iacvetBuiltins {
			ast.RegisterBuiltin(b)
			topdown.RegisterBuiltinFunc(b.Name, impls[b.Name])
		}
		for name, f := range cappedBuiltins() {
			topdown.RegisterBuiltinFunc(name, f)
		}
	})
}

func bool1(f func(a ast.Value) bool) topdown.BuiltinFunc {
	return func(_ topdown.BuiltinContext, ops []*ast.Term, iter func(*ast.Term) error) error {
		return iter(ast.InternedTerm(f(ops[0].Value)))
	}
}

func bool2(f func(a, b ast.Value) bool) topdown.BuiltinFunc {
	return func(_ topdown.BuiltinContext, ops []*ast.Term, iter func(*ast.Term) error) error {
		return iter(ast.InternedTerm(f(ops[0].Value, ops[1].Value)))
	}
}

var (
	termPartial    = ast.StringTerm("partial")
	termProperties = ast.StringTerm("properties")
	termTrue       = ast.InternedTerm(true)
)

// marked reports whether v is a marker object ({"$unknown": true} or
// {"$sensitive": true}) with the given key.
func marked(v ast.Value, key *ast.Term) bool {
	obj, ok := v.(ast.Object)
	if !ok {
		return false
	}
	m := obj.Get(key)
	return m != nil && m.Value.Compare(termTrue.Value) == 0
}

func known(v ast.Value) bool { return !marked(v, unknownKey) && !marked(v, sensitiveKey) }

func isTrue(v ast.Value) bool {
	switch tv := v.(type) {
	case ast.Boolean:
		return bool(tv)
	case ast.String:
		s := string(tv)
		return len(s) == 4 && (s[0]|0x20) == 't' && (s[1]|0x20) == 'r' && (s[2]|0x20) == 'u' && (s[3]|0x20) == 'e'
	}
	return false
}

// walk follows path from v as object.get does (object keys, array
// indexes, set members). It returns the value reached, or nil when the path
// does not exist; stop is true when a value reached on the way (or at the
// end) is one of the markers, beyond which nothing can be said.
func walk(v ast.Value, path *ast.Array, markers ...*ast.Term) (ast.Value, bool) {
	for i := 0; i < path.Len(); i++ {
		next := child(v, path.Elem(i))
		if next == nil {
			return nil, false
		}
		v = next.Value
		for _, m := range markers {
			if marked(v, m) {
				return nil, true
			}
		}
	}
	return v, false
}

// child is v[key] for objects, arrays and sets, or nil.
func child(v ast.Value, key *ast.Term) *ast.Term {
	switch tv := v.(type) {
	case ast.Object:
		return tv.Get(key)
	case *ast.Array:
		if n, ok := key.Value.(ast.Number); ok {
			if i, ok := n.Int(); ok && i >= 0 && i < tv.Len() {
				return tv.Elem(i)
			}
		}
	case ast.Set:
		if tv.Contains(key) {
			return key
		}
	}
	return nil
}

// missing backs lib.missing: the resource is whole (not a partial view) and
// its properties hold nothing at path, and nothing on the way is unknown or
// redacted.
func missing(r, p ast.Value) bool {
	obj, ok := r.(ast.Object)
	path, okPath := p.(*ast.Array)
	if !ok || !okPath {
		return false
	}
	if partial := obj.Get(termPartial); partial != nil && partial.Value.Compare(termTrue.Value) == 0 {
		return false
	}
	props := obj.Get(termProperties)
	if props == nil {
		return false
	}
	v, stop := walk(props.Value, path, unknownKey, sensitiveKey)
	if stop {
		return false
	}
	switch tv := v.(type) {
	case nil, ast.Null:
		return true
	case ast.String:
		return tv == ""
	case *ast.Array:
		return tv.Len() == 0
	}
	return false
}

// unknownAt backs lib.unknown_at: the value at path, or one on the way, is
// unknown until apply.
func unknownAt(o, p ast.Value) bool {
	path, ok := p.(*ast.Array)
	if !ok {
		return false
	}
	_, stop := walk(o, path, unknownKey)
	return stop
}
