package mcp

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
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
			return "", fmt.Errorf("path %q: %w (\"..\" is not allowed)", p, errOutsideRoot)
		}
	}
	var joined string
	if filepath.IsAbs(p) {
		joined = filepath.Clean(p)
		if !within(root, joined) && !within(realRoot, joined) {
			return "", fmt.Errorf("path %q: %w", p, errOutsideRoot)
		}
	} else {
		joined = filepath.Join(root, p)
	}
	real, err := filepath.EvalSymlinks(joined)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("path %q does not exist", p)
		}
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return "", fmt.Errorf("path %q: %v", p, err)
	}
	if !within(realRoot, real) {
		return "", fmt.Errorf("path %q: %w (it resolves through a symbolic link)", p, errOutsideRoot)
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
