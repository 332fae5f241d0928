package tfsource

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/iacvet/iacvet/model"
)

// Options tunes the parser.
type Options struct {
	// Vars are --var k=v values. A value for a variable whose type is a
	// primitive (or not declared) is taken as a string, as Terraform does;
	// other values are parsed as HCL expressions.
	Vars map[string]string
	// VarFiles are --var-file paths (.tfvars HCL or .tfvars.json), applied in
	// order after terraform.tfvars and *.auto.tfvars.
	VarFiles []string
	// Region is the region of resources whose provider region is not known.
	Region string
	// Root is the scanned root (absolute, or relative to the working
	// directory): every file a configuration makes iacvet read (file
	// functions, variable files found in the directory, local module
	// directories) must resolve inside it. Empty: the directory given to
	// ParseDir or Enrich. Not used by ParseFS and EnrichFS.
	Root string
	// Limits bound the cost of a scan; zero fields take their defaults.
	Limits Limits
	// DataDir is Terraform's data directory (TF_DATA_DIR) relative to the
	// module directory, where terraform init wrote modules/modules.json;
	// empty means .terraform.
	DataDir string
}

// maxDynamic bounds the blocks one dynamic block generates.
const maxDynamic = 10000

var (
	errTooLarge = errors.New("file too large")
	ctyBool     = cty.Bool
	ctyString   = cty.String
)

// ParseDir evaluates the root module in dir. Positions name files as dir
// joined with their path relative to dir.
// Evaluation stops, with an error diagnostic, when ctx is done.
func ParseDir(ctx context.Context, dir string, opts Options) ([]*model.Resource, model.Diagnostics) {
	s, diags := newOSScanner(ctx, dir, opts)
	if s == nil {
		return nil, diags
	}
	s.run()
	return s.out, s.finish()
}

// ParseFS evaluates the root module at the root of fsys; display is the
// prefix of file names in positions. A plan file's configuration snapshot
// (tfconfig/ with modules.json and m-<key>/ directories) is recognised.
func ParseFS(ctx context.Context, fsys fs.FS, display string, opts Options) ([]*model.Resource, model.Diagnostics) {
	s := newScanner(ctx, fsys, ".", cleanDisplay(display), opts)
	s.run()
	return s.out, s.finish()
}

// newOSScanner prepares the evaluation of the directory dir of the
// operating system's file system.
func newOSScanner(ctx context.Context, dir string, opts Options) (*scanner, model.Diagnostics) {
	fsys, root, display, err := osTree(dir)
	if err != nil {
		return nil, model.Diagnostics{{Severity: model.DiagError, Position: model.Position{File: display}, Summary: err.Error()}}
	}
	s := newScanner(ctx, fsys, root, display, opts)
	s.onOS = true
	abs, _ := filepath.Abs(dir)
	s.osBase = filepath.VolumeName(abs) + string(filepath.Separator)
	s.safeRoot = abs
	if opts.Root != "" {
		if r, err := filepath.Abs(opts.Root); err == nil {
			s.safeRoot = r
		}
	}
	return s, nil
}

// osTree roots an fs.FS at the file system root so that local module sources
// reaching above dir ("../modules/vpc") can be followed; file() and
// templatefile() stay confined to dir and the calling module's directory.
func osTree(dir string) (fs.FS, string, string, error) {
	display := cleanDisplay(filepath.ToSlash(dir))
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, "", display, err
	}
	st, err := os.Stat(abs)
	if err != nil {
		return nil, "", display, cleanFSError(err)
	}
	if !st.IsDir() {
		return nil, "", display, errors.New("not a directory")
	}
	vol := filepath.VolumeName(abs)
	rel := strings.TrimPrefix(filepath.ToSlash(abs[len(vol):]), "/")
	if rel == "" {
		rel = "."
	}
	return os.DirFS(vol + string(filepath.Separator)), rel, display, nil
}

func cleanDisplay(d string) string {
	if d == "" {
		return "."
	}
	return path.Clean(d)
}

// scanner holds the state of one evaluation.
type scanner struct {
	fsys     fs.FS
	rootDir  string // fs path of the root module
	display  string // display path of the root module
	opts     Options
	diags    model.Diagnostics
	modules  map[string]*moduleConfig
	manifest map[string]manifestEntry
	snapshot bool
	onOS     bool // fsys is the OS file system rooted at "/" (ParseDir, Enrich)
	// jsonNames are file names read as Terraform JSON although they do not
	// end in .tf.json (ParseJSONFile).
	jsonNames map[string]bool

	baseFuncs    map[string]function.Function
	unknownFuncs map[string]bool

	ctx      context.Context
	stopped  bool   // ctx was done (reported once)
	lim      Limits // with defaults
	osBase   string // operating system path of the fs root; "" for ParseFS
	safeRoot string // absolute scanned root every steerable read stays in

	work     int   // units of MaxExpansion spent
	overWork bool  // the work bound was hit (reported once)
	evalWork int64 // units of MaxEvalWork spent
	evalOver bool  // the evaluation budget was exhausted (reported once)

	root  *modInst
	out   []*model.Resource
	insts []*modInst // every module instance walked, in walk order
}

func newScanner(ctx context.Context, fsys fs.FS, root, display string, opts Options) *scanner {
	if ctx == nil {
		ctx = context.Background()
	}
	s := &scanner{ctx: ctx, fsys: fsys, rootDir: root, display: display, opts: opts, lim: opts.Limits.withDefaults(),
		modules: map[string]*moduleConfig{}, unknownFuncs: map[string]bool{}}
	s.baseFuncs = s.limitFuncs(baseFunctions())
	return s
}

// run evaluates the root module and every module below it.
func (s *scanner) run() {
	s.loadManifest()
	rootDir := s.rootDir
	if s.snapshot {
		rootDir = path.Join(s.rootDir, "m-")
		if _, err := fs.Stat(s.fsys, rootDir); err != nil {
			rootDir = s.rootDir
		}
	}
	cfg := s.loadModule(rootDir, s.display)
	s.root = newRootInst(s, cfg)
	s.walk(s.root)
}

// finish sorts and deduplicates the diagnostics.
func (s *scanner) finish() model.Diagnostics {
	s.diags.Sort()
	out := s.diags[:0]
	for i, d := range s.diags {
		if i > 0 && d == s.diags[i-1] {
			continue
		}
		out = append(out, d)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// spend takes n units of work; false once the scan's bound is exhausted.
func (s *scanner) spend(n int, pos model.Position) bool {
	if s.cancelled() {
		return false
	}
	s.work += n
	if s.work <= s.lim.MaxExpansion {
		return true
	}
	if !s.overWork {
		s.overWork = true
		s.diags.Errorf(pos, "configuration expands to more than %d resource instances, module instances and dynamic blocks; the rest is not scanned", s.lim.MaxExpansion)
	}
	return false
}

// displayFor maps an fs path to a display path.
func (s *scanner) displayFor(fsPath string) string {
	return path.Join(s.display, relPath(s.rootDir, fsPath))
}

// relPath is the slash path from base to target (both clean, relative).
func relPath(base, target string) string {
	if base == "." {
		return target
	}
	b := strings.Split(base, "/")
	t := strings.Split(target, "/")
	if target == "." {
		t = nil
	}
	i := 0
	for i < len(b) && i < len(t) && b[i] == t[i] {
		i++
	}
	parts := make([]string, 0, len(b)-i+len(t)-i)
	for range b[i:] {
		parts = append(parts, "..")
	}
	parts = append(parts, t[i:]...)
	if len(parts) == 0 {
		return "."
	}
	return strings.Join(parts, "/")
}

func hclPos(p hcl.Pos, file string) model.Position {
	return model.Position{File: file, Line: p.Line, Column: p.Column}
}

func lessPos(a, b model.Position) bool {
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Column < b.Column
}

// addHCLDiags converts HCL diagnostics; errors are downgraded to sev.
func (s *scanner) addHCLDiags(diags hcl.Diagnostics, sev model.DiagSeverity) {
	for _, d := range diags {
		if d == nil {
			continue
		}
		md := model.Diagnostic{Severity: sev, Summary: d.Summary, Detail: d.Detail}
		if d.Severity == hcl.DiagWarning {
			md.Severity = model.DiagWarning
		}
		if d.Subject != nil {
			md.Position = model.Position{File: d.Subject.Filename, Line: d.Subject.Start.Line, Column: d.Subject.Start.Column}
		}
		s.diags = append(s.diags, md)
	}
}

// cleanFSError drops the operating system path from fs errors so that
// diagnostics do not leak absolute paths.
func cleanFSError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
