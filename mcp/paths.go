package mcp

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/iacvet/iacvet/internal/safefs"
)

// errOutsideRoot is returned for paths that leave the server's root.
var errOutsideRoot = errors.New("path is outside the server's root")

// confine resolves a user-supplied path (relative to root, or absolute
// inside it) to its real location and checks that it stays under realRoot:
// ".." elements are refused outright, absolute paths must lie in the root,
// and symlinks are resolved (filepath.EvalSymlinks) before the containment
// check, so a link that points out of the root is refused too.
func confine(root, realRoot, p string) (string, error) {
	if p == "" {
		return "", errors.New("path is empty")
	}
	if strings.ContainsRune(p, 0) {
		return "", errors.New("path contains a NUL byte")
	}
	for _, part := range strings.Split(filepath.ToSlash(p), "/") {
		if part == ".." {
			return "", fmt.Errorf("path %q: %w (\"..\" is not allowed)", short(p), errOutsideRoot)
		}
	}
	var joined string
	if filepath.IsAbs(p) {
		joined = filepath.Clean(p)
		if !within(root, joined) && !within(realRoot, joined) {
			return "", fmt.Errorf("path %q: %w", short(p), errOutsideRoot)
		}
	} else {
		joined = filepath.Join(root, p)
	}
	real, err := filepath.EvalSymlinks(joined)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("path %q does not exist", short(p))
		}
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return "", fmt.Errorf("path %q: %v", short(p), err)
	}
	if !within(realRoot, real) {
		return "", fmt.Errorf("path %q: %w (it resolves through a symbolic link)", short(p), errOutsideRoot)
	}
	return real, nil
}

// within reports whether p is base or lies below it (both clean, absolute).
func within(base, p string) bool {
	rel, err := filepath.Rel(base, p)
	if err != nil {
		return false
	}
	return rel == "." || (rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel))
}

// realDir returns the absolute, symlink-resolved form of a directory.
func realDir(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return "", err
	}
	st, err := os.Stat(real)
	if err != nil {
		return "", err
	}
	if !st.IsDir() {
		return "", fmt.Errorf("%s is not a directory", dir)
	}
	return real, nil
}

// relocator rewrites the file paths of a report so they read relative to a
// base directory (the root, or the temporary directory of inline content):
// the scan pipeline prints paths relative to the process's working
// directory, or absolute when they lie outside it.
type relocator struct {
	cwd   string
	bases []string // absolute directories, most specific first
}

// file rewrites one path; paths outside every base are left alone.
func (r relocator) file(p string) string {
	if p == "" || strings.HasPrefix(p, "<") {
		return p
	}
	abs := filepath.FromSlash(p)
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(r.cwd, abs)
	}
	for _, b := range r.bases {
		if within(b, abs) {
			rel, _ := filepath.Rel(b, abs)
			return filepath.ToSlash(rel)
		}
	}
	return p
}

// text removes base directories from free text (messages, details).
func (r relocator) text(s string) string {
	for _, b := range r.bases {
		s = strings.ReplaceAll(s, b+string(filepath.Separator), "")
	}
	return s
}

// terraformFile reports whether a file name is one the Terraform source
// reader opens: configuration and variable files.
func terraformFile(name string) bool {
	for _, suffix := range []string{".tf", ".tf.json", ".tfvars", ".tfvars.json"} {
		if strings.HasSuffix(name, suffix) {
			return true
		}
	}
	return false
}

// moduleSourceRe finds local module sources (and absolute paths, which
// Terraform refuses but a reader might follow).
var moduleSourceRe = regexp.MustCompile(`(?m)^\s*"?source"?\s*[=:]\s*"((?:\.\.?)?/[^"]*)"`)

// skipWalk are directories the scanner does not walk.
var skipWalk = map[string]bool{".git": true, ".terraform": true, "node_modules": true, ".terragrunt-cache": true, "vendor": true}

// maxReferenceBytes bounds one Terraform file read by checkReferences.
const maxReferenceBytes = 16 << 20

// checkReferences refuses Terraform code that would make the scan read
// outside base (named baseName in errors): a configuration or variable file that is a symbolic link
// leaving base, or a local module source that resolves outside it. The
// Terraform directories checked are target's (a file's directory), every
// directory below a target directory, and the module directories they
// reach, transitively.
func checkReferences(base, baseName, target string) error {
	var queue []string
	if st, err := os.Stat(target); err == nil && st.IsDir() {
		err := filepath.WalkDir(target, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if p != target && (skipWalk[d.Name()] || strings.HasPrefix(d.Name(), ".")) {
					return fs.SkipDir
				}
				queue = append(queue, p)
			}
			return nil
		})
		if err != nil {
			return err
		}
	} else {
		queue = append(queue, filepath.Dir(target))
	}
	seen := map[string]bool{}
	for len(queue) > 0 {
		dir := queue[0]
		queue = queue[1:]
		if seen[dir] {
			continue
		}
		seen[dir] = true
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			if e.IsDir() || !terraformFile(e.Name()) {
				continue
			}
			p := filepath.Join(dir, e.Name())
			rel := relTo(base, p)
			real, err := filepath.EvalSymlinks(p)
			if err != nil {
				continue
			}
			if !within(base, real) {
				return fmt.Errorf("%s is a symbolic link that leaves %s", rel, baseName)
			}
			if !strings.HasSuffix(e.Name(), ".tf") && !strings.HasSuffix(e.Name(), ".tf.json") {
				continue
			}
			data, err := safefs.ReadFile(base, real, maxReferenceBytes)
			if err != nil {
				continue // the scan reads it again and reports the problem
			}
			for _, m := range moduleSourceRe.FindAllSubmatchIndex(data, -1) {
				src := string(data[m[2]:m[3]])
				line := 1 + strings.Count(string(data[:m[2]]), "\n")
				modDir := filepath.Join(dir, filepath.FromSlash(src))
				if filepath.IsAbs(filepath.FromSlash(src)) {
					modDir = filepath.FromSlash(src)
				}
				resolved, err := filepath.EvalSymlinks(modDir)
				if err != nil {
					resolved = filepath.Clean(modDir)
				}
				if !within(base, resolved) {
					return fmt.Errorf("%s:%d: module source %q leaves %s", rel, line, src, baseName)
				}
				queue = append(queue, resolved)
			}
		}
	}
	return nil
}

// relTo names p relative to base for messages.
func relTo(base, p string) string {
	if rel, err := filepath.Rel(base, p); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return filepath.Base(p)
}

// short bounds a value quoted in an error message: a tool argument is
// never echoed back whole.
func short(s string) string {
	const max = 200
	if len(s) <= max {
		return s
	}
	return s[:max] + "..."
}
