package scan

import (
	"os"

	"github.com/iacvet/iacvet/internal/safefs"
	"github.com/iacvet/iacvet/model"
	"path/filepath"
	"strings"
)

// rootOf is the scanned root of an input: every file the input can name
// (Terraform's file functions, module directories, nested templates, CDK
// stacks) must resolve inside it. It is Options.Root when set (--root,
// the MCP server's --root); otherwise the working directory when the input
// lies inside it (a repository checkout scanned from its top, as in CI),
// else the directory walked to find the input, else the input itself: the
// directory named, or the file's directory.
func rootOf(in *input, opts Options) string {
	if opts.Root != "" {
		if abs, err := filepath.Abs(opts.Root); err == nil {
			return abs
		}
		return opts.Root
	}
	p := in.fsPath
	if in.root != "" {
		p = in.root
	}
	if p == "" { // stdin names no files of its own
		wd, _ := os.Getwd()
		return wd
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if wd, err := os.Getwd(); err == nil && inside(wd, abs) {
		return wd
	}
	if st, err := os.Stat(abs); err == nil && st.IsDir() {
		return abs
	}
	return filepath.Dir(abs)
}

// inside reports whether p is dir or below it (both absolute and clean).
func inside(dir, p string) bool {
	if p == dir {
		return true
	}
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// confine drops the inputs named on the command line that resolve outside
// their scanned root (a symbolic link in the repository pointing at a file
// of the runner), with an error: what the link points at is never parsed
// nor echoed.
func confine(inputs []*input, opts Options, diags model.Diagnostics) ([]*input, model.Diagnostics) {
	out := inputs[:0]
	for _, in := range inputs {
		if in.fsPath != "" {
			if _, err := safefs.Resolve(rootOf(in, opts), in.fsPath); err != nil {
				diags.Errorf(model.Position{File: in.path}, "cannot read input: %v", err)
				continue
			}
		}
		out = append(out, in)
	}
	return out, diags
}
