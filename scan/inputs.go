package scan

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/iacvet/iacvet/internal/textfile"
	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/parsers/tfbinary"
	"github.com/iacvet/iacvet/parsers/tfplan"
	"github.com/iacvet/iacvet/parsers/tfsource"
)

// Kind is the kind of an input.
type Kind string

// Input kinds.
const (
	KindPlan           Kind = "terraform-plan"
	KindBinaryPlan     Kind = "terraform-binary-plan"
	KindTerraform      Kind = "terraform"
	KindCloudFormation Kind = "cloudformation"
	KindCDK            Kind = "cdk"
	// KindTerraformJSON is one file of Terraform JSON syntax not named
	// .tf.json (a CDK for Terraform stack copied as stack.json, say).
	KindTerraformJSON Kind = "terraform-json"
)

// skippedSummary marks an explicitly named file that is not
// infrastructure code.
const skippedSummary = "skipped: not a Terraform plan, Terraform file or CloudFormation template"

// notTextSummary marks an explicitly named file that is binary or not
// UTF-8.
const notTextSummary = "not text, skipped"

// MaxInputBytes bounds a single plan or template read into memory.
const MaxInputBytes = 512 << 20

// input is one unit the scanner parses: a file, stdin, a Terraform module
// directory or a cdk.out directory.
type input struct {
	path     string // display path (relative, slash-separated)
	fsPath   string // path on disk ("" for stdin)
	kind     Kind
	data     []byte // content for file inputs
	explicit bool   // named on the command line
	// tentative: a file that may be a template; the parse step tells, and
	// treats it as any other file that is not when it is not.
	tentative bool
	files     []string
	// root is the scanned root a Terraform input's reads stay inside: the
	// directory named on the command line that holds it ("" : its own
	// directory).
	root string
}

// collect turns command-line paths into inputs. Unreadable explicit inputs
// become error diagnostics; files in directories that are not
// infrastructure code are skipped quietly.
func collect(paths []string, stdin io.Reader, excluded func(string) bool) ([]*input, model.Diagnostics) {
	var out []*input
	var diags model.Diagnostics
	seenDir := map[string]bool{}
	for _, p := range paths {
		if p == "-" {
			data, err := readLimited(stdin)
			if err != nil {
				diags.Errorf(model.Position{File: "<stdin>"}, "read stdin: %v", err)
				continue
			}
			in := &input{path: "<stdin>", data: data, explicit: true}
			if kind, ok := detectFile("stdin.json", data); ok {
				in.kind = kind
			} else if len(bytes.TrimSpace(data)) == 0 {
				in.kind = KindPlan // let the plan parser name the problem: empty input
			} else {
				diags.Errorf(model.Position{File: "<stdin>"}, "stdin is not a Terraform plan JSON or CloudFormation template")
				continue
			}
			out = append(out, in)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			diags.Errorf(model.Position{File: display(p)}, "cannot read input: %v", unwrapPathError(err))
			continue
		}
		if st.IsDir() {
			ins, ds := collectDir(p, seenDir, excluded)
			out = append(out, ins...)
			diags = append(diags, ds...)
			continue
		}
		in, d := fileInput(p, true)
		if d != nil {
			diags = append(diags, *d)
			continue
		}
		if in != nil && in.kind == KindTerraform {
			if seenDir[in.fsPath] {
				continue
			}
			seenDir[in.fsPath] = true
		}
		if in != nil {
			out = append(out, in)
		}
	}
	return out, diags
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if asPathError(err, &pe) {
		return pe.Err
	}
	return err
}

func readLimited(r io.Reader) ([]byte, error) {
	if r == nil {
		return nil, fmt.Errorf("no stdin")
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxInputBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxInputBytes {
		return nil, fmt.Errorf("input larger than %d MiB", MaxInputBytes>>20)
	}
	return data, nil
}

// fileInput reads and classifies one file. For explicit files an
// unrecognised content is an error; in directories it is skipped.
func fileInput(p string, explicit bool) (*input, *model.Diagnostic) {
	disp := display(p)
	st, err := os.Stat(p)
	if err != nil {
		return nil, &model.Diagnostic{Severity: model.DiagError, Position: model.Position{File: disp}, Summary: "cannot read input", Detail: err.Error()}
	}
	if !st.IsDir() && !st.Mode().IsRegular() {
		// A FIFO or a device would block or never end.
		return nil, &model.Diagnostic{Severity: model.DiagError, Position: model.Position{File: disp}, Summary: "cannot read input: not a regular file"}
	}
	if st.Size() > MaxInputBytes {
		return nil, &model.Diagnostic{Severity: model.DiagError, Position: model.Position{File: disp}, Summary: fmt.Sprintf("input larger than %d MiB, skipped", MaxInputBytes>>20)}
	}
	if strings.HasSuffix(p, ".tf") || strings.HasSuffix(p, ".tf.json") {
		// A Terraform file is evaluated with its module: its directory.
		dir := filepath.Clean(filepath.Dir(p))
		if st.Size() < 4096 && blankFile(p) && !moduleHasCode(dir) {
			// Valid Terraform, but nothing to scan: say so rather than
			// report a module with no resources as clean.
			return nil, &model.Diagnostic{Severity: model.DiagError, Position: model.Position{File: disp}, Summary: "empty file"}
		}
		return &input{path: display(dir), fsPath: dir, kind: KindTerraform, explicit: explicit, files: []string{p}}, nil
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, &model.Diagnostic{Severity: model.DiagError, Position: model.Position{File: disp}, Summary: "cannot read input", Detail: err.Error()}
	}
	if tfbinary.IsBinaryPlan(data) {
		return &input{path: disp, fsPath: p, kind: KindBinaryPlan, data: data, explicit: explicit}, nil
	}
	if tfplan.IsPlan(data) {
		return &input{path: disp, fsPath: p, kind: KindPlan, data: data, explicit: explicit}, nil
	}
	if tfsource.IsTerraformJSON(data) {
		return &input{path: disp, fsPath: p, kind: KindTerraformJSON, data: data, explicit: explicit}, nil
	}
	if maybeTemplate(data) {
		// Whether it is a template is told by the parse step, which
		// decodes it once for both (and on all cores).
		return &input{path: disp, fsPath: p, kind: KindCloudFormation, data: data, explicit: explicit, tentative: true}, nil
	}
	if !explicit {
		return nil, nil
	}
	return notTemplate(disp, p, data)
}

// blankFile reports whether the file at p holds only white space; a file
// that cannot be read is not blank (its parse says what is wrong).
func blankFile(p string) bool {
	data, err := os.ReadFile(p)
	return err == nil && len(bytes.TrimSpace(data)) == 0
}

// moduleHasCode reports whether a Terraform file in dir holds anything but
// white space; a file that cannot be read counts as code, so its parse says
// what is wrong.
func moduleHasCode(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return true
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !(strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tf.json")) {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || len(bytes.TrimSpace(data)) > 0 {
			return true
		}
	}
	return false
}

// notTemplate classifies a file named on the command line that is neither
// a plan nor a template: an empty or damaged plan goes to the plan parser,
// which says what is wrong; anything else is skipped with a warning.
func notTemplate(disp, p string, data []byte) (*input, *model.Diagnostic) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &model.Diagnostic{Severity: model.DiagError, Position: model.Position{File: disp}, Summary: "empty file"}
	}
	if !textfile.Is(data) {
		return nil, &model.Diagnostic{Severity: model.DiagWarning, Position: model.Position{File: disp}, Summary: notTextSummary}
	}
	if looksLikeJSON(data) && (bytes.Contains(data, []byte(`"format_version"`)) || bytes.Contains(data, []byte(`"resource_changes"`))) {
		// A damaged plan: let the plan parser report where.
		return &input{path: disp, fsPath: p, kind: KindPlan, data: data, explicit: true}, nil
	}
	// Named on the command line (pre-commit passes every YAML/JSON file),
	// but not infrastructure code: skipped with a warning; the run fails
	// only when nothing at all could be scanned.
	return nil, &model.Diagnostic{Severity: model.DiagWarning, Position: model.Position{File: disp}, Summary: skippedSummary}
}

func looksLikeJSON(data []byte) bool {
	t := bytes.TrimSpace(data)
	return len(t) > 0 && (t[0] == '{' || t[0] == '[')
}

// detectFile classifies content: plan JSON (also state JSON and plan JSON
// inside a wrapper's command lines, which the plan parser reports), Terraform
// JSON syntax, or CloudFormation template.
func detectFile(name string, data []byte) (Kind, bool) {
	if tfplan.IsPlan(data) {
		return KindPlan, true
	}
	if tfsource.IsTerraformJSON(data) {
		return KindTerraformJSON, true
	}
	if isTemplate(data) {
		return KindCloudFormation, true
	}
	return "", false
}

var skipDirs = map[string]bool{".git": true, ".terraform": true, "node_modules": true, ".terragrunt-cache": true, "vendor": true}

var templateExt = map[string]bool{".json": true, ".yaml": true, ".yml": true, ".template": true}

// collectDir walks a directory: every directory holding .tf files that is
// not a local module of another becomes a Terraform input; cdk.out
// directories become CDK inputs; plan and template files become file inputs.
func collectDir(root string, seenDir map[string]bool, excluded func(string) bool) ([]*input, model.Diagnostics) {
	var out []*input
	var diags model.Diagnostics
	tfDirs := map[string][]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			diags.Warnf(model.Position{File: display(p)}, "cannot read: %v", unwrapPathError(err))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if excluded != nil && p != root && excluded(display(p)) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != root && (skipDirs[d.Name()] || strings.HasPrefix(d.Name(), ".")) {
				return fs.SkipDir
			}
			if isCDKOut(p) {
				if !seenDir[p] {
					seenDir[p] = true
					out = append(out, &input{path: display(p), fsPath: p, kind: KindCDK, root: root})
				}
				return fs.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			return nil
		}
		name := d.Name()
		if strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tf.json") {
			dir := filepath.Dir(p)
			tfDirs[dir] = append(tfDirs[dir], p)
			return nil
		}
		if !templateExt[strings.ToLower(filepath.Ext(name))] {
			return nil
		}
		in, diag := fileInput(p, false)
		if diag != nil {
			diags = append(diags, *diag)
		} else if in != nil {
			in.root = root
			out = append(out, in)
		}
		return nil
	})
	if err != nil {
		diags.Errorf(model.Position{File: display(root)}, "walk: %v", err)
	}
	modules := localModuleDirs(tfDirs)
	dirs := make([]string, 0, len(tfDirs))
	for d := range tfDirs {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	for _, d := range dirs {
		if modules[filepath.Clean(d)] || seenDir[d] {
			continue
		}
		seenDir[d] = true
		out = append(out, &input{path: display(d), fsPath: d, kind: KindTerraform, files: tfDirs[d], root: root})
	}
	return out, diags
}

var moduleSourceRe = regexp.MustCompile(`(?m)^\s*"?source"?\s*[=:]\s*"(\.\.?/[^"]*)"`)

// localModuleDirs finds directories used as local module sources, so they
// are scanned through their callers (with their inputs) and not as roots.
// A directory is a module only when a root reaches it: a directory that
// calls itself, or a cycle of directories no other one calls, still gets
// one root (the first by name), so that it is scanned and the cycle is
// reported.
func localModuleDirs(tfDirs map[string][]string) map[string]bool {
	calls := map[string][]string{}
	called := map[string]bool{}
	for dir, files := range tfDirs {
		dir = filepath.Clean(dir)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			for _, m := range moduleSourceRe.FindAllSubmatch(data, -1) {
				to := filepath.Clean(filepath.Join(dir, string(m[1])))
				if to == dir {
					continue // calls itself: not a reason to skip it as a root
				}
				calls[dir] = append(calls[dir], to)
				called[to] = true
			}
		}
	}
	dirs := make([]string, 0, len(tfDirs))
	for d := range tfDirs {
		dirs = append(dirs, filepath.Clean(d))
	}
	sort.Strings(dirs)
	out := map[string]bool{}
	seen := map[string]bool{}
	var visit func(string)
	visit = func(d string) {
		for _, to := range calls[d] {
			if !seen[to] {
				seen[to] = true
				out[to] = true
				visit(to)
			}
		}
	}
	for _, d := range dirs { // roots: directories no other one calls
		if !called[d] && !seen[d] {
			seen[d] = true
			visit(d)
		}
	}
	for _, d := range dirs { // cycles nothing else reaches: the first by name is a root
		if !seen[d] {
			seen[d] = true
			visit(d)
			delete(out, d)
		}
	}
	// Module sources that are not directories with .tf files matter not.
	return out
}

// display makes a path relative to the working directory when it is inside
// it, slash-separated.
func display(p string) string {
	if filepath.IsAbs(p) {
		if wd, err := os.Getwd(); err == nil {
			if rel, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(rel, "..") {
				p = rel
			}
		}
	}
	return filepath.ToSlash(filepath.Clean(p))
}
