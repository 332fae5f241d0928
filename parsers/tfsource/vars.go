package tfsource

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/iacvet/iacvet/internal/safefs"
	"github.com/iacvet/iacvet/model"
)

// rootVariables collects root module variable values, later sources
// overriding earlier ones: terraform.tfvars, terraform.tfvars.json,
// *.auto.tfvars(.json) in name order, Options.VarFiles, Options.Vars.
func (s *scanner) rootVariables(cfg *moduleConfig) map[string]cty.Value {
	vals := map[string]cty.Value{}
	parser := hclparse.NewParser()
	var auto []string
	if entries, err := fs.ReadDir(s.fsys, cfg.dir); err == nil {
		for _, e := range entries {
			n := e.Name()
			if !e.IsDir() && (strings.HasSuffix(n, ".auto.tfvars") || strings.HasSuffix(n, ".auto.tfvars.json")) {
				auto = append(auto, n)
			}
		}
	}
	sort.Strings(auto)
	for _, n := range append([]string{"terraform.tfvars", "terraform.tfvars.json"}, auto...) {
		src, err := s.readTree(path.Join(cfg.dir, n))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			s.diags.Errorf(model.Position{File: path.Join(cfg.displayDir, n)}, "read variable file: %s", readProblem(n, err))
			continue
		}
		s.readVarFile(parser, cfg, src, path.Join(cfg.displayDir, n), strings.HasSuffix(n, ".json"), vals)
	}
	for _, f := range s.opts.VarFiles {
		display := filepath.ToSlash(f)
		st, err := os.Stat(f)
		if err != nil {
			s.diags.Errorf(model.Position{File: display}, "read variable file: %v", cleanFSError(err))
			continue
		}
		if !st.Mode().IsRegular() {
			s.diags.Errorf(model.Position{File: display}, "read variable file: %s", readProblem(display, safefs.ErrNotRegular))
			continue
		}
		if st.Size() > s.lim.MaxFileSize {
			s.diags.Errorf(model.Position{File: display}, "read variable file: %v", errTooLarge)
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			s.diags.Errorf(model.Position{File: display}, "read variable file: %v", cleanFSError(err))
			continue
		}
		s.readVarFile(parser, cfg, src, display, strings.HasSuffix(f, ".json"), vals)
	}
	names := make([]string, 0, len(s.opts.Vars))
	for k := range s.opts.Vars {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		raw := s.opts.Vars[name]
		decl := cfg.variables[name]
		if decl == nil {
			s.diags.Warnf(model.Position{File: cfg.displayDir}, "value for undeclared variable %q (--var)", name)
			continue
		}
		if literalMode(decl) {
			vals[name] = cty.StringVal(raw)
			continue
		}
		if !s.checkNesting([]byte(raw), "--var "+name) {
			continue
		}
		expr, diags := hclsyntax.ParseExpression([]byte(raw), "--var "+name, hcl.InitialPos)
		if diags.HasErrors() {
			s.addHCLDiags(diags, model.DiagError)
			continue
		}
		v, diags := expr.Value(nil)
		if diags.HasErrors() {
			s.addHCLDiags(diags, model.DiagError)
			continue
		}
		vals[name] = v
	}
	return vals
}

// literalMode reports whether a --var value is taken as a literal string:
// Terraform does so for variables without a type or with a primitive type.
func literalMode(decl *variableDecl) bool {
	if decl.typeExpr == nil {
		return true
	}
	ty, diags := typeexpr.TypeConstraint(decl.typeExpr)
	return diags.HasErrors() || ty.IsPrimitiveType()
}

func (s *scanner) readVarFile(parser *hclparse.Parser, cfg *moduleConfig, src []byte, display string, isJSON bool, vals map[string]cty.Value) {
	if !s.checkNesting(src, display) {
		return
	}
	var file *hcl.File
	var diags hcl.Diagnostics
	if isJSON {
		file, diags = parser.ParseJSON(src, display)
	} else {
		file, diags = parser.ParseHCL(src, display)
	}
	s.addHCLDiags(diags, model.DiagError)
	if file == nil || file.Body == nil {
		return
	}
	if sb, ok := file.Body.(*hclsyntax.Body); ok {
		s.instrument(sb)
	}
	attrs, diags := file.Body.JustAttributes()
	s.addHCLDiags(diags, model.DiagError)
	names := make([]string, 0, len(attrs))
	for n := range attrs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		a := attrs[n]
		if cfg.variables[n] == nil {
			s.diags.Warnf(hclPos(a.NameRange.Start, display), "value for undeclared variable %q", n)
			continue
		}
		v, d := a.Expr.Value(nil)
		if d.HasErrors() {
			s.addHCLDiags(d, model.DiagError)
			continue
		}
		vals[n] = v
	}
}
