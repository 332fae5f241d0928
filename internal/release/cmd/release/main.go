// Command release is the part of scripts/release.sh that must give the same
// bytes on every machine:
//
//	release archive -mtime UNIX OUT.tar.gz|OUT.zip DIR
//	    archives the regular files under DIR (names relative to DIR, mode
//	    0755 for executables and 0644 for the rest, every time UNIX)
//	release sums DIR
//	    writes DIR/SHA256SUMS for the other files in DIR
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/iacvet/iacvet/internal/release"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "release:", err)
		os.Exit(1)
	}
}

const usage = "usage: release archive -mtime UNIX OUT DIR | release sums DIR"

func run(args []string, stderr io.Writer) error {
	if len(args) == 0 {
		return errors.New(usage)
	}
	switch args[0] {
	case "archive":
		fl := flag.NewFlagSet("archive", flag.ContinueOnError)
		fl.SetOutput(stderr)
		mtime := fl.Int64("mtime", -1, "modification time of every member (Unix seconds)")
		if err := fl.Parse(args[1:]); err != nil {
			return err
		}
		if fl.NArg() != 2 || *mtime < 0 {
			return errors.New(usage)
		}
		files, err := collect(fl.Arg(1))
		if err != nil {
			return err
		}
		return release.WriteFile(fl.Arg(0), files, time.Unix(*mtime, 0))
	case "sums":
		if len(args) != 2 {
			return errors.New(usage)
		}
		return sums(args[1])
	}
	return errors.New(usage)
}

// collect lists the regular files under dir.
func collect(dir string) ([]release.File, error) {
	var files []release.File
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if !d.Type().IsRegular() {
			return fmt.Errorf("%s: not a regular file", p)
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		mode := fs.FileMode(0o644)
		if info.Mode()&0o111 != 0 || strings.HasSuffix(p, ".exe") {
			mode = 0o755
		}
		files = append(files, release.File{Name: filepath.ToSlash(rel), Path: p, Mode: mode})
		return nil
	})
	if err == nil && len(files) == 0 {
		err = fmt.Errorf("%s: no files to archive", dir)
	}
	return files, err
}

// sums writes DIR/SHA256SUMS for every other regular file in DIR.
func sums(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var names []string
	for _, e := range entries {
		if e.Type().IsRegular() && e.Name() != "SHA256SUMS" {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return fmt.Errorf("%s: nothing to list in SHA256SUMS", dir)
	}
	text, err := release.Sums(dir, names)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "SHA256SUMS"), []byte(text), 0o644)
}
