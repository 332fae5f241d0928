package tfsource

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io/fs"
	"math/big"
	"net/netip"
	"net/url"
	"path"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/customdecode"
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"

	"github.com/iacvet/iacvet/internal/safefs"
)

// baseFunctions is the table of Terraform functions evaluated statically,
// without the file functions (added per module by moduleFuncs).
func baseFunctions() map[string]function.Function {
	return map[string]function.Function{
		"abs": stdlib.AbsoluteFunc, "ceil": stdlib.CeilFunc, "floor": stdlib.FloorFunc, "log": stdlib.LogFunc,
		"max": stdlib.MaxFunc, "min": stdlib.MinFunc, "parseint": stdlib.ParseIntFunc, "pow": stdlib.PowFunc,
		"signum": stdlib.SignumFunc, "sum": sumFunc,

		"chomp": stdlib.ChompFunc, "format": stdlib.FormatFunc, "formatlist": stdlib.FormatListFunc,
		"indent": stdlib.IndentFunc, "join": stdlib.JoinFunc, "lower": stdlib.LowerFunc, "upper": stdlib.UpperFunc,
		"regex": stdlib.RegexFunc, "regexall": stdlib.RegexAllFunc, "replace": replaceFunc, "split": stdlib.SplitFunc,
		"strrev": stdlib.ReverseFunc, "substr": stdlib.SubstrFunc, "title": stdlib.TitleFunc, "trim": stdlib.TrimFunc,
		"trimprefix": stdlib.TrimPrefixFunc, "trimsuffix": stdlib.TrimSuffixFunc, "trimspace": stdlib.TrimSpaceFunc,
		"startswith": stringPredicate(strings.HasPrefix), "endswith": stringPredicate(strings.HasSuffix),
		"strcontains": stringPredicate(strings.Contains),

		"chunklist": stdlib.ChunklistFunc, "coalesce": coalesceFunc, "coalescelist": stdlib.CoalesceListFunc,
		"compact": stdlib.CompactFunc, "concat": stdlib.ConcatFunc, "contains": stdlib.ContainsFunc,
		"distinct": stdlib.DistinctFunc, "element": stdlib.ElementFunc, "flatten": stdlib.FlattenFunc,
		"index": stdlib.IndexFunc, "keys": stdlib.KeysFunc, "length": lengthFunc, "lookup": stdlib.LookupFunc,
		"merge": stdlib.MergeFunc, "range": stdlib.RangeFunc, "reverse": stdlib.ReverseListFunc,
		"setintersection": stdlib.SetIntersectionFunc, "setproduct": setProductFunc,
		"setsubtract": stdlib.SetSubtractFunc, "setunion": stdlib.SetUnionFunc, "slice": stdlib.SliceFunc,
		"sort": stdlib.SortFunc, "values": stdlib.ValuesFunc, "zipmap": stdlib.ZipmapFunc,
		"one": oneFunc, "alltrue": boolFold(true), "anytrue": boolFold(false),

		"csvdecode": stdlib.CSVDecodeFunc, "jsondecode": stdlib.JSONDecodeFunc, "jsonencode": stdlib.JSONEncodeFunc,
		"base64encode": base64EncodeFunc, "base64decode": base64DecodeFunc, "urlencode": urlEncodeFunc,
		"md5": hashFunc(md5.New), "sha1": hashFunc(sha1.New), "sha256": hashFunc(sha256.New), "sha512": hashFunc(sha512.New),
		"basename": pathFunc(path.Base), "dirname": pathFunc(path.Dir),

		"formatdate": stdlib.FormatDateFunc, "timeadd": stdlib.TimeAddFunc,
		"timestamp": unknownStringFunc, "plantimestamp": unknownStringFunc, "uuid": unknownStringFunc,
		"bcrypt": unknownStringFunc,

		"tostring": stdlib.MakeToFunc(cty.String), "tonumber": stdlib.MakeToFunc(cty.Number),
		"tobool": stdlib.MakeToFunc(cty.Bool), "tolist": stdlib.MakeToFunc(cty.List(cty.DynamicPseudoType)),
		"toset": stdlib.MakeToFunc(cty.Set(cty.DynamicPseudoType)), "tomap": stdlib.MakeToFunc(cty.Map(cty.DynamicPseudoType)),
		"try": tryFunc, "can": tryfunc.CanFunc,
		"sensitive": sensitiveFunc, "nonsensitive": nonsensitiveFunc,

		"cidrsubnet": cidrSubnetFunc, "cidrhost": cidrHostFunc, "cidrnetmask": cidrNetmaskFunc,
		"cidrsubnets": cidrSubnetsFunc,
	}
}

// moduleFuncs returns the function table of a module: the base functions
// plus file functions confined to the scanned root and the module's tree.
func (s *scanner) moduleFuncs(cfg *moduleConfig) map[string]function.Function {
	if cfg == nil {
		return s.baseFuncs
	}
	if cfg.funcs != nil {
		return cfg.funcs
	}
	funcs := make(map[string]function.Function, len(s.baseFuncs)+8)
	for k, v := range s.baseFuncs {
		funcs[k] = v
	}
	fr := &fileReader{s: s, moduleDir: cfg.dir}
	funcs["file"] = fr.stringFunc(func(b []byte) (cty.Value, error) {
		if !utf8.Valid(b) {
			return cty.DynamicVal, errors.New("contents are not valid UTF-8; use filebase64")
		}
		return cty.StringVal(string(b)), nil
	})
	funcs["filebase64"] = fr.stringFunc(func(b []byte) (cty.Value, error) {
		return cty.StringVal(base64.StdEncoding.EncodeToString(b)), nil
	})
	for name, h := range map[string]func() hash.Hash{"filemd5": md5.New, "filesha1": sha1.New, "filesha256": sha256.New, "filesha512": sha512.New} {
		funcs[name] = fr.stringFunc(func(b []byte) (cty.Value, error) {
			sum := h()
			sum.Write(b)
			return cty.StringVal(hex.EncodeToString(sum.Sum(nil))), nil
		})
	}
	funcs["fileexists"] = function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}},
		Type:   function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return fr.exists(args[0].AsString())
		},
	})
	for _, name := range []string{"file", "filebase64", "filemd5", "filesha1", "filesha256", "filesha512", "fileexists"} {
		funcs[name] = s.limitFunc(name, funcs[name])
	}
	tmplFuncs := make(map[string]function.Function, len(funcs))
	for k, v := range funcs {
		tmplFuncs[k] = v
	}
	funcs["templatefile"] = s.limitFunc("templatefile", function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}, {Name: "vars", Type: cty.DynamicPseudoType}},
		Type:   function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return fr.template(args[0].AsString(), args[1], tmplFuncs)
		},
	}))
	cfg.funcs = funcs
	return funcs
}

// fileReader reads files for file() and templatefile(): paths are relative
// to the root module, and must stay inside the scanned root or the calling
// module's directory tree.
type fileReader struct {
	s         *scanner
	moduleDir string
}

func (fr *fileReader) resolve(p string) (string, error) {
	outside := &limitError{fmt.Sprintf("%s is outside the scanned root", p)}
	p = strings.ReplaceAll(p, "\\", "/")
	if strings.HasPrefix(p, "~") || strings.Contains(p, "\x00") {
		return "", outside
	}
	if fr.s.osBase != "" {
		// The operating system's tree: safefs decides what is inside.
		if path.IsAbs(p) {
			return strings.TrimPrefix(path.Clean(p), "/"), nil
		}
		if strings.Contains(p, ":") {
			return "", outside
		}
		full := path.Join(fr.s.rootDir, p)
		if full == ".." || strings.HasPrefix(full, "../") {
			return "", outside
		}
		return full, nil
	}
	if path.IsAbs(p) || strings.Contains(p, ":") {
		return "", outside
	}
	full := path.Join(fr.s.rootDir, p)
	for _, base := range []string{fr.s.rootDir, fr.moduleDir} {
		if base == "." && full != ".." && !strings.HasPrefix(full, "../") || full == base || strings.HasPrefix(full, base+"/") {
			return full, nil
		}
	}
	return "", outside
}

// read reads a file a configuration names, through safefs: inside the
// scanned root, regular files only, bounded. Errors name the path as
// written and are error diagnostics.
func (fr *fileReader) read(p string) ([]byte, error) {
	full, err := fr.resolve(p)
	if err != nil {
		return nil, err
	}
	b, err := fr.s.readTree(full)
	if err != nil {
		return nil, &limitError{readProblem(p, err)}
	}
	return b, nil
}

// exists is fileexists: false for a path that does not exist, an error
// for one outside the root or that is not a regular file.
func (fr *fileReader) exists(p string) (cty.Value, error) {
	full, err := fr.resolve(p)
	if err != nil {
		return cty.UnknownVal(cty.Bool), err
	}
	st, err := fr.s.statTree(full)
	if errors.Is(err, fs.ErrNotExist) {
		return cty.False, nil
	}
	if err != nil {
		return cty.UnknownVal(cty.Bool), &limitError{readProblem(p, err)}
	}
	if !st.Mode().IsRegular() {
		return cty.UnknownVal(cty.Bool), &limitError{readProblem(p, safefs.ErrNotRegular)}
	}
	return cty.True, nil
}

func (fr *fileReader) stringFunc(conv func([]byte) (cty.Value, error)) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}},
		Type:   function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			b, err := fr.read(args[0].AsString())
			if err != nil {
				return cty.UnknownVal(cty.String), err
			}
			return conv(b)
		},
	})
}

func (fr *fileReader) template(p string, vars cty.Value, funcs map[string]function.Function) (cty.Value, error) {
	b, err := fr.read(p)
	if err != nil {
		return cty.DynamicVal, err
	}
	display := fr.s.displayFor(path.Join(fr.s.rootDir, p))
	if line := nestingDepth(b, fr.s.lim.MaxNesting); line > 0 {
		return cty.DynamicVal, &limitError{fmt.Sprintf("template %s is nested more than %d levels deep at line %d; not parsed", p, fr.s.lim.MaxNesting, line)}
	}
	expr, diags := hclsyntax.ParseTemplate(b, display, hcl.InitialPos)
	if diags.HasErrors() {
		return cty.DynamicVal, diags
	}
	fr.s.instrument(expr)
	if !vars.IsWhollyKnown() && !vars.IsKnown() {
		return cty.DynamicVal, nil
	}
	ctxVars := map[string]cty.Value{}
	if !vars.IsNull() && (vars.Type().IsObjectType() || vars.Type().IsMapType()) {
		for it := vars.ElementIterator(); it.Next(); {
			k, v := it.Element()
			ctxVars[k.AsString()] = v
		}
	} else if !vars.IsNull() {
		return cty.DynamicVal, errors.New("vars must be a map or an object")
	}
	v, diags := expr.Value(&hcl.EvalContext{Variables: ctxVars, Functions: funcs})
	if diags.HasErrors() {
		return cty.DynamicVal, diags
	}
	return v, nil
}

// unknownFunc stands in for functions that are not evaluated statically.
var unknownFunc = function.New(&function.Spec{
	VarParam: &function.Parameter{Name: "args", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowNull: true, AllowDynamicType: true},
	Type:     function.StaticReturnType(cty.DynamicPseudoType),
	Impl: func([]cty.Value, cty.Type) (cty.Value, error) {
		return cty.DynamicVal, nil
	},
})

var unknownStringFunc = function.New(&function.Spec{
	VarParam: &function.Parameter{Name: "args", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowNull: true, AllowDynamicType: true},
	Type:     function.StaticReturnType(cty.String),
	Impl: func([]cty.Value, cty.Type) (cty.Value, error) {
		return cty.UnknownVal(cty.String), nil
	},
})

var lengthFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType, AllowDynamicType: true, AllowUnknown: true}},
	Type:   function.StaticReturnType(cty.Number),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		v := args[0]
		if v.Type() == cty.String {
			if !v.IsKnown() {
				return cty.UnknownVal(cty.Number), nil
			}
			return stdlib.Strlen(v)
		}
		if v.Type() == cty.DynamicPseudoType {
			return cty.UnknownVal(cty.Number), nil
		}
		return stdlib.Length(v)
	},
})

// tryFunc is hcl's try that keeps the marks of a value it cannot decide
// yet: try(aws_vpc.this[0].id, "") stays unknown with its reference, and a
// sensitive operand keeps the result sensitive.
var tryFunc = function.New(&function.Spec{
	VarParam: &function.Parameter{Name: "expressions", Type: customdecode.ExpressionClosureType},
	Type: func(args []cty.Value) (cty.Type, error) {
		v, err := tryValue(args)
		if err != nil {
			return cty.NilType, err
		}
		return v.Type(), nil
	},
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		return tryValue(args)
	},
})

func tryValue(args []cty.Value) (cty.Value, error) {
	if len(args) == 0 {
		return cty.NilVal, errors.New("at least one argument is required")
	}
	var msgs []string
	for _, arg := range args {
		v, diags := customdecode.ExpressionClosureFromVal(arg).Value()
		if diags.HasErrors() {
			for _, d := range diags {
				msgs = append(msgs, d.Summary)
			}
			continue
		}
		if !v.IsWhollyKnown() {
			_, pvm := v.UnmarkDeepWithPaths()
			var marks []cty.ValueMarks
			for _, p := range pvm {
				marks = append(marks, p.Marks)
			}
			return cty.DynamicVal.WithMarks(marks...), nil
		}
		return v, nil
	}
	return cty.NilVal, fmt.Errorf("no expression succeeded: %s", strings.Join(msgs, "; "))
}

// coalesceFunc returns the first argument that is neither null nor an empty
// string, as Terraform's coalesce does.
var coalesceFunc = function.New(&function.Spec{
	VarParam: &function.Parameter{Name: "vals", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowDynamicType: true, AllowNull: true},
	Type: func(args []cty.Value) (cty.Type, error) {
		types := make([]cty.Type, len(args))
		for i, a := range args {
			types[i] = a.Type()
		}
		ty, _ := convert.UnifyUnsafe(types)
		if ty == cty.NilType {
			return cty.NilType, errors.New("all arguments must have the same type")
		}
		return ty, nil
	},
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		for _, a := range args {
			if !a.IsKnown() {
				return cty.UnknownVal(retType), nil
			}
			if a.IsNull() {
				continue
			}
			v, err := convert.Convert(a, retType)
			if err != nil {
				return cty.UnknownVal(retType), err
			}
			if v.Type() == cty.String && v.AsString() == "" {
				continue
			}
			return v, nil
		}
		return cty.NilVal, errors.New("no non-null, non-empty-string arguments")
	},
})

// maxProduct bounds the size of setproduct results.
const maxProduct = 100000

var setProductFunc = function.New(&function.Spec{
	VarParam: &function.Parameter{Name: "sets", Type: cty.DynamicPseudoType},
	Type: func(args []cty.Value) (cty.Type, error) {
		return stdlib.SetProductFunc.ReturnTypeForValues(args)
	},
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		n := 1
		for _, a := range args {
			if !a.CanIterateElements() || !a.IsKnown() {
				return cty.UnknownVal(retType), nil
			}
			n *= a.LengthInt()
			if n > maxProduct {
				return cty.UnknownVal(retType), fmt.Errorf("setproduct would have more than %d elements", maxProduct)
			}
		}
		return stdlib.SetProductFunc.Call(args)
	},
})

var replaceFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "str", Type: cty.String}, {Name: "substr", Type: cty.String}, {Name: "replace", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		sub := args[1].AsString()
		if len(sub) > 1 && sub[0] == '/' && sub[len(sub)-1] == '/' {
			re, err := regexp.Compile(sub[1 : len(sub)-1])
			if err != nil {
				return cty.UnknownVal(cty.String), err
			}
			return cty.StringVal(re.ReplaceAllString(args[0].AsString(), args[2].AsString())), nil
		}
		return cty.StringVal(strings.ReplaceAll(args[0].AsString(), sub, args[2].AsString())), nil
	},
})

func stringPredicate(f func(s, sub string) bool) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "str", Type: cty.String}, {Name: "sub", Type: cty.String}},
		Type:   function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return cty.BoolVal(f(args[0].AsString(), args[1].AsString())), nil
		},
	})
}

func pathFunc(f func(string) string) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}},
		Type:   function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return cty.StringVal(f(args[0].AsString())), nil
		},
	})
}

var sumFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "list", Type: cty.DynamicPseudoType}},
	Type:   function.StaticReturnType(cty.Number),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		v := args[0]
		if !v.CanIterateElements() || v.LengthInt() == 0 {
			return cty.UnknownVal(cty.Number), errors.New("sum needs a non-empty list or set of numbers")
		}
		total := cty.Zero
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			if !e.IsKnown() {
				return cty.UnknownVal(cty.Number), nil
			}
			if e.IsNull() || e.Type() != cty.Number {
				return cty.UnknownVal(cty.Number), errors.New("sum needs numbers")
			}
			total = total.Add(e)
		}
		return total, nil
	},
})

var oneFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "list", Type: cty.DynamicPseudoType}},
	Type:   function.StaticReturnType(cty.DynamicPseudoType),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		v := args[0]
		if !v.CanIterateElements() {
			return cty.DynamicVal, errors.New("one needs a list, set or tuple")
		}
		switch v.LengthInt() {
		case 0:
			return cty.NullVal(cty.DynamicPseudoType), nil
		case 1:
			it := v.ElementIterator()
			it.Next()
			_, e := it.Element()
			return e, nil
		}
		return cty.DynamicVal, errors.New("one needs at most one element")
	},
})

// boolFold is alltrue (all=true) or anytrue.
func boolFold(all bool) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "list", Type: cty.DynamicPseudoType}},
		Type:   function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			v := args[0]
			if !v.CanIterateElements() {
				return cty.UnknownVal(cty.Bool), errors.New("needs a list or set of booleans")
			}
			unknown := false
			for it := v.ElementIterator(); it.Next(); {
				_, e := it.Element()
				if !e.IsKnown() {
					unknown = true
					continue
				}
				b := e.Type() == cty.Bool && !e.IsNull() && e.True()
				if all && !b {
					return cty.False, nil
				}
				if !all && b {
					return cty.True, nil
				}
			}
			if unknown {
				return cty.UnknownVal(cty.Bool), nil
			}
			return cty.BoolVal(all), nil
		},
	})
}

var base64EncodeFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "str", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		return cty.StringVal(base64.StdEncoding.EncodeToString([]byte(args[0].AsString()))), nil
	},
})

var base64DecodeFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "str", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		b, err := base64.StdEncoding.DecodeString(args[0].AsString())
		if err != nil || !utf8.Valid(b) {
			return cty.UnknownVal(cty.String), errors.New("not valid base64 of UTF-8 text")
		}
		return cty.StringVal(string(b)), nil
	},
})

var urlEncodeFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "str", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		return cty.StringVal(url.QueryEscape(args[0].AsString())), nil
	},
})

func hashFunc(h func() hash.Hash) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "str", Type: cty.String}},
		Type:   function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			sum := h()
			sum.Write([]byte(args[0].AsString()))
			return cty.StringVal(hex.EncodeToString(sum.Sum(nil))), nil
		},
	})
}

var sensitiveFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowNull: true, AllowDynamicType: true, AllowMarked: true}},
	Type: func(args []cty.Value) (cty.Type, error) {
		return args[0].Type(), nil
	},
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		return args[0].Mark(sensitiveMark{}), nil
	},
})

var nonsensitiveFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowNull: true, AllowDynamicType: true, AllowMarked: true}},
	Type: func(args []cty.Value) (cty.Type, error) {
		return args[0].Type(), nil
	},
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		v, marks := args[0].Unmark()
		delete(marks, sensitiveMark{})
		return v.WithMarks(marks), nil
	},
})

// CIDR functions, IPv4 and IPv6, as Terraform computes them.

func parsePrefix(s string) (netip.Prefix, error) {
	p, err := netip.ParsePrefix(s)
	if err != nil {
		return p, fmt.Errorf("invalid CIDR %q", s)
	}
	return p.Masked(), nil
}

func addrInt(a netip.Addr) *big.Int {
	b := a.AsSlice()
	return new(big.Int).SetBytes(b)
}

func intAddr(n *big.Int, bits int) netip.Addr {
	buf := make([]byte, bits/8)
	n.FillBytes(buf)
	a, _ := netip.AddrFromSlice(buf)
	return a
}

func bigArg(v cty.Value) (*big.Int, error) {
	n, acc := v.AsBigFloat().Int(nil)
	if acc != big.Exact {
		return nil, errors.New("needs a whole number")
	}
	return n, nil
}

func cidrSubnet(prefix string, newbits int64, netnum *big.Int) (netip.Prefix, error) {
	p, err := parsePrefix(prefix)
	if err != nil {
		return p, err
	}
	bits := p.Addr().BitLen()
	newLen := p.Bits() + int(newbits)
	if newbits < 0 || newLen > bits {
		return p, fmt.Errorf("insufficient address space to extend prefix of %d by %d", p.Bits(), newbits)
	}
	max := new(big.Int).Lsh(big.NewInt(1), uint(newbits))
	if netnum.Sign() < 0 || netnum.Cmp(max) >= 0 {
		return p, fmt.Errorf("prefix extension of %d does not accommodate a subnet numbered %s", newbits, netnum)
	}
	n := addrInt(p.Addr())
	n.Or(n, new(big.Int).Lsh(netnum, uint(bits-newLen)))
	return netip.PrefixFrom(intAddr(n, bits), newLen), nil
}

var cidrSubnetFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "prefix", Type: cty.String}, {Name: "newbits", Type: cty.Number}, {Name: "netnum", Type: cty.Number}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		nb, err := bigArg(args[1])
		if err != nil || !nb.IsInt64() {
			return cty.UnknownVal(cty.String), errors.New("newbits needs a whole number")
		}
		num, err := bigArg(args[2])
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		p, err := cidrSubnet(args[0].AsString(), nb.Int64(), num)
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		return cty.StringVal(p.String()), nil
	},
})

var cidrHostFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "prefix", Type: cty.String}, {Name: "hostnum", Type: cty.Number}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		p, err := parsePrefix(args[0].AsString())
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		num, err := bigArg(args[1])
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		bits := p.Addr().BitLen()
		size := new(big.Int).Lsh(big.NewInt(1), uint(bits-p.Bits()))
		if num.Sign() < 0 {
			num.Add(size, num)
		}
		if num.Sign() < 0 || num.Cmp(size) >= 0 {
			return cty.UnknownVal(cty.String), fmt.Errorf("prefix of %d does not accommodate a host numbered %s", p.Bits(), args[1].AsBigFloat().Text('f', 0))
		}
		n := addrInt(p.Addr())
		n.Add(n, num)
		return cty.StringVal(intAddr(n, bits).String()), nil
	},
})

var cidrNetmaskFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "prefix", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		p, err := parsePrefix(args[0].AsString())
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		if !p.Addr().Is4() {
			return cty.UnknownVal(cty.String), errors.New("cidrnetmask only supports IPv4")
		}
		mask := new(big.Int).Lsh(new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(p.Bits())), big.NewInt(1)), uint(32-p.Bits()))
		return cty.StringVal(intAddr(mask, 32).String()), nil
	},
})

var cidrSubnetsFunc = function.New(&function.Spec{
	Params:   []function.Parameter{{Name: "prefix", Type: cty.String}},
	VarParam: &function.Parameter{Name: "newbits", Type: cty.Number},
	Type:     function.StaticReturnType(cty.List(cty.String)),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		p, err := parsePrefix(args[0].AsString())
		if err != nil {
			return cty.UnknownVal(cty.List(cty.String)), err
		}
		if len(args) == 1 {
			return cty.ListValEmpty(cty.String), nil
		}
		bits := p.Addr().BitLen()
		next := addrInt(p.Addr())
		end := new(big.Int).Add(addrInt(p.Addr()), new(big.Int).Lsh(big.NewInt(1), uint(bits-p.Bits())))
		out := make([]cty.Value, 0, len(args)-1)
		for _, a := range args[1:] {
			nb, err := bigArg(a)
			if err != nil || !nb.IsInt64() || nb.Int64() < 1 || p.Bits()+int(nb.Int64()) > bits {
				return cty.UnknownVal(cty.List(cty.String)), errors.New("invalid newbits")
			}
			length := p.Bits() + int(nb.Int64())
			size := new(big.Int).Lsh(big.NewInt(1), uint(bits-length))
			// align up to the subnet size
			rem := new(big.Int).Mod(next, size)
			if rem.Sign() != 0 {
				next.Add(next, new(big.Int).Sub(size, rem))
			}
			if new(big.Int).Add(next, size).Cmp(end) > 0 {
				return cty.UnknownVal(cty.List(cty.String)), errors.New("not enough remaining address space")
			}
			out = append(out, cty.StringVal(netip.PrefixFrom(intAddr(next, bits), length).String()))
			next = new(big.Int).Add(next, size)
		}
		return cty.ListVal(out), nil
	},
})
