package cli

import (
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

func TestReadBuild(t *testing.T) {
	const rev = "0123456789abcdef0123456789abcdef01234567"
	vcs := []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: rev}, {Key: "vcs.time", Value: "2026-12-01T10:00:00Z"}, {Key: "vcs.modified", Value: "false"}}
	dirty := append(append([]debug.BuildSetting(nil), vcs[:3]...), debug.BuildSetting{Key: "vcs.modified", Value: "true"})
	info := func(version string, settings []debug.BuildSetting) *debug.BuildInfo {
		return &debug.BuildInfo{Main: debug.Module{Path: "github.com/iacvet/iacvet", Version: version}, Settings: settings}
	}
	cases := []struct {
		name            string
		info            *debug.BuildInfo
		version, commit string
		want, short     string
	}{
		{"no build info", nil, "", "", "dev", "dev"},
		{"go run", info("(devel)", nil), "", "", "dev", "dev"},
		{"go install of a tag", info("v1.2.3", nil), "", "", "v1.2.3", "v1.2.3"},
		{"build in a checkout", info("v0.0.0-20261201100000-0123456789ab", vcs), "", "",
			"v0.0.0-20261201100000-0123456789ab (commit " + rev + ", 2026-12-01T10:00:00Z)", "v0.0.0-20261201100000-0123456789ab"},
		{"uncommitted changes", info("v0.0.0-20261201100000-0123456789ab+dirty", dirty), "", "",
			"v0.0.0-20261201100000-0123456789ab+dirty (commit " + rev + ", modified, 2026-12-01T10:00:00Z)", "v0.0.0-20261201100000-0123456789ab+dirty"},
		{"revision without a version", info("(devel)", vcs), "", "",
			"devel-0123456789ab (commit " + rev + ", 2026-12-01T10:00:00Z)", "devel-0123456789ab"},
		{"release stamps the version", info("(devel)", vcs), "v2.0.0", "",
			"v2.0.0 (commit " + rev + ", 2026-12-01T10:00:00Z)", "v2.0.0"},
		{"release stamps both", info("v0.0.0-20261201100000-0123456789ab+dirty", dirty), "v2.0.0", "fedcba9876543210",
			"v2.0.0 (commit fedcba9876543210)", "v2.0.0"},
		{"stamped commit is the recorded one", info("(devel)", dirty), "", rev,
			"devel-0123456789ab (commit " + rev + ", modified, 2026-12-01T10:00:00Z)", "devel-0123456789ab"},
		{"only a stamped commit", nil, "", "abc123", "devel-abc123 (commit abc123)", "devel-abc123"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := readBuild(tc.info, tc.info != nil, tc.version, tc.commit)
			if got := b.String(); got != tc.want {
				t.Errorf("String() = %q, want %q", got, tc.want)
			}
			if got := b.Short(); got != tc.short {
				t.Errorf("Short() = %q, want %q", got, tc.short)
			}
		})
	}
}

func TestVersionCommand(t *testing.T) {
	repoRoot(t)
	defer func(v, c string) { Version, Commit = v, c }(Version, Commit)
	Version, Commit = "v1.2.3", "0123abc"
	code, out, stderr := run(t, "", "version")
	if code != ExitClean || out != "iacvet v1.2.3 (commit 0123abc)\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	// The reports carry the short version.
	_, out, _ = run(t, "", "scan", "--offline", "--format", "json", "testdata/plans/clean/plan.json")
	if !strings.Contains(out, `"version": "v1.2.3"`) {
		t.Errorf("JSON report lacks the tool version v1.2.3:\n%.400s", out)
	}
}

// TestVersionOfABuild builds iacvet as a release would (the version stamped
// with -ldflags -X) and checks that `iacvet version` prints the stamped
// version and the revision the toolchain recorded in the build info, if it
// recorded one (not in a git worktree or without git).
func TestVersionOfABuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "iacvet")
	build := exec.Command("go", "build", "-buildvcs=auto", "-ldflags", "-s -w -X github.com/iacvet/iacvet/cli.Version=v9.9.9-test", "-o", bin, "../cmd/iacvet")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "version").Output()
	if err != nil {
		t.Fatal(err)
	}
	meta, err := exec.Command("go", "version", "-m", bin).Output()
	if err != nil {
		t.Fatal(err)
	}
	want := "iacvet v9.9.9-test\n"
	for _, line := range strings.Split(string(meta), "\n") {
		if rev, ok := strings.CutPrefix(strings.TrimSpace(line), "build\tvcs.revision="); ok {
			want = "iacvet v9.9.9-test (commit " + rev
		}
	}
	if !strings.HasPrefix(string(out), want) {
		t.Errorf("iacvet version = %q, want it to start with %q (build info:\n%s)", out, want, meta)
	}
}
