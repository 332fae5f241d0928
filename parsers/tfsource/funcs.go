package tfsource

import (
	"bytes"
	"compress/gzip"
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
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/customdecode"
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	ctyyaml "github.com/zclconf/go-cty-yaml"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/ianaindex"

	"github.com/iacvet/iacvet/internal/safefs"
)

// baseFunctions is the table of Terraform functions evaluated statically,
// without the file functions (added per module by moduleFuncs).
func baseFunctions() map[string]function.Function {
	funcs := staticFunctions()
	inner := make(map[string]function.Function, len(funcs))
	for k, v := range funcs {
		inner[k] = v
	}
	// A template rendered by templatestring cannot call templatestring.
	funcs["templatestring"] = templateStringFunc(inner)
	return funcs
}

func staticFunctions() map[string]function.Function {
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
		"compact": stdlib.CompactFunc, "concat": stdlib.ConcatFunc, "contains": containsFunc,
		"distinct": stdlib.DistinctFunc, "element": elementFunc, "flatten": stdlib.FlattenFunc,
		"index": indexFunc, "keys": stdlib.KeysFunc, "length": lengthFunc, "lookup": lookupFunc,
		"merge": stdlib.MergeFunc, "range": stdlib.RangeFunc, "reverse": stdlib.ReverseListFunc,
		"setintersection": setOpFunc(stdlib.SetIntersectionFunc), "setproduct": setProductFunc,
		"setsubtract": setOpFunc(stdlib.SetSubtractFunc), "setunion": setOpFunc(stdlib.SetUnionFunc), "slice": stdlib.SliceFunc,
		"sort": stdlib.SortFunc, "values": stdlib.ValuesFunc, "zipmap": stdlib.ZipmapFunc,
		"one": oneFunc, "alltrue": boolFold(true), "anytrue": boolFold(false),
		"matchkeys": matchkeysFunc, "transpose": transposeFunc,

		"csvdecode": stdlib.CSVDecodeFunc, "yamldecode": ctyyaml.YAMLDecodeFunc, "yamlencode": ctyyaml.YAMLEncodeFunc, "jsondecode": stdlib.JSONDecodeFunc, "jsonencode": stdlib.JSONEncodeFunc,
		"base64encode": base64EncodeFunc, "base64sha256": base64HashFunc(sha256.New), "base64sha512": base64HashFunc(sha512.New),
		"base64gzip": base64GzipFunc, "uuidv5": uuidV5Func, "timecmp": timeCmpFunc, "rsadecrypt": unknownStringFunc, "base64decode": base64DecodeFunc, "urlencode": urlEncodeFunc,
		"textencodebase64": textEncodeBase64Func, "textdecodebase64": textDecodeBase64Func,
		"md5": hashFunc(md5.New), "sha1": hashFunc(sha1.New), "sha256": hashFunc(sha256.New), "sha512": hashFunc(sha512.New),
		"basename": pathFunc(path.Base), "dirname": pathFunc(path.Dir),

		"formatdate": stdlib.FormatDateFunc, "timeadd": stdlib.TimeAddFunc,
		"timestamp": unknownStringFunc, "plantimestamp": unknownStringFunc, "uuid": unknownStringFunc,
		"bcrypt": unknownStringFunc,

		"tostring": stdlib.MakeToFunc(cty.String), "tonumber": stdlib.MakeToFunc(cty.Number),
		"tobool": stdlib.MakeToFunc(cty.Bool), "tolist": stdlib.MakeToFunc(cty.List(cty.DynamicPseudoType)),
		"toset": stdlib.MakeToFunc(cty.Set(cty.DynamicPseudoType)), "tomap": stdlib.MakeToFunc(cty.Map(cty.DynamicPseudoType)),
		"try": tryFunc, "can": tryfunc.CanFunc,
		"list": removedFunc("list", "tolist([ ... ])"), "map": removedFunc("map", "tomap({ ... })"),
		"sensitive": sensitiveFunc, "nonsensitive": nonsensitiveFunc, "issensitive": isSensitiveFunc,
		"ephemeralasnull": ephemeralAsNullFunc,

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
		if v.Type().IsObjectType() {
			return cty.NumberIntVal(int64(len(v.Type().AttributeTypes()))), nil
		}
		if v.Type().IsTupleType() {
			return cty.NumberIntVal(int64(v.Type().Length())), nil
		}
		if !v.Type().IsCollectionType() {
			return cty.UnknownVal(cty.Number), errors.New("argument must be a string, a collection type, or a structural type")
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
			n, err := convert.Convert(e, cty.Number)
			if err != nil || n.IsNull() {
				return cty.UnknownVal(cty.Number), errors.New("sum needs numbers")
			}
			if !n.IsKnown() {
				return cty.UnknownVal(cty.Number), nil
			}
			total = total.Add(n)
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
				c, err := convert.Convert(e, cty.Bool)
				if err != nil {
					return cty.UnknownVal(cty.Bool), errors.New("needs a list or set of booleans")
				}
				if !c.IsKnown() {
					unknown = true
					continue
				}
				b := !c.IsNull() && c.True()
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

// indexFunc is Terraform's index: the position of the first element of a
// list or tuple equal to value (cty's stdlib index is element lookup).
var indexFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "list", Type: cty.DynamicPseudoType}, {Name: "value", Type: cty.DynamicPseudoType}},
	Type:   function.StaticReturnType(cty.Number),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		list, val := args[0], args[1]
		if !(list.Type().IsListType() || list.Type().IsTupleType()) {
			return cty.NilVal, errors.New("argument must be a list or tuple")
		}
		if !list.IsKnown() {
			return cty.UnknownVal(cty.Number), nil
		}
		if list.LengthInt() == 0 {
			return cty.NilVal, errors.New("cannot search an empty list")
		}
		for it := list.ElementIterator(); it.Next(); {
			i, v := it.Element()
			eq, err := stdlib.Equal(v, val)
			if err != nil {
				return cty.NilVal, err
			}
			if !eq.IsKnown() {
				return cty.UnknownVal(cty.Number), nil
			}
			if eq.True() {
				return i, nil
			}
		}
		return cty.NilVal, errors.New("item not found")
	},
})

// matchkeysFunc is Terraform's matchkeys: the elements of values whose
// corresponding element of keys is in searchset.
var matchkeysFunc = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "values", Type: cty.List(cty.DynamicPseudoType)},
		{Name: "keys", Type: cty.List(cty.DynamicPseudoType)},
		{Name: "searchset", Type: cty.List(cty.DynamicPseudoType)},
	},
	Type: func(args []cty.Value) (cty.Type, error) {
		ty, _ := convert.UnifyUnsafe([]cty.Type{args[1].Type(), args[2].Type()})
		if ty == cty.NilType {
			return cty.NilType, errors.New("keys and searchset must be of the same type")
		}
		return args[0].Type(), nil
	},
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		if !args[0].IsKnown() {
			return cty.UnknownVal(retType), nil
		}
		if args[0].LengthInt() != args[1].LengthInt() {
			return cty.ListValEmpty(retType.ElementType()), errors.New("length of keys and values should be equal")
		}
		if args[0].LengthInt() == 0 || args[2].LengthInt() == 0 {
			return cty.ListValEmpty(retType.ElementType()), nil
		}
		ty, _ := convert.UnifyUnsafe([]cty.Type{args[1].Type(), args[2].Type()})
		keys, _ := convert.Convert(args[1], ty)
		search, _ := convert.Convert(args[2], ty)
		if !keys.IsWhollyKnown() || !search.IsWhollyKnown() {
			return cty.UnknownVal(retType), nil
		}
		var out []cty.Value
		i := 0
		for it := keys.ElementIterator(); it.Next(); {
			_, k := it.Element()
			for st := search.ElementIterator(); st.Next(); {
				_, s := st.Element()
				if k.RawEquals(s) {
					out = append(out, args[0].Index(cty.NumberIntVal(int64(i))))
					break
				}
			}
			i++
		}
		if len(out) == 0 {
			return cty.ListValEmpty(retType.ElementType()), nil
		}
		return cty.ListVal(out), nil
	},
})

// transposeFunc is Terraform's transpose of a map of lists of strings.
var transposeFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "values", Type: cty.Map(cty.List(cty.String))}},
	Type:   function.StaticReturnType(cty.Map(cty.List(cty.String))),
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		in := args[0]
		if !in.IsWhollyKnown() {
			return cty.UnknownVal(retType), nil
		}
		tmp := map[string][]string{}
		for it := in.ElementIterator(); it.Next(); {
			k, list := it.Element()
			if list.IsNull() {
				return cty.NilVal, errors.New("lists must not be null")
			}
			for lt := list.ElementIterator(); lt.Next(); {
				_, v := lt.Element()
				if v.IsNull() {
					return cty.NilVal, errors.New("list elements must not be null")
				}
				tmp[v.AsString()] = append(tmp[v.AsString()], k.AsString())
			}
		}
		out := make(map[string]cty.Value, len(tmp))
		for k, vs := range tmp {
			vals := make([]cty.Value, len(vs))
			for i, v := range vs {
				vals[i] = cty.StringVal(v)
			}
			out[k] = cty.ListVal(vals)
		}
		if len(out) == 0 {
			return cty.MapValEmpty(cty.List(cty.String)), nil
		}
		return cty.MapVal(out), nil
	},
})

func base64HashFunc(h func() hash.Hash) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "str", Type: cty.String}},
		Type:   function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			sum := h()
			sum.Write([]byte(args[0].AsString()))
			return cty.StringVal(base64.StdEncoding.EncodeToString(sum.Sum(nil))), nil
		},
	})
}

var base64GzipFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "str", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		if _, err := w.Write([]byte(args[0].AsString())); err != nil {
			return cty.UnknownVal(cty.String), fmt.Errorf("compress: %w", err)
		}
		if err := w.Flush(); err != nil {
			return cty.UnknownVal(cty.String), fmt.Errorf("compress: %w", err)
		}
		if err := w.Close(); err != nil {
			return cty.UnknownVal(cty.String), fmt.Errorf("compress: %w", err)
		}
		return cty.StringVal(base64.StdEncoding.EncodeToString(b.Bytes())), nil
	},
})

// uuidV5Func is Terraform's uuidv5: a name-based UUID in one of the
// predefined namespaces ("dns", "url", "oid", "x500") or a UUID namespace.
var uuidV5Func = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "namespace", Type: cty.String}, {Name: "name", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		var ns uuid.UUID
		switch s := args[0].AsString(); s {
		case "dns":
			ns = uuid.NameSpaceDNS
		case "url":
			ns = uuid.NameSpaceURL
		case "oid":
			ns = uuid.NameSpaceOID
		case "x500":
			ns = uuid.NameSpaceX500
		default:
			var err error
			if ns, err = uuid.Parse(s); err != nil {
				return cty.UnknownVal(cty.String), fmt.Errorf("uuidv5() doesn't support namespace %s (%v)", s, err)
			}
		}
		return cty.StringVal(uuid.NewSHA1(ns, []byte(args[1].AsString())).String()), nil
	},
})

// timeCmpFunc is Terraform's timecmp of two RFC 3339 timestamps.
var timeCmpFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "timestamp_a", Type: cty.String}, {Name: "timestamp_b", Type: cty.String}},
	Type:   function.StaticReturnType(cty.Number),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		a, err := time.Parse(time.RFC3339, args[0].AsString())
		if err != nil {
			return cty.UnknownVal(cty.Number), function.NewArgError(0, err)
		}
		b, err := time.Parse(time.RFC3339, args[1].AsString())
		if err != nil {
			return cty.UnknownVal(cty.Number), function.NewArgError(1, err)
		}
		return cty.NumberIntVal(int64(a.Compare(b))), nil
	},
})

var isSensitiveFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowNull: true, AllowDynamicType: true, AllowMarked: true}},
	Type:   function.StaticReturnType(cty.Bool),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		return cty.BoolVal(args[0].HasMark(sensitiveMark{})), nil
	},
})

// ephemeralAsNullFunc returns its argument: nothing iacvet evaluates is
// ephemeral.
var ephemeralAsNullFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowNull: true, AllowDynamicType: true, AllowMarked: true}},
	Type: func(args []cty.Value) (cty.Type, error) {
		return args[0].Type(), nil
	},
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		return args[0], nil
	},
})

// elementFunc is Terraform's element: the index wraps around the end of
// the list, and a negative index is an error.
var elementFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "list", Type: cty.DynamicPseudoType}, {Name: "index", Type: cty.Number}},
	Type: func(args []cty.Value) (cty.Type, error) {
		return stdlib.ElementFunc.ReturnTypeForValues(args)
	},
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		if args[1].IsKnown() && args[1].LessThan(cty.Zero).True() {
			return cty.DynamicVal, errors.New("cannot use element function with a negative index")
		}
		return stdlib.ElementFunc.Call(args)
	},
})

// lookupFunc is Terraform's lookup, whose default is optional.
var lookupFunc = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "inputMap", Type: cty.DynamicPseudoType, AllowMarked: true},
		{Name: "key", Type: cty.String, AllowMarked: true},
	},
	VarParam: &function.Parameter{Name: "default", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowDynamicType: true, AllowNull: true, AllowMarked: true},
	Type: func(args []cty.Value) (cty.Type, error) {
		if len(args) > 3 {
			return cty.NilType, errors.New("lookup() takes no more than three arguments")
		}
		ty := args[0].Type()
		switch {
		case ty.IsObjectType():
			if !args[1].IsKnown() {
				return cty.DynamicPseudoType, nil
			}
			k, _ := args[1].Unmark()
			if ty.HasAttribute(k.AsString()) {
				return ty.AttributeType(k.AsString()), nil
			}
			if len(args) == 3 {
				return args[2].Type(), nil
			}
			return cty.NilType, function.NewArgErrorf(0, "the given object has no attribute %q", k.AsString())
		case ty.IsMapType():
			if len(args) == 3 {
				if _, err := convert.Convert(args[2], ty.ElementType()); err != nil {
					return cty.NilType, function.NewArgErrorf(2, "the default value must have the same type as the map elements")
				}
			}
			return ty.ElementType(), nil
		case ty == cty.DynamicPseudoType:
			return cty.DynamicPseudoType, nil
		}
		return cty.NilType, function.NewArgErrorf(0, "lookup() requires a map as the first argument")
	},
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		m, mMarks := args[0].Unmark()
		k, kMarks := args[1].Unmark()
		marks := []cty.ValueMarks{mMarks, kMarks}
		if !m.IsKnown() || !k.IsKnown() {
			return cty.UnknownVal(retType).WithMarks(marks...), nil
		}
		if m.IsNull() {
			return cty.NilVal, errors.New("lookup() requires a map as the first argument, not null")
		}
		key := k.AsString()
		if m.Type().IsObjectType() {
			if m.Type().HasAttribute(key) {
				return m.GetAttr(key).WithMarks(marks...), nil
			}
		} else if m.HasIndex(cty.StringVal(key)).True() {
			return m.Index(cty.StringVal(key)).WithMarks(marks...), nil
		}
		if len(args) == 3 {
			d, err := convert.Convert(args[2], retType)
			if err != nil {
				return cty.NilVal, function.NewArgErrorf(2, "the default value must have the same type as the map elements")
			}
			return d.WithMarks(marks...), nil
		}
		return cty.NilVal, fmt.Errorf("lookup failed to find key %q", key)
	},
})

// containsFunc is contains, where a null value is an error as in Terraform.
var containsFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "list", Type: cty.DynamicPseudoType}, {Name: "value", Type: cty.DynamicPseudoType}},
	Type:   function.StaticReturnType(cty.Bool),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		return stdlib.ContainsFunc.Call(args)
	},
})

func ianaEncoding(name string) (encoding.Encoding, error) {
	enc, err := ianaindex.IANA.Encoding(name)
	if err != nil || enc == nil {
		return nil, function.NewArgErrorf(1, "%q is not a supported IANA encoding name or alias", name)
	}
	return enc, nil
}

var textEncodeBase64Func = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "string", Type: cty.String}, {Name: "encoding", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		enc, err := ianaEncoding(args[1].AsString())
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		b, err := enc.NewEncoder().Bytes([]byte(args[0].AsString()))
		if err != nil {
			return cty.UnknownVal(cty.String), function.NewArgErrorf(0, "the given string contains characters that cannot be represented in %s", args[1].AsString())
		}
		return cty.StringVal(base64.StdEncoding.EncodeToString(b)), nil
	},
})

var textDecodeBase64Func = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "source", Type: cty.String}, {Name: "encoding", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		enc, err := ianaEncoding(args[1].AsString())
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		raw, err := base64.StdEncoding.DecodeString(args[0].AsString())
		if err != nil {
			return cty.UnknownVal(cty.String), function.NewArgErrorf(0, "the given value is not valid base64")
		}
		b, err := enc.NewDecoder().Bytes(raw)
		if err != nil || !utf8.Valid(b) {
			return cty.UnknownVal(cty.String), function.NewArgErrorf(0, "the given string is not valid %s", args[1].AsString())
		}
		return cty.StringVal(string(b)), nil
	},
})

// templateStringFunc is Terraform's templatestring: it renders a string
// given by a direct reference (not a literal) as a template with vars.
func templateStringFunc(funcs map[string]function.Function) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{
			{Name: "template", Type: customdecode.ExpressionClosureType},
			{Name: "vars", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowDynamicType: true, AllowMarked: true},
		},
		Type: function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			closure := customdecode.ExpressionClosureFromVal(args[0])
			switch closure.Expression.(type) {
			case *hclsyntax.ScopeTraversalExpr, *hclsyntax.RelativeTraversalExpr, *hclsyntax.IndexExpr:
			case *hclsyntax.TemplateExpr, *hclsyntax.TemplateWrapExpr, *hclsyntax.LiteralValueExpr:
				return cty.DynamicVal, function.NewArgErrorf(0, "invalid template expression: templatestring does not support a literal template")
			default:
				return cty.DynamicVal, function.NewArgErrorf(0, "invalid template expression: must be a direct reference to a single string from elsewhere")
			}
			tv, diags := closure.Value()
			if diags.HasErrors() {
				return cty.DynamicVal, diags
			}
			tv, tMarks := tv.Unmark()
			if !tv.IsKnown() {
				return cty.DynamicVal.WithMarks(tMarks), nil
			}
			tv, err := convert.Convert(tv, cty.String)
			if err != nil || tv.IsNull() {
				return cty.DynamicVal, function.NewArgErrorf(0, "the template must be a string")
			}
			vars, vMarks := args[1].Unmark()
			if !vars.IsWhollyKnown() {
				return cty.DynamicVal.WithMarks(tMarks, vMarks), nil
			}
			ty := vars.Type()
			if vars.IsNull() || !(ty.IsObjectType() || ty.IsMapType()) {
				return cty.DynamicVal, function.NewArgErrorf(1, "invalid vars value: must be a map or an object")
			}
			expr, diags := hclsyntax.ParseTemplate([]byte(tv.AsString()), "<templatestring argument>", hcl.InitialPos)
			if diags.HasErrors() {
				return cty.DynamicVal, diags
			}
			ctxVars := map[string]cty.Value{}
			for it := vars.ElementIterator(); it.Next(); {
				k, v := it.Element()
				ctxVars[k.AsString()] = v
			}
			out, diags := expr.Value(&hcl.EvalContext{Variables: ctxVars, Functions: funcs})
			if diags.HasErrors() {
				return cty.DynamicVal, diags
			}
			return out.WithMarks(tMarks, vMarks), nil
		},
	})
}

// setOpFunc is a set function whose result is unknown when an argument's
// type is not known yet (cty's set functions fail on such an argument).
func setOpFunc(f function.Function) function.Function {
	spec := &function.Spec{
		Params:   f.Params(),
		VarParam: f.VarParam(),
		Type: func(args []cty.Value) (cty.Type, error) {
			for _, a := range args {
				if a.Type() == cty.DynamicPseudoType {
					return cty.DynamicPseudoType, nil
				}
			}
			return f.ReturnTypeForValues(args)
		},
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			if retType == cty.DynamicPseudoType {
				return cty.DynamicVal, nil
			}
			return f.Call(args)
		},
	}
	return function.New(spec)
}

// removedFunc is a function Terraform 0.12 removed: calling it is an error,
// as in Terraform.
func removedFunc(name, instead string) function.Function {
	return function.New(&function.Spec{
		VarParam: &function.Parameter{Name: "vals", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowNull: true, AllowDynamicType: true},
		Type: func([]cty.Value) (cty.Type, error) {
			return cty.DynamicPseudoType, fmt.Errorf("the %q function was deprecated in Terraform v0.12 and is no longer available; use %s syntax to write a literal instead", name, instead)
		},
		Impl: func([]cty.Value, cty.Type) (cty.Value, error) {
			return cty.DynamicVal, fmt.Errorf("the %q function is no longer available", name)
		},
	})
}
