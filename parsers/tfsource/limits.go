package tfsource

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/iacvet/iacvet/internal/safefs"
	"github.com/iacvet/iacvet/model"
)

// Limits bound what one scan may cost. A zero field takes its default
// (see the package documentation).
type Limits struct {
	// MaxNesting bounds brackets, braces, parentheses and template
	// interpolations nested in one .tf, .tf.json or .tfvars file; it is
	// checked before the file is parsed. Default 256.
	MaxNesting int
	// MaxModuleDepth bounds nested module calls. Default 16.
	MaxModuleDepth int
	// MaxInstances bounds count / for_each instances of one block and the
	// blocks one dynamic block generates. Default 10,000.
	MaxInstances int
	// MaxExpansion bounds resource instances, module instances and dynamic
	// blocks per scan. Default 200,000.
	MaxExpansion int
	// MaxString bounds the bytes of one string an evaluation produces.
	// Default 4 MiB.
	MaxString int
	// MaxCollection bounds the elements (counted deep) of one value an
	// evaluation produces. Default 100,000.
	MaxCollection int
	// MaxEvalWork bounds the evaluation work per scan: 50 units per
	// for-expression iteration, 10 per element a function is given, one
	// per string byte and per element produced by functions, for
	// expressions and template parts. Default 20,000,000.
	MaxEvalWork int64
	// MaxFileSize bounds every file read (.tf, variable files, file
	// functions). Default 8 MiB.
	MaxFileSize int64
}

// Default limits.
const (
	DefaultMaxNesting     = 256
	DefaultMaxModuleDepth = 16
	DefaultMaxInstances   = 10000
	DefaultMaxExpansion   = 200000
	DefaultMaxString      = 4 << 20
	DefaultMaxCollection  = 100000
	DefaultMaxEvalWork    = 20_000_000
)

func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.MaxNesting, DefaultMaxNesting)
	def(&l.MaxModuleDepth, DefaultMaxModuleDepth)
	def(&l.MaxInstances, DefaultMaxInstances)
	def(&l.MaxExpansion, DefaultMaxExpansion)
	def(&l.MaxString, DefaultMaxString)
	def(&l.MaxCollection, DefaultMaxCollection)
	if l.MaxEvalWork <= 0 {
		l.MaxEvalWork = DefaultMaxEvalWork
	}
	if l.MaxFileSize <= 0 {
		l.MaxFileSize = maxFileSize
	}
	return l
}

// limitError is a limit reached while evaluating; it is an error
// diagnostic, never a warning.
type limitError struct{ msg string }

func (e *limitError) Error() string { return e.msg }

// limitExtra marks HCL diagnostics raised by a limit.
type limitExtra struct{}

// nestingDepth scans HCL native or JSON source for the deepest nesting of
// brackets, braces, parentheses and template interpolations, skipping
// comments and string text roughly as the parsers do. It returns the line
// where max is first exceeded, or 0.
func nestingDepth(src []byte, max int) int {
	const (
		code = iota
		str
		heredoc
	)
	type frame struct {
		mode   int
		marker string // heredoc end marker
	}
	stack := []frame{{mode: code}}
	depth := 0 // open brackets, interpolations and template directives
	unary := 0 // run of unary operators (! and -), each a parser level
	line := 1
	atLineStart := true
	for i := 0; i < len(src); i++ {
		c := src[i]
		top := &stack[len(stack)-1]
		lineStart := atLineStart
		atLineStart = false
		if c == '\n' {
			line++
			atLineStart = true
		}
		switch top.mode {
		case code:
			switch {
			case c == '!' || c == '-' && !(i+1 < len(src) && src[i+1] == '-'):
				unary++
				if depth+unary > max {
					return line
				}
				continue
			case c == ' ' || c == '\t':
				continue
			}
			unary = 0
			switch {
			case c == '#' || c == '/' && i+1 < len(src) && src[i+1] == '/':
				for i < len(src) && src[i] != '\n' {
					i++
				}
				if i < len(src) {
					line++
					atLineStart = true
				}
			case c == '/' && i+1 < len(src) && src[i+1] == '*':
				i += 2
				for i < len(src) && !(src[i] == '*' && i+1 < len(src) && src[i+1] == '/') {
					if src[i] == '\n' {
						line++
					}
					i++
				}
				i++
			case c == '"':
				stack = append(stack, frame{mode: str})
			case c == '<' && i+1 < len(src) && src[i+1] == '<':
				j := i + 2
				if j < len(src) && src[j] == '-' {
					j++
				}
				k := j
				for k < len(src) && (src[k] == '_' || src[k] == '-' || src[k] >= 'a' && src[k] <= 'z' || src[k] >= 'A' && src[k] <= 'Z' || src[k] >= '0' && src[k] <= '9') {
					k++
				}
				if k > j && k < len(src) && (src[k] == '\n' || src[k] == '\r') {
					stack = append(stack, frame{mode: heredoc, marker: string(src[j:k])})
					i = k - 1
				}
			case c == '{' || c == '[' || c == '(':
				depth++
				if depth > max {
					return line
				}
				stack = append(stack, frame{mode: code})
			case c == '}' || c == ']' || c == ')':
				if len(stack) > 1 {
					stack = stack[:len(stack)-1]
					depth--
				}
			}
		case str, heredoc:
			switch {
			case top.mode == str && c == '\\':
				i++
			case top.mode == str && c == '"':
				stack = stack[:len(stack)-1]
			case top.mode == str && c == '\n':
				stack = stack[:len(stack)-1] // unterminated: the parser reports it
			case (c == '$' || c == '%') && i+1 < len(src) && src[i+1] == '{':
				if c == '%' {
					// %{ if } and %{ for } nest until %{ endif } / %{ endfor }.
					w := strings.TrimLeft(string(src[i+2:min(len(src), i+40)]), "~ \t")
					switch {
					case strings.HasPrefix(w, "endif"), strings.HasPrefix(w, "endfor"):
						if depth > 0 {
							depth--
						}
					case strings.HasPrefix(w, "if"), strings.HasPrefix(w, "for"):
						depth++
					}
				}
				depth++
				if depth > max {
					return line
				}
				stack = append(stack, frame{mode: code})
				i++
			case (c == '$' || c == '%') && i+2 < len(src) && src[i+1] == c && src[i+2] == '{':
				i += 2 // $${ and %%{ are literal
			case top.mode == heredoc && lineStart:
				rest := src[i:]
				if nl := indexByte(rest, '\n'); nl >= 0 {
					rest = rest[:nl]
				}
				if strings.TrimSpace(string(rest)) == top.marker {
					stack = stack[:len(stack)-1]
					i += len(rest) - 1
				}
			}
		}
	}
	return 0
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// checkNesting reports a file nested deeper than the limit; false means
// the file must not be parsed.
func (s *scanner) checkNesting(src []byte, display string) bool {
	if line := nestingDepth(src, s.lim.MaxNesting); line > 0 {
		s.diags.Errorf(model.Position{File: display, Line: line},
			"nested more than %d levels deep (brackets, braces, parentheses, interpolations); the file is not parsed", s.lim.MaxNesting)
		return false
	}
	return true
}

// cancelled reports whether the scan's context is done, reporting it once.
func (s *scanner) cancelled() bool {
	if s.stopped {
		return true
	}
	if s.ctx == nil || s.ctx.Err() == nil {
		return false
	}
	s.stopped = true
	what := "evaluation cancelled"
	if errors.Is(s.ctx.Err(), context.DeadlineExceeded) {
		what = "evaluation timed out"
	}
	s.diags.Errorf(model.Position{File: s.display}, "%s; the rest of the configuration is not evaluated", what)
	return true
}

// charge spends evaluation work; false once the budget is exhausted (an
// error diagnostic at rng the first time) or the scan is cancelled.
func (s *scanner) charge(n int64, rng hcl.Range) bool {
	if s.cancelled() || s.evalOver {
		return false
	}
	s.evalWork += n
	if s.evalWork <= s.lim.MaxEvalWork {
		return true
	}
	s.evalOver = true
	pos := hclPos(rng.Start, rng.Filename)
	if pos.File == "" {
		pos = model.Position{File: s.display}
	}
	s.diags.Errorf(pos,
		"evaluation work limit (%d units) reached; this and later expressions are unknown", s.lim.MaxEvalWork)
	return false
}

// valueSize counts a value's elements deep (strings by bytes) and stops
// once over limit.
func valueSize(v cty.Value, limit int64) (elems, bytes int64) {
	var walk func(cty.Value)
	walk = func(v cty.Value) {
		if elems > limit || bytes > limit {
			return
		}
		v, _ = v.Unmark()
		if !v.IsKnown() || v.IsNull() {
			return
		}
		ty := v.Type()
		switch {
		case ty == cty.String:
			bytes += int64(len(v.AsString()))
		case ty.IsListType() || ty.IsSetType() || ty.IsTupleType() || ty.IsMapType() || ty.IsObjectType():
			for it := v.ElementIterator(); it.Next(); {
				elems++
				if elems > limit {
					return
				}
				_, e := it.Element()
				walk(e)
			}
		}
	}
	walk(v)
	return elems, bytes
}

// checkValue enforces the size limits on a value produced by evaluation
// and, with charge, charges its size to the work budget.
func (s *scanner) checkValue(v cty.Value, rng hcl.Range, charge bool) error {
	limit := int64(max(s.lim.MaxString, s.lim.MaxCollection))
	elems, bytes := valueSize(v, limit)
	switch {
	case bytes > int64(s.lim.MaxString):
		return &limitError{fmt.Sprintf("the value holds more than %d bytes of strings (limit)", s.lim.MaxString)}
	case elems > int64(s.lim.MaxCollection):
		return &limitError{fmt.Sprintf("the value has more than %d elements (limit)", s.lim.MaxCollection)}
	}
	if charge && !s.charge(elems+bytes, rng) {
		return &limitError{"evaluation work limit reached"}
	}
	return nil
}

// budgetExpr wraps a for expression's collection or a template part: it
// charges the work it causes and stops evaluating once a limit is hit.
// The wrapped expression sits inside a ParenthesesExpr so that HCL's
// walkers (Variables, VisitAll) still reach it.
type budgetExpr struct {
	hclsyntax.Expression
	s       *scanner
	forColl bool // the collection of a for expression
}

// iterationCost is the work of one for-expression iteration.
const iterationCost = 50

func newBudgetExpr(e hclsyntax.Expression, s *scanner, forColl bool) *budgetExpr {
	return &budgetExpr{Expression: &hclsyntax.ParenthesesExpr{Expression: e, SrcRange: e.Range()}, s: s, forColl: forColl}
}

func (e *budgetExpr) Value(ctx *hcl.EvalContext) (cty.Value, hcl.Diagnostics) {
	rng := e.Range()
	if !e.s.charge(1, rng) {
		return cty.DynamicVal, nil
	}
	v, diags := e.Expression.Value(ctx)
	if diags.HasErrors() {
		return v, diags
	}
	if uv, _ := v.Unmark(); e.forColl && uv.IsKnown() && !uv.IsNull() && uv.CanIterateElements() {
		// Each iteration costs far more than an element.
		if !e.s.charge(iterationCost*int64(uv.LengthInt()), rng) {
			return cty.DynamicVal, nil
		}
	}
	if err := e.s.checkValue(v, rng, true); err != nil {
		return cty.DynamicVal, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: err.Error(), Subject: rng.Ptr(), Extra: limitExtra{}}}
	}
	return v, diags
}

// instrument wraps the collections of for expressions and the parts of
// templates in a parsed body or expression.
func (s *scanner) instrument(n hclsyntax.Node) {
	if n == nil {
		return
	}
	hclsyntax.VisitAll(n, func(n hclsyntax.Node) hcl.Diagnostics {
		switch e := n.(type) {
		case *hclsyntax.ForExpr:
			if _, done := e.CollExpr.(*budgetExpr); !done {
				e.CollExpr = newBudgetExpr(e.CollExpr, s, true)
			}
		case *hclsyntax.TemplateExpr:
			for i, p := range e.Parts {
				if _, done := p.(*budgetExpr); !done {
					if _, lit := p.(*hclsyntax.LiteralValueExpr); !lit {
						e.Parts[i] = newBudgetExpr(p, s, false)
					}
				}
			}
		}
		return nil
	})
}

// noLimitWrap are functions whose results are values computed by
// expressions that are themselves checked (wrapping try would evaluate
// its arguments again).
var noLimitWrap = map[string]bool{"try": true, "can": true}

// limitFuncs wraps every function of a table so that its result is size
// checked and charged, and functions whose result can be much larger than
// their arguments are refused beforehand.
func (s *scanner) limitFuncs(funcs map[string]function.Function) map[string]function.Function {
	out := make(map[string]function.Function, len(funcs))
	for name, f := range funcs {
		if noLimitWrap[name] {
			out[name] = f
			continue
		}
		out[name] = s.limitFunc(name, f)
	}
	return out
}

func (s *scanner) limitFunc(name string, f function.Function) function.Function {
	return function.New(&function.Spec{
		Params:   f.Params(),
		VarParam: f.VarParam(),
		Type:     f.ReturnTypeForValues,
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			if s.cancelled() || s.evalOver {
				return cty.UnknownVal(retType), nil
			}
			if err := s.precheck(name, args); err != nil {
				return cty.UnknownVal(retType), err
			}
			v, err := f.Call(args)
			if err != nil {
				return v, err
			}
			if err := s.checkValue(v, hcl.Range{}, true); err != nil {
				return cty.UnknownVal(retType), fmt.Errorf("%s: %w", name, err)
			}
			return v, nil
		},
	})
}

// precheck refuses calls whose result would exceed the string limit
// before they allocate it.
func (s *scanner) precheck(name string, args []cty.Value) error {
	limit := int64(s.lim.MaxString)
	str := func(i int) string {
		if i >= len(args) {
			return ""
		}
		v, _ := args[i].Unmark()
		if !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
			return ""
		}
		return v.AsString()
	}
	over := func(n int64) error {
		if n > limit {
			return &limitError{fmt.Sprintf("%s would produce more than %d bytes (limit)", name, limit)}
		}
		return nil
	}
	// What a function reads it may copy: the arguments' apparent size
	// (shared strings counted at each use) is bounded like a result.
	var elems, bytes int64
	for _, a := range args {
		e, b := valueSize(a, limit+1)
		elems, bytes = elems+e, bytes+b
		if bytes > limit || elems > int64(s.lim.MaxCollection) {
			return &limitError{fmt.Sprintf("the arguments of %s hold more than %d bytes or %d elements (limit)", name, limit, s.lim.MaxCollection)}
		}
	}
	// Converting and reading arguments costs about as much per element
	// as an iteration.
	if !s.charge(iterationCost/5*elems+bytes/8, hcl.Range{}) {
		return &limitError{"evaluation work limit reached"}
	}
	switch name {
	case "format", "formatlist":
		w := formatWidth(str(0))
		n := int64(1)
		if name == "formatlist" {
			for _, a := range args[1:] {
				if a, _ := a.Unmark(); a.IsKnown() && !a.IsNull() && a.CanIterateElements() {
					n = max(n, int64(a.LengthInt()))
				}
			}
		}
		return over(n * (w + int64(len(str(0)))))
	case "replace":
		src, sub, repl := str(0), str(1), str(2)
		var n int64
		if len(sub) > 1 && sub[0] == '/' && sub[len(sub)-1] == '/' || sub == "" {
			n = int64(len(src)) + 1
		} else {
			n = int64(strings.Count(src, sub))
		}
		return over(int64(len(src)) + n*int64(len(repl)))
	case "indent":
		n, _ := args[0].Unmark()
		if n.IsKnown() && !n.IsNull() && n.Type() == cty.Number {
			spaces, _ := n.AsBigFloat().Int64()
			s := str(1)
			return over(int64(len(s)) + int64(strings.Count(s, "\n")+1)*max(spaces, 0))
		}
	}
	return nil
}

// formatWidth sums the widths and precisions written in a format string.
func formatWidth(f string) int64 {
	var total int64
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		var n int64
		for i++; i < len(f); i++ {
			c := f[i]
			if c >= '0' && c <= '9' {
				n = n*10 + int64(c-'0')
				if n > 1<<40 {
					n = 1 << 40
				}
				continue
			}
			if c == '.' {
				total += n
				n = 0
				continue
			}
			if c == '-' || c == '+' || c == '#' || c == ' ' || c == '[' || c == ']' {
				continue
			}
			break
		}
		total += n
	}
	return total
}

// Reads an input can steer.

// osPath maps an fs path to the operating system path ("" for an fs.FS
// that is not the operating system's).
func (s *scanner) osPath(fsPath string) string {
	if s.osBase == "" {
		return ""
	}
	return filepath.Join(s.osBase, filepath.FromSlash(fsPath))
}

// readTree reads a file of the scanned tree: inside the scanned root,
// symbolic links resolved, regular files only, bounded.
func (s *scanner) readTree(fsPath string) ([]byte, error) {
	if p := s.osPath(fsPath); p != "" {
		return safefs.ReadFile(s.safeRoot, p, s.lim.MaxFileSize)
	}
	st, err := fs.Stat(s.fsys, fsPath)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, safefs.ErrNotRegular
	}
	if st.Size() > s.lim.MaxFileSize {
		return nil, errTooLarge
	}
	return fs.ReadFile(s.fsys, fsPath)
}

// statTree is fs.Stat for a path of the scanned tree, confined like
// readTree.
func (s *scanner) statTree(fsPath string) (fs.FileInfo, error) {
	if p := s.osPath(fsPath); p != "" {
		return safefs.Stat(s.safeRoot, p)
	}
	return fs.Stat(s.fsys, fsPath)
}

// moduleDirInside checks a module directory (a local source or one named
// by modules.json) before it is loaded: a directory inside the scanned
// root, symbolic links resolved.
func (s *scanner) moduleDirInside(dir string) error { return s.dirTree(dir) }

// dirTree checks that an fs path is a directory inside the scanned root.
func (s *scanner) dirTree(fsPath string) error {
	if p := s.osPath(fsPath); p != "" {
		_, err := safefs.Dir(s.safeRoot, p)
		return err
	}
	st, err := fs.Stat(s.fsys, fsPath)
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return errors.New("not a directory")
	}
	return nil
}

// readProblem describes a failed read naming only the path as written,
// never an operating system path or anything read.
func readProblem(written string, err error) string {
	switch {
	case errors.Is(err, safefs.ErrOutside):
		return fmt.Sprintf("%s is outside the scanned root", written)
	case errors.Is(err, safefs.ErrNotRegular):
		return fmt.Sprintf("%s is not a regular file", written)
	case errors.Is(err, safefs.ErrTooLarge), errors.Is(err, errTooLarge):
		return fmt.Sprintf("%s is too large", written)
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Sprintf("%s does not exist", written)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Sprintf("%s: permission denied", written)
	}
	if err != nil && strings.Contains(err.Error(), "not a directory") {
		return fmt.Sprintf("%s is not a directory", written)
	}
	return fmt.Sprintf("%s cannot be read", written)
}
