package tfsource

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/iacvet/iacvet/internal/safefs"
	"github.com/iacvet/iacvet/internal/textfile"
	"github.com/iacvet/iacvet/model"
)

// maxFileSize bounds the .tf files read; larger ones are reported and skipped.
const maxFileSize = 8 << 20

// moduleConfig is one parsed module directory.
type moduleConfig struct {
	dir        string // fs path of the directory
	displayDir string // display path of the directory
	variables  map[string]*variableDecl
	locals     map[string]*hcl.Attribute
	outputs    map[string]*outputDecl
	providers  []*providerDecl
	calls      []*moduleCall
	resources  []*resourceDecl
	byAddr     map[string]*resourceDecl // "aws_x.name", "data.aws_x.name"
	callByName map[string]*moduleCall
	ignores    map[string]*fileComments // display file name -> comments
	funcs      map[string]function.Function
}

type variableDecl struct {
	name      string
	def       hcl.Expression // nil when absent
	typeExpr  hcl.Expression
	sensitive bool
	pos       model.Position
}

type outputDecl struct {
	name      string
	pos       model.Position
	expr      hcl.Expression
	sensitive bool
}

type providerDecl struct {
	name, alias string
	body        hcl.Body
	pos         model.Position
}

type moduleCall struct {
	name      string
	source    string
	body      hcl.Body
	attrs     hcl.Attributes // inputs and meta-arguments
	count     hcl.Expression
	forEach   hcl.Expression
	providers hcl.Expression
	pos       model.Position
	endLine   int
	file      string
	invalid   bool // a configuration error was reported on the block; not evaluated
}

type resourceDecl struct {
	mode     model.Mode
	typ      string
	name     string
	body     hcl.Body // remaining body, without meta-arguments
	count    hcl.Expression
	forEach  hcl.Expression
	provider string // provider configuration named by the provider argument
	pos      model.Position
	endLine  int
	file     string // display file name
}

func (r *resourceDecl) addr() string {
	if r.mode == model.ModeData {
		return "data." + r.typ + "." + r.name
	}
	return r.typ + "." + r.name
}

var fileSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
	{Type: "terraform"},
	{Type: "provider", LabelNames: []string{"name"}},
	{Type: "variable", LabelNames: []string{"name"}},
	{Type: "locals"},
	{Type: "output", LabelNames: []string{"name"}},
	{Type: "module", LabelNames: []string{"name"}},
	{Type: "resource", LabelNames: []string{"type", "name"}},
	{Type: "data", LabelNames: []string{"type", "name"}},
}}

var resourceMetaSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "count"}, {Name: "for_each"}, {Name: "provider"}, {Name: "depends_on"}},
	Blocks:     []hcl.BlockHeaderSchema{{Type: "lifecycle"}, {Type: "provisioner", LabelNames: []string{"type"}}, {Type: "connection"}},
}

var variableSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
	{Name: "default"}, {Name: "type"}, {Name: "description"}, {Name: "sensitive"}, {Name: "nullable"}, {Name: "ephemeral"},
}, Blocks: []hcl.BlockHeaderSchema{{Type: "validation"}}}

var outputSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
	{Name: "value"}, {Name: "description"}, {Name: "sensitive"}, {Name: "depends_on"}, {Name: "ephemeral"},
}, Blocks: []hcl.BlockHeaderSchema{{Type: "precondition"}}}

// loadModule parses every .tf and .tf.json file of an fs directory. Files that
// fail to parse are reported and skipped; the others are still read.
func (s *scanner) loadModule(dir, displayDir string) *moduleConfig {
	if m, ok := s.modules[dir]; ok {
		return m
	}
	m := &moduleConfig{
		dir: dir, displayDir: displayDir,
		variables:  map[string]*variableDecl{},
		locals:     map[string]*hcl.Attribute{},
		outputs:    map[string]*outputDecl{},
		byAddr:     map[string]*resourceDecl{},
		callByName: map[string]*moduleCall{},
		ignores:    map[string]*fileComments{},
	}
	s.modules[dir] = m
	entries, err := fs.ReadDir(s.fsys, dir)
	if err != nil {
		s.diags.Errorf(model.Position{File: displayDir}, "read module directory: %v", cleanFSError(err))
		return m
	}
	type parsed struct {
		display string
		src     []byte
		file    *hcl.File
		diags   hcl.Diagnostics
		json    bool
	}
	var files []*parsed
	for _, e := range entries { // ReadDir sorts by name
		name := e.Name()
		isJSON := strings.HasSuffix(name, ".tf.json") || s.jsonNames[name] && dir == s.rootDir
		if e.IsDir() || !(strings.HasSuffix(name, ".tf") || isJSON) || isEditorFile(name) {
			continue
		}
		display := path.Join(displayDir, name)
		if base := strings.TrimSuffix(strings.TrimSuffix(name, ".json"), ".tf"); base == "override" || strings.HasSuffix(base, "_override") {
			s.diags = append(s.diags, model.Diagnostic{Severity: model.DiagNotice, Position: model.Position{File: display},
				Summary: "override files are not merged; the blocks they override are scanned as written"})
			continue
		}
		src, err := s.readTree(path.Join(dir, name))
		if err != nil {
			s.diags.Errorf(model.Position{File: display}, "%s", readProblem(name, err))
			continue
		}
		if !textfile.Is(src) {
			// One line, not a syntax error per line; an error, for the
			// module cannot be evaluated without the file.
			s.diags.Errorf(model.Position{File: display}, "not text, skipped: binary or not UTF-8")
			continue
		}
		if !s.checkNesting(src, display) {
			continue
		}
		files = append(files, &parsed{display: display, src: src, json: isJSON})
	}
	// Files are parsed in parallel (parsing dominates large modules) and
	// then read in name order.
	parseOne := func(f *parsed) {
		if f.json {
			f.file, f.diags = hcljson.Parse(f.src, f.display)
		} else {
			f.file, f.diags = hclsyntax.ParseConfig(f.src, f.display, hcl.InitialPos)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(files)/8+1)
	var wg sync.WaitGroup
	next := make(chan *parsed)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range next {
				parseOne(f)
			}
		}()
	}
	for _, f := range files {
		next <- f
	}
	close(next)
	wg.Wait()
	for _, f := range files {
		if f.file != nil {
			if sb, ok := f.file.Body.(*hclsyntax.Body); ok {
				s.instrument(sb)
			}
		}
		s.addHCLDiags(f.diags, model.DiagError)
		if f.file == nil || f.file.Body == nil || f.diags.HasErrors() {
			// A file with syntax errors is skipped as a whole: a partly
			// recovered block could miss attributes and mislead rules.
			continue
		}
		if !f.json && bytes.Contains(f.src, []byte(ignoreDirective)) {
			sb, _ := f.file.Body.(*hclsyntax.Body)
			m.ignores[f.display] = s.scanComments(f.src, f.display, sb)
		}
		s.readFile(m, f.file.Body, f.display)
	}
	sort.SliceStable(m.calls, func(i, j int) bool { return lessPos(m.calls[i].pos, m.calls[j].pos) })
	return m
}

// readFile adds the top-level blocks of one file to the module.
func (s *scanner) readFile(m *moduleConfig, body hcl.Body, display string) {
	content, _, diags := body.PartialContent(fileSchema)
	s.addHCLDiags(diags, model.DiagError)
	if content == nil {
		return
	}
	for _, b := range content.Blocks {
		switch b.Type {
		case "variable":
			c, d := b.Body.Content(variableSchema)
			s.addHCLDiags(d, model.DiagWarning)
			v := &variableDecl{name: b.Labels[0], pos: hclPos(b.DefRange.Start, display)}
			if a := c.Attributes["default"]; a != nil {
				v.def = a.Expr
			}
			if a := c.Attributes["type"]; a != nil {
				v.typeExpr = a.Expr
			}
			if a := c.Attributes["sensitive"]; a != nil {
				val, _ := a.Expr.Value(nil)
				v.sensitive = val.Type().Equals(ctyBool) && val.IsKnown() && !val.IsNull() && val.True()
			}
			m.variables[v.name] = v
		case "locals":
			attrs, d := b.Body.JustAttributes()
			s.addHCLDiags(d, model.DiagError)
			for name, a := range attrs {
				if _, dup := m.locals[name]; dup {
					s.diags.Warnf(hclPos(a.NameRange.Start, display), "duplicate local value %q", name)
				}
				m.locals[name] = a
			}
		case "output":
			c, d := b.Body.Content(outputSchema)
			s.addHCLDiags(d, model.DiagWarning)
			o := &outputDecl{name: b.Labels[0], pos: hclPos(b.DefRange.Start, display)}
			if a := c.Attributes["value"]; a != nil {
				o.expr = a.Expr
			}
			if a := c.Attributes["sensitive"]; a != nil {
				val, _ := a.Expr.Value(nil)
				o.sensitive = val.Type().Equals(ctyBool) && val.IsKnown() && !val.IsNull() && val.True()
			}
			m.outputs[o.name] = o
		case "provider":
			p := &providerDecl{name: b.Labels[0], body: b.Body, pos: hclPos(b.DefRange.Start, display)}
			if attrs, _ := b.Body.JustAttributes(); attrs != nil {
				if a := attrs["alias"]; a != nil {
					if v, d := a.Expr.Value(nil); !d.HasErrors() && v.Type() == ctyString && v.IsKnown() && !v.IsNull() {
						p.alias = v.AsString()
					}
				}
			}
			m.providers = append(m.providers, p)
		case "module":
			s.readModuleCall(m, b, display)
		case "resource", "data":
			s.readResource(m, b, display)
		}
	}
}

func (s *scanner) readModuleCall(m *moduleConfig, b *hcl.Block, display string) {
	c := &moduleCall{name: b.Labels[0], body: b.Body, file: display,
		pos: blockPos(b, display), endLine: blockEndLine(b)}
	var diags hcl.Diagnostics
	if sb, ok := b.Body.(*hclsyntax.Body); ok && len(sb.Blocks) > 0 {
		// Terraform refuses the configuration ("Unsupported block type");
		// the call is reported on its block and not evaluated, the rest of
		// the directory is.
		for _, nb := range sb.Blocks {
			s.diags.Errorf(hclPos(nb.TypeRange.Start, display),
				"Unsupported block type: module %s cannot contain a %q block; the module is not evaluated", c.name, nb.Type)
		}
		c.invalid = true
		c.attrs = map[string]*hcl.Attribute{}
		for n, a := range sb.Attributes {
			c.attrs[n] = a.AsHCLAttribute()
		}
	} else {
		c.attrs, diags = b.Body.JustAttributes()
		s.addHCLDiags(diags, model.DiagError)
	}
	attrs := c.attrs
	if a := attrs["source"]; a != nil {
		v, d := a.Expr.Value(nil)
		if !d.HasErrors() && v.Type() == ctyString && v.IsKnown() && !v.IsNull() {
			c.source = v.AsString()
		}
	}
	if a := attrs["count"]; a != nil {
		c.count = a.Expr
	}
	if a := attrs["for_each"]; a != nil {
		c.forEach = a.Expr
	}
	if a := attrs["providers"]; a != nil {
		c.providers = a.Expr
	}
	if _, dup := m.callByName[c.name]; dup {
		s.diags.Errorf(c.pos, "duplicate module call %q", c.name)
		return
	}
	m.callByName[c.name] = c
	m.calls = append(m.calls, c)
}

func (s *scanner) readResource(m *moduleConfig, b *hcl.Block, display string) {
	content, remain, diags := b.Body.PartialContent(resourceMetaSchema)
	s.addHCLDiags(diags, model.DiagError)
	r := &resourceDecl{mode: model.ModeManaged, typ: b.Labels[0], name: b.Labels[1], body: remain,
		pos: blockPos(b, display), endLine: blockEndLine(b), file: display}
	if b.Type == "data" {
		r.mode = model.ModeData
	}
	if sb, ok := b.Body.(*hclsyntax.Body); ok {
		r.body = sb // walked natively; meta-arguments are skipped by name
	}
	if content != nil {
		if a := content.Attributes["count"]; a != nil {
			r.count = a.Expr
		}
		if a := content.Attributes["for_each"]; a != nil {
			r.forEach = a.Expr
		}
		if a := content.Attributes["provider"]; a != nil {
			if t, d := hcl.AbsTraversalForExpr(a.Expr); !d.HasErrors() {
				r.provider = traversalName(t)
			} else if v, d := a.Expr.Value(nil); !d.HasErrors() && v.Type() == ctyString && v.IsKnown() && !v.IsNull() {
				r.provider = v.AsString() // JSON syntax: "aws.west"
			}
		}
	}
	if r.count != nil && r.forEach != nil {
		s.diags.Errorf(r.pos, "%s has both count and for_each", r.addr())
	}
	if prev, dup := m.byAddr[r.addr()]; dup {
		s.diags.Errorf(r.pos, "duplicate resource %s (first declared at %s)", r.addr(), prev.pos)
		return
	}
	m.byAddr[r.addr()] = r
	m.resources = append(m.resources, r)
}

// traversalName renders a provider reference traversal: aws, aws.west.
func traversalName(t hcl.Traversal) string {
	var parts []string
	for _, step := range t {
		switch st := step.(type) {
		case hcl.TraverseRoot:
			parts = append(parts, st.Name)
		case hcl.TraverseAttr:
			parts = append(parts, st.Name)
		}
	}
	return strings.Join(parts, ".")
}

// blockPos is where a block starts: its first line in native syntax; in
// JSON syntax, where a block spans nested objects, its name label.
func blockPos(b *hcl.Block, display string) model.Position {
	if _, ok := b.Body.(*hclsyntax.Body); !ok && len(b.LabelRanges) > 0 {
		return hclPos(b.LabelRanges[len(b.LabelRanges)-1].Start, display)
	}
	return hclPos(b.DefRange.Start, display)
}

func blockEndLine(b *hcl.Block) int {
	if sb, ok := b.Body.(*hclsyntax.Body); ok {
		return sb.SrcRange.End.Line
	}
	end := b.DefRange.End.Line
	if attrs, _ := b.Body.JustAttributes(); attrs != nil {
		for _, a := range attrs {
			if a.Range.End.Line > end {
				end = a.Range.End.Line
			}
		}
	}
	return end
}

func isEditorFile(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "#") || strings.HasSuffix(name, "~")
}

func readLimited(fsys fs.FS, name string) ([]byte, error) {
	st, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, cleanFSError(err)
	}
	if st.Size() > maxFileSize {
		return nil, errTooLarge
	}
	b, err := fs.ReadFile(fsys, name)
	return b, cleanFSError(err)
}

// manifestEntry is one module installed by terraform init.
type manifestEntry struct {
	Key    string `json:"Key"`
	Source string `json:"Source"`
	Dir    string `json:"Dir"`
	err    error  // Dir cannot be used (outside the scanned root)
}

// manifestPath is where terraform init wrote the module manifest of the
// root module: <data dir>/modules/modules.json, the data dir being
// .terraform in the directory terraform ran in (terraform -chdir=DIR runs
// in DIR) unless TF_DATA_DIR names another.
func (s *scanner) manifestPath() string {
	dd := ".terraform"
	if s.opts.DataDir != "" {
		dd = path.Clean(filepath.ToSlash(s.opts.DataDir))
	}
	return path.Join(dd, "modules", "modules.json")
}

// loadManifest reads .terraform/modules/modules.json (terraform init) or, in a
// plan file's configuration snapshot, the top-level modules.json.
func (s *scanner) loadManifest() {
	s.manifest = map[string]manifestEntry{}
	mp := s.manifestPath()
	full := path.Join(s.rootDir, mp)
	if s.onOS && filepath.IsAbs(s.opts.DataDir) {
		// An absolute TF_DATA_DIR, set by whoever runs the scan.
		full = strings.TrimPrefix(path.Join(filepath.ToSlash(s.opts.DataDir), "modules", "modules.json"), "/")
	}
	if b, err := s.readTree(full); err == nil {
		var mf struct{ Modules []manifestEntry }
		if err := json.Unmarshal(b, &mf); err != nil {
			s.diags.Errorf(model.Position{File: path.Join(s.display, mp)}, "read module manifest: %v", err)
			return
		}
		for _, e := range mf.Modules {
			if e.Key == "" {
				continue
			}
			e.err = s.checkManifestDir(e.Dir)
			e.Dir = path.Clean(strings.ReplaceAll(e.Dir, "\\", "/"))
			s.manifest[e.Key] = e
		}
		return
	}
	// Plan file configuration snapshot: tfconfig/modules.json lists modules
	// stored under tfconfig/m-<key>/.
	if b, err := s.readTree(path.Join(s.rootDir, "modules.json")); err == nil {
		var recs []manifestEntry
		if json.Unmarshal(b, &recs) != nil {
			return
		}
		s.snapshot = true
		for _, e := range recs {
			if e.Key == "" {
				continue
			}
			e.Dir = path.Clean(strings.ReplaceAll(e.Dir, "\\", "/"))
			s.manifest[e.Key] = e
		}
	}
}

// checkManifestDir refuses a module directory from modules.json that does
// not stay inside the scanned root (Options.Root, else the root module's
// directory). The error names the directory as modules.json wrote it.
func (s *scanner) checkManifestDir(raw string) error {
	d := path.Clean(strings.ReplaceAll(raw, "\\", "/"))
	if raw == "" || path.IsAbs(d) || filepath.IsAbs(raw) || (d == ".." || strings.HasPrefix(d, "../")) && !s.onOS {
		if raw == "" {
			return fmt.Errorf("modules.json gives no Dir")
		}
		return fmt.Errorf("module directory %q from modules.json is outside the scanned root", raw)
	}
	if !s.onOS {
		return nil
	}
	modDir := filepath.FromSlash("/" + s.rootDir)
	root := s.opts.Root
	if root == "" {
		root = modDir
	}
	if _, err := safefs.Dir(root, filepath.Join(modDir, filepath.FromSlash(d))); err != nil {
		if errors.Is(err, safefs.ErrOutside) {
			return fmt.Errorf("module directory %q from modules.json is outside the scanned root", raw)
		}
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("module directory %q from modules.json does not exist (run terraform init)", raw)
		}
		return fmt.Errorf("module directory %q from modules.json is not a directory", raw)
	}
	return nil
}
