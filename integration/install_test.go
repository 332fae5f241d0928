package integration

import (
	"cmp"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/iacvet/iacvet/internal/release"
)

// runnerPlatform is how GitHub names this host (RUNNER_OS, RUNNER_ARCH).
func runnerPlatform(t *testing.T) (runnerOS, runnerArch string) {
	t.Helper()
	runnerOS = map[string]string{"linux": "Linux", "darwin": "macOS"}[runtime.GOOS]
	runnerArch = map[string]string{"amd64": "X64", "arm64": "ARM64"}[runtime.GOARCH]
	if runnerOS == "" || runnerArch == "" {
		t.Skipf("no release archive for %s/%s to install here", runtime.GOOS, runtime.GOARCH)
	}
	return runnerOS, runnerArch
}

// toolPath returns a directory holding links to the programs install.sh
// may use, and only those, so that a cosign installed on this machine does
// not change what the test sees.
func toolPath(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"bash", "curl", "tar", "gzip", "awk", "sed", "cut", "mktemp", "rm", "mkdir", "chmod", "mv", "cat", "dirname", "uname", "sha256sum", "shasum"} {
		p, err := exec.LookPath(name)
		if err != nil {
			switch name {
			case "sha256sum", "shasum":
				continue
			}
			t.Skipf("%s is not on the PATH", name)
		}
		if err := os.Symlink(p, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	_, e1 := os.Stat(filepath.Join(dir, "sha256sum"))
	_, e2 := os.Stat(filepath.Join(dir, "shasum"))
	if e1 != nil && e2 != nil {
		t.Skip("neither sha256sum nor shasum is on the PATH")
	}
	return dir
}

// TestActionInstallRelease runs install.sh release against a directory laid
// out like a GitHub release (BASE/REF/FILE), served on loopback: a good
// archive installs; a tampered one, a missing one, one SHA256SUMS does not
// list, and a bad signature fail the step without installing anything.
func TestActionInstallRelease(t *testing.T) {
	runnerOS, runnerArch := runnerPlatform(t)
	tools := toolPath(t)
	const ref = "v1.2.3"
	archive := "iacvet_1.2.3_" + runtime.GOOS + "_" + runtime.GOARCH + ".tar.gz"
	mtime := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

	readme := filepath.Join(t.TempDir(), "README.md")
	if err := os.WriteFile(readme, []byte("# iacvet\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Stand-ins for the binary (the script is what is under test; a real
	// binary would only make the archives slow to write): the released one,
	// and the tampered archive's, which must never run.
	good := filepath.Join(t.TempDir(), "iacvet")
	if err := os.WriteFile(good, []byte("#!/bin/sh\necho \"iacvet v1.2.3 (commit 0123456789abcdef0123456789abcdef01234567)\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	evil := filepath.Join(t.TempDir(), "iacvet")
	if err := os.WriteFile(evil, []byte("#!/bin/sh\necho pwned\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	// layout writes one release under root/<name>/<ref>/.
	// layout writes one release under root/<name>/<tag>/; tag is ref, or
	// the major tag v1 for layouts whose name starts with "major", whose
	// release holds the files of ref.
	layout := func(name string, sums bool, archiveBin string, bundle bool) {
		tag := ref
		if strings.HasPrefix(name, "major") {
			tag = "v1"
		}
		dir := filepath.Join(root, name, tag)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, archive)
		files := []release.File{{Name: "iacvet", Path: good, Mode: 0o755}, {Name: "README.md", Path: readme, Mode: 0o644}}
		if err := release.WriteFile(out, files, mtime); err != nil {
			t.Fatal(err)
		}
		if sums {
			text, err := release.Sums(dir, []string{archive})
			if err != nil {
				t.Fatal(err)
			}
			writeFiles(t, dir, map[string]string{"SHA256SUMS": text})
		} else {
			writeFiles(t, dir, map[string]string{"SHA256SUMS": strings.Repeat("0", 64) + "  iacvet_1.2.3_plan9_amd64.tar.gz\n"})
		}
		if bundle {
			writeFiles(t, dir, map[string]string{"SHA256SUMS.cosign.bundle": `{"base64Signature":"MEUCIQ=="}`})
		}
		switch archiveBin {
		case "":
			os.Remove(out)
		case "evil":
			if err := release.WriteFile(out, []release.File{{Name: "iacvet", Path: evil, Mode: 0o755}}, mtime); err != nil {
				t.Fatal(err)
			}
		}
	}
	layout("good", true, "iacvet", false)
	layout("tampered", true, "evil", false)
	layout("missing", true, "", false)
	layout("unlisted", false, "iacvet", false)
	layout("signed", true, "iacvet", true)
	layout("unsigned", true, "iacvet", false)
	layout("major", true, "iacvet", false)
	layout("major-signed", true, "iacvet", true)
	layout("major-unlisted", false, "iacvet", false)
	srv := httptest.NewServer(http.FileServer(http.Dir(root)))
	defer srv.Close()

	signer := "https://github.example/iacvet/iacvet/.github/workflows/release.yml@refs/tags/" + ref
	// A stand-in cosign: accepts the bundle only for the expected signer and
	// issuer, else fails like cosign does.
	fakeCosign := func(exitCode string) string {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{"cosign": `#!/bin/sh
[ "$1" = verify-blob ] || exit 64
case " $* " in
*" --certificate-identity ` + signer + ` --certificate-oidc-issuer https://token.actions.githubusercontent.com "*) ;;
*) echo "Error: none of the expected identities matched: $*" >&2; exit 1 ;;
esac
[ -s "$3" ] || { echo "Error: no bundle" >&2; exit 1; }
[ ` + exitCode + ` = 0 ] && exit 0
echo "Error: verifying blob: invalid signature" >&2
exit ` + exitCode + "\n"})
		if err := os.Chmod(filepath.Join(dir, "cosign"), 0o755); err != nil {
			t.Fatal(err)
		}
		return dir
	}

	cases := []struct {
		name, layout, cosign string // cosign: "", "ok", "bad"
		wantCode             int
		want                 []string
		actionRef            string // the action's ref; ref when empty
	}{
		{"good archive", "good", "", 0, []string{"matches SHA256SUMS", "cosign is not on the PATH", "installed iacvet "}, ""},
		{"tampered archive", "tampered", "", 1, []string{"::error title=iacvet install::checksum mismatch for " + archive + " of " + ref + ": SHA256SUMS says ", "not installing it"}, ""},
		{"missing archive", "missing", "", 1, []string{"::error title=iacvet install::cannot download " + archive + " of release " + ref, "(HTTP 404)"}, ""},
		{"archive not in SHA256SUMS", "unlisted", "", 1, []string{"SHA256SUMS of " + ref + " does not list " + archive}, ""},
		{"signature verifies", "signed", "ok", 0, []string{"SHA256SUMS signed by " + signer, "matches SHA256SUMS", "installed iacvet "}, ""},
		{"signature does not verify", "signed", "bad", 1, []string{"invalid signature", "the signature of SHA256SUMS of " + ref + " does not verify"}, ""},
		{"no signature with cosign", "unsigned", "ok", 1, []string{"cannot download SHA256SUMS.cosign.bundle", "(HTTP 404)"}, ""},
		// The major tag installs the release its release holds, checked
		// against the signer of that release (the stand-in cosign accepts
		// only the v1.2.3 run).
		{"major tag", "major", "", 0, []string{"v1 is release v1.2.3 (" + archive + ")", "matches SHA256SUMS", "installed iacvet "}, "v1"},
		{"major tag signed by its release", "major-signed", "ok", 0, []string{"SHA256SUMS signed by " + signer, "installed iacvet "}, "v1"},
		{"major tag without its archive", "major-unlisted", "", 1, []string{"SHA256SUMS of v1 lists 0 archives for", "not installing"}, "v1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			binDir := filepath.Join(dir, "bin")
			path := tools
			switch c.cosign {
			case "ok":
				path = fakeCosign("0") + string(os.PathListSeparator) + tools
			case "bad":
				path = fakeCosign("1") + string(os.PathListSeparator) + tools
			}
			cmd := exec.Command(filepath.Join(tools, "bash"), filepath.Join(repoRoot, "scripts/action/install.sh"), "release")
			cmd.Env = append(env(append(githubDrop, "PATH")),
				"PATH="+path, "GITHUB_ACTION_PATH="+repoRoot, "GITHUB_ACTION_REF="+cmp.Or(c.actionRef, ref), "GITHUB_ACTION_REPOSITORY=iacvet/iacvet",
				"GITHUB_SERVER_URL=https://github.example", "RUNNER_OS="+runnerOS, "RUNNER_ARCH="+runnerArch,
				"RUNNER_TEMP="+dir, "IACVET_BIN_DIR="+binDir, "IACVET_RELEASE_BASE_URL="+srv.URL+"/"+c.layout+"/")
			out, err := cmd.CombinedOutput()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != c.wantCode {
				t.Errorf("exit code %d, want %d\n%s", code, c.wantCode, out)
			}
			for _, w := range c.want {
				if !strings.Contains(string(out), w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			installed := filepath.Join(binDir, "iacvet")
			if c.wantCode != 0 {
				if _, err := os.Stat(installed); err == nil {
					t.Errorf("a failed install left %s", installed)
				}
				if strings.Contains(string(out), "pwned") {
					t.Error("the tampered binary ran")
				}
				return
			}
			vout, err := exec.Command(installed, "version").CombinedOutput()
			if err != nil || !strings.HasPrefix(string(vout), "iacvet v1.2.3 ") {
				t.Errorf("installed iacvet version: %v\n%s", err, vout)
			}
			leftovers, _ := filepath.Glob(filepath.Join(dir, "iacvet-install.*"))
			if len(leftovers) > 0 {
				t.Errorf("work directories left behind: %v", leftovers)
			}
		})
	}
}
