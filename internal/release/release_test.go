package release

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

type member struct {
	Name    string
	Mode    fs.FileMode
	ModTime time.Time
	Data    string
}

func readTarGz(t *testing.T, data []byte) (members []member, gzTime time.Time) {
	t.Helper()
	gz, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if hdr.Uid != 0 || hdr.Gid != 0 || hdr.Uname != "" || hdr.Gname != "" {
			t.Errorf("%s: owner %d:%d %q:%q, want none", hdr.Name, hdr.Uid, hdr.Gid, hdr.Uname, hdr.Gname)
		}
		b, _ := io.ReadAll(tr)
		members = append(members, member{hdr.Name, fs.FileMode(hdr.Mode), hdr.ModTime.UTC(), string(b)})
	}
	return members, gz.ModTime.UTC()
}

func readZip(t *testing.T, data []byte) []member {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var members []member
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		members = append(members, member{f.Name, f.Mode().Perm(), f.Modified.UTC(), string(b)})
	}
	return members
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string, mode fs.FileMode) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), mode); err != nil {
			t.Fatal(err)
		}
		return p
	}
	bin := write("iacvet", "\x7fELF binary", 0o700)
	readme := write("README.md", "# iacvet\n", 0o600)
	mtime := time.Date(2026, 3, 1, 12, 30, 45, 0, time.UTC)
	files := []File{{Name: "iacvet", Path: bin, Mode: 0o755}, {Name: "README.md", Path: readme, Mode: 0o644}}
	reversed := []File{files[1], files[0]}
	want := []member{
		{"README.md", 0o644, mtime, "# iacvet\n"},
		{"iacvet", 0o755, mtime, "\x7fELF binary"},
	}
	for _, format := range []Format{TarGz, Zip} {
		var a, b bytes.Buffer
		if err := Write(&a, format, files, mtime); err != nil {
			t.Fatal(err)
		}
		// Another order, another time zone, a later sub-second: same bytes.
		if err := Write(&b, format, reversed, mtime.In(time.FixedZone("x", 3600)).Add(300*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("format %d: two writes of the same files differ", format)
		}
		var got []member
		if format == TarGz {
			var gzTime time.Time
			got, gzTime = readTarGz(t, a.Bytes())
			if !gzTime.Equal(mtime) {
				t.Errorf("gzip header time %v, want %v", gzTime, mtime)
			}
		} else {
			got = readZip(t, a.Bytes())
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("format %d members (-want +got):\n%s", format, diff)
		}
	}

	var c bytes.Buffer
	if err := Write(&c, TarGz, files, mtime.Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	var a bytes.Buffer
	_ = Write(&a, TarGz, files, mtime)
	if bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("the modification time does not reach the archive")
	}

	for _, name := range []string{"", "/etc/passwd", "../x", "a/../../x", "a//b", "./a"} {
		if err := Write(io.Discard, TarGz, []File{{Name: name, Path: bin}}, mtime); err == nil {
			t.Errorf("member name %q accepted", name)
		}
	}
	if err := Write(io.Discard, Zip, []File{files[0], files[0]}, mtime); err == nil {
		t.Error("a member listed twice is accepted")
	}
}

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]Format{"iacvet_1.0.0_linux_amd64.tar.gz": TarGz, "iacvet_1.0.0_windows_arm64.zip": Zip} {
		if got, err := FormatOf(name); err != nil || got != want {
			t.Errorf("FormatOf(%s) = %v, %v", name, got, err)
		}
	}
	if _, err := FormatOf("iacvet.tgz"); err == nil {
		t.Error("FormatOf accepts .tgz")
	}
}

func TestSums(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"b.zip": "bbb", "a.tar.gz": "aaa", "a.cdx.json": "{}"}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Sums(dir, []string{"b.zip", "a.tar.gz", "a.cdx.json"})
	if err != nil {
		t.Fatal(err)
	}
	sum := func(s string) string { h := sha256.Sum256([]byte(s)); return hex.EncodeToString(h[:]) }
	want := sum("{}") + "  a.cdx.json\n" + sum("aaa") + "  a.tar.gz\n" + sum("bbb") + "  b.zip\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SHA256SUMS (-want +got):\n%s", diff)
	}
	if _, err := Sums(dir, []string{"missing.zip"}); err == nil || !strings.Contains(err.Error(), "missing.zip") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := Sums(dir, []string{"sub/a.tar.gz"}); err == nil {
		t.Error("a path is accepted as a file name")
	}
}
