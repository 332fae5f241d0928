// Package release writes the files of an iacvet release the same way every
// time: archives whose bytes depend only on their contents and one given
// modification time (no owner, no build-machine clock, files in a fixed
// order), and the SHA256SUMS file that lists them. scripts/release.sh calls
// it through the release command beside this package.
package release

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"compress/flate"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// File is one file to put in an archive.
type File struct {
	Name string      // name in the archive (slash-separated, relative)
	Path string      // where to read it from
	Mode fs.FileMode // permission bits recorded in the archive
}

// Format is an archive format, chosen by the archive's name.
type Format int

const (
	TarGz Format = iota
	Zip
)

// FormatOf returns the format an archive name asks for: .tar.gz or .zip.
func FormatOf(name string) (Format, error) {
	switch {
	case strings.HasSuffix(name, ".tar.gz"):
		return TarGz, nil
	case strings.HasSuffix(name, ".zip"):
		return Zip, nil
	}
	return 0, fmt.Errorf("archive %s: name must end in .tar.gz or .zip", name)
}

// checkNames refuses names that would not extract where they should, and
// duplicates.
func checkNames(files []File) error {
	seen := map[string]bool{}
	for _, f := range files {
		if f.Name == "" || path.IsAbs(f.Name) || path.Clean(f.Name) != f.Name || strings.HasPrefix(f.Name, "../") || f.Name == ".." {
			return fmt.Errorf("archive member %q: not a clean relative name", f.Name)
		}
		if seen[f.Name] {
			return fmt.Errorf("archive member %q: listed twice", f.Name)
		}
		seen[f.Name] = true
	}
	return nil
}

// Write writes files to w as one archive of the given format. Members are
// sorted by name and carry mtime, the given mode, and no owner.
func Write(w io.Writer, format Format, files []File, mtime time.Time) error {
	if err := checkNames(files); err != nil {
		return err
	}
	files = slices.Clone(files)
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Name, b.Name) })
	mtime = mtime.UTC().Truncate(time.Second)
	switch format {
	case TarGz:
		return writeTarGz(w, files, mtime)
	case Zip:
		return writeZip(w, files, mtime)
	}
	return fmt.Errorf("unknown archive format %d", format)
}

func writeTarGz(w io.Writer, files []File, mtime time.Time) error {
	gz, err := gzip.NewWriterLevel(w, gzip.DefaultCompression)
	if err != nil {
		return err
	}
	// The gzip header keeps no name and the same time as the members.
	gz.ModTime = mtime
	tw := tar.NewWriter(gz)
	for _, f := range files {
		data, err := os.ReadFile(f.Path)
		if err != nil {
			return err
		}
		hdr := &tar.Header{
			Typeflag: tar.TypeReg,
			Name:     f.Name,
			Mode:     int64(f.Mode.Perm()),
			Size:     int64(len(data)),
			ModTime:  mtime,
			Format:   tar.FormatUSTAR,
		}
		if err := tw.WriteHeader(hdr); err != nil {
			return fmt.Errorf("archive member %s: %w", f.Name, err)
		}
		if _, err := tw.Write(data); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return gz.Close()
}

func writeZip(w io.Writer, files []File, mtime time.Time) error {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.DefaultCompression)
	})
	for _, f := range files {
		data, err := os.ReadFile(f.Path)
		if err != nil {
			return err
		}
		hdr := &zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: mtime}
		hdr.SetMode(f.Mode.Perm())
		mw, err := zw.CreateHeader(hdr)
		if err != nil {
			return fmt.Errorf("archive member %s: %w", f.Name, err)
		}
		if _, err := mw.Write(data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// WriteFile writes the archive named name (its format from the suffix).
func WriteFile(name string, files []File, mtime time.Time) (err error) {
	format, err := FormatOf(name)
	if err != nil {
		return err
	}
	out, err := os.Create(name)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(name)
		}
	}()
	bw := bufio.NewWriter(out)
	if err := Write(bw, format, files, mtime); err != nil {
		return fmt.Errorf("archive %s: %w", name, err)
	}
	return bw.Flush()
}

// Sums returns the SHA256SUMS text for the named files in dir: one
// "<hex>  <name>" line each (the format sha256sum -c reads), sorted by name.
func Sums(dir string, names []string) (string, error) {
	names = slices.Clone(names)
	slices.Sort(names)
	var b strings.Builder
	for i, name := range names {
		if i > 0 && names[i-1] == name {
			continue
		}
		if name != filepath.Base(name) || strings.ContainsAny(name, "\n\\") {
			return "", fmt.Errorf("sums: %q is not a plain file name", name)
		}
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return "", fmt.Errorf("sums: %w", err)
		}
		h := sha256.New()
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", fmt.Errorf("sums: %s: %w", name, err)
		}
		fmt.Fprintf(&b, "%s  %s\n", hex.EncodeToString(h.Sum(nil)), name)
	}
	return b.String(), nil
}
