// Package safefs owns every file read that a scanned input can steer:
// Terraform's file functions and variable files, module directories named
// by .terraform/modules/modules.json, CloudFormation TemplateURLs, CDK
// manifests and stack templates. A read resolves symbolic links, must stay
// inside the scanned root and must name a regular file (never a device, a
// FIFO or /proc); its size is bounded. Errors name the path as it was
// written, never anything read from it.
package safefs

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ErrOutside is returned (wrapped in *OutsideError) for a path that
// resolves outside the root.
var ErrOutside = errors.New("outside the scanned root")

// OutsideError says that Path, as the input wrote it, resolves outside Root.
type OutsideError struct {
	Path string
	Root string
}

func (e *OutsideError) Error() string {
	return fmt.Sprintf("%s is outside the scanned root %s", e.Path, e.Root)
}

// Unwrap lets errors.Is(err, ErrOutside) match.
func (e *OutsideError) Unwrap() error { return ErrOutside }

// ErrNotRegular is returned for a path that is not a regular file.
var ErrNotRegular = errors.New("not a regular file")

// ErrTooLarge is returned for a file over the size limit.
var ErrTooLarge = errors.New("file too large")

// Resolve returns the path name resolves to, symbolic links followed, when
// it lies inside root (root itself included). root and name may be
// relative to the working directory. A path that does not exist is an
// error of its own (fs.ErrNotExist), checked before the root, so that a
// missing file is reported as missing.
func Resolve(root, name string) (string, error) {
	if root == "" {
		return "", fmt.Errorf("%s: no scanned root set", name)
	}
	r, err := canonical(root)
	if err != nil {
		return "", fmt.Errorf("scanned root: %w", err)
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		return "", err
	}
	// Lexical check first: a path written to leave the root is refused
	// without touching the file system outside it.
	if !within(r, abs) && !within(filepath.Clean(mustAbs(root)), abs) {
		return "", &OutsideError{Path: name, Root: root}
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return "", &fs.PathError{Op: "open", Path: name, Err: pe.Err}
		}
		return "", fmt.Errorf("%s: %w", name, err)
	}
	if !within(r, real) {
		return "", &OutsideError{Path: name, Root: root}
	}
	return real, nil
}

// ReadFile reads a regular file inside root, at most max bytes (max <= 0:
// no limit beyond the file's size).
func ReadFile(root, name string, max int64) ([]byte, error) {
	real, err := Resolve(root, name)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(real)
	if err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: unwrap(err)}
	}
	if !st.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: ErrNotRegular}
	}
	if max > 0 && st.Size() > max {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, st.Size(), max)}
	}
	f, err := os.Open(real)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: unwrap(err)}
	}
	defer f.Close()
	var r io.Reader = f
	if max > 0 {
		r = io.LimitReader(f, max+1)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: unwrap(err)}
	}
	if max > 0 && int64(len(data)) > max {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fmt.Errorf("%w: the limit is %d bytes", ErrTooLarge, max)}
	}
	return data, nil
}

// Stat is os.Stat for a path inside root.
func Stat(root, name string) (fs.FileInfo, error) {
	real, err := Resolve(root, name)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(real)
	if err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: unwrap(err)}
	}
	return st, nil
}

// Dir checks that name is a directory inside root and returns its
// resolved path.
func Dir(root, name string) (string, error) {
	real, err := Resolve(root, name)
	if err != nil {
		return "", err
	}
	st, err := os.Stat(real)
	if err != nil {
		return "", &fs.PathError{Op: "stat", Path: name, Err: unwrap(err)}
	}
	if !st.IsDir() {
		return "", &fs.PathError{Op: "open", Path: name, Err: errors.New("not a directory")}
	}
	return real, nil
}

func canonical(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	return filepath.EvalSymlinks(abs)
}

func mustAbs(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return abs
}

// within reports whether p is root or below it; both are clean absolute
// paths.
func within(root, p string) bool {
	if p == root {
		return true
	}
	if !strings.HasSuffix(root, string(filepath.Separator)) {
		root += string(filepath.Separator)
	}
	return strings.HasPrefix(p, root)
}

func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
