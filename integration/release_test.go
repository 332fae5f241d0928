package integration

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// runRelease runs scripts/release.sh with the given arguments, the output
// in dir.
func runRelease(t *testing.T, dir string, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command("bash", append([]string{filepath.Join(repoRoot, "scripts", "release.sh")}, args...)...)
	cmd.Dir = repoRoot
	cmd.Env = env([]string{"IACVET_RELEASE_*", "GOOS", "GOARCH", "GOFLAGS"}, "IACVET_RELEASE_DIR="+dir)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func needPrograms(t *testing.T, names ...string) {
	t.Helper()
	for _, n := range names {
		if _, err := exec.LookPath(n); err != nil {
			t.Skipf("%s is not on the PATH", n)
		}
	}
}

// TestReleaseArguments checks what release.sh refuses before building.
func TestReleaseArguments(t *testing.T) {
	needPrograms(t, "bash", "git")
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "usage: release.sh VERSION"},
		{[]string{"1.2.3"}, "VERSION must be a release tag"},
		{[]string{"v1.2"}, "VERSION must be a release tag"},
		{[]string{"v1.2.3", "plan9/amd64"}, "unsupported target plan9/amd64"},
		{[]string{"v1.2.3", "linux"}, "unsupported target linux"},
	} {
		dir := filepath.Join(t.TempDir(), "dist")
		out, err := runRelease(t, dir, c.args...)
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 || !strings.Contains(out, c.want) {
			t.Errorf("release.sh %q: %v, want exit 2 and %q:\n%s", c.args, err, c.want, out)
		}
		if _, err := os.Stat(dir); err == nil {
			t.Errorf("release.sh %q wrote %s", c.args, dir)
		}
	}
}

// TestRelease builds the release files of one target (the host's, so its
// binary runs here) twice and checks they are byte for byte the same, that
// SHA256SUMS lists them, that the archive holds the binary stamped with the
// version and commit, and that the SBOM describes that binary.
func TestRelease(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a release archive and its SBOM; not in -short")
	}
	needPrograms(t, "bash", "git")
	head, err := exec.Command("git", "-C", repoRoot, "rev-parse", "HEAD").Output()
	if err != nil {
		t.Skipf("not a git checkout: %v", err)
	}
	commit := strings.TrimSpace(string(head))
	goos, goarch := runtime.GOOS, runtime.GOARCH
	if !slices.Contains([]string{"linux", "darwin", "windows"}, goos) || !slices.Contains([]string{"amd64", "arm64"}, goarch) {
		t.Skipf("no release target for %s/%s", goos, goarch)
	}
	const version = "v1.4.0-rc.2"
	base := "iacvet_1.4.0-rc.2_" + goos + "_" + goarch
	archive, exe := base+".tar.gz", "iacvet"
	if goos == "windows" {
		archive, exe = base+".zip", "iacvet.exe"
	}
	sbom := base + ".cdx.json"

	dirs := []string{filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")}
	for _, dir := range dirs {
		if out, err := runRelease(t, dir, version, goos+"/"+goarch); err != nil {
			t.Fatalf("release.sh: %v\n%s", err, out)
		}
	}

	// Reproducible: the same files, the same bytes.
	files := map[string][]byte{}
	for i, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if i == 0 {
				files[e.Name()] = data
			} else if !bytes.Equal(files[e.Name()], data) {
				t.Errorf("%s differs between two builds of the same commit", e.Name())
			}
		}
		if diff := cmp.Diff([]string{"SHA256SUMS", sbom, archive}, names); diff != "" {
			t.Fatalf("release files (-want +got):\n%s", diff)
		}
	}

	// SHA256SUMS: every other file, with its hash, as sha256sum -c reads it.
	var listed []string
	sc := bufio.NewScanner(bytes.NewReader(files["SHA256SUMS"]))
	for sc.Scan() {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		h := sha256.Sum256(files[name])
		if !ok || sum != hex.EncodeToString(h[:]) {
			t.Errorf("SHA256SUMS line %q does not match %s", sc.Text(), name)
		}
		listed = append(listed, name)
	}
	if diff := cmp.Diff([]string{sbom, archive}, listed); diff != "" {
		t.Errorf("SHA256SUMS lists (-want +got):\n%s", diff)
	}
	if _, err := exec.LookPath("sha256sum"); err == nil {
		cmd := exec.Command("sha256sum", "-c", "SHA256SUMS")
		cmd.Dir = dirs[0]
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("sha256sum -c SHA256SUMS: %v\n%s", err, out)
		}
	}

	// The archive: the binary and the README, no owner, the commit's time.
	members := readArchive(t, archive, files[archive])
	names := make([]string, 0, len(members))
	for name := range members {
		names = append(names, name)
	}
	slices.Sort(names)
	if diff := cmp.Diff([]string{"README.md", exe}, names); diff != "" {
		t.Fatalf("archive members (-want +got):\n%s", diff)
	}
	bin := filepath.Join(t.TempDir(), exe)
	if err := os.WriteFile(bin, members[exe], 0o755); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "version").CombinedOutput()
	if want := "iacvet " + version + " (commit " + commit + ")\n"; err != nil || string(out) != want {
		t.Errorf("iacvet version = %q, %v; want %q", out, err, want)
	}

	// The SBOM: CycloneDX, naming the release and the target, listing the
	// modules linked in.
	var bom struct {
		BOMFormat   string `json:"bomFormat"`
		SpecVersion string `json:"specVersion"`
		Metadata    struct {
			Component struct {
				Name, Version, PURL string
				Properties          []struct{ Name, Value string }
			} `json:"component"`
		} `json:"metadata"`
		Components []struct{ Name, Version string } `json:"components"`
	}
	if err := json.Unmarshal(files[sbom], &bom); err != nil {
		t.Fatalf("%s: %v", sbom, err)
	}
	mc := bom.Metadata.Component
	if bom.BOMFormat != "CycloneDX" || bom.SpecVersion == "" || mc.Name != "github.com/iacvet/iacvet" || mc.Version != version {
		t.Errorf("SBOM: format %q %q, component %q %q", bom.BOMFormat, bom.SpecVersion, mc.Name, mc.Version)
	}
	props := map[string]string{}
	for _, p := range mc.Properties {
		props[p.Name] = p.Value
	}
	if props["cdx:gomod:build:env:GOOS"] != goos || props["cdx:gomod:build:env:GOARCH"] != goarch {
		t.Errorf("SBOM build properties: %v", props)
	}
	deps := map[string]string{}
	for _, c := range bom.Components {
		deps[c.Name] = c.Version
	}
	if deps["github.com/open-policy-agent/opa"] == "" {
		t.Errorf("SBOM does not list OPA among %d components", len(bom.Components))
	}
}

// readArchive returns the files of a .tar.gz or .zip by name.
func readArchive(t *testing.T, name string, data []byte) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	if strings.HasSuffix(name, ".zip") {
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			b, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			out[f.Name] = b
		}
		return out
	}
	gz, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		if hdr.Uid != 0 || hdr.Gid != 0 || hdr.Uname != "" {
			t.Errorf("%s: %s has owner %d:%d %q", name, hdr.Name, hdr.Uid, hdr.Gid, hdr.Uname)
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			t.Fatal(err)
		}
		out[hdr.Name] = b
	}
}
