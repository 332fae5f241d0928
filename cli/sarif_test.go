package cli

import (
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

// TestSARIFFileOutsideRoot: an input outside the working directory (the
// source root) is an absolute file:// URI without a uriBaseId; one inside
// is relative to %SRCROOT% even when given as an absolute path.
func TestSARIFFileOutsideRoot(t *testing.T) {
	repoRoot(t)
	plan, err := os.ReadFile("testdata/plans/webapp/plan.json")
	if err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(t.TempDir(), "plan.json")
	if err := os.WriteFile(outside, plan, 0o644); err != nil {
		t.Fatal(err)
	}
	inside, err := filepath.Abs("testdata/plans/webapp/plan.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ path, uri string }{
		{outside, (&url.URL{Scheme: "file", Path: filepath.ToSlash(outside)}).String()},
		{inside, "testdata/plans/webapp/plan.json"},
	} {
		_, out, stderr := run(t, "", "scan", "--offline", "--format", "sarif", tc.path)
		validateSARIF(t, []byte(out))
		log, err := sarif.FromBytes([]byte(out))
		if err != nil {
			t.Fatal(err)
		}
		if len(log.Runs[0].Results) == 0 {
			t.Fatalf("%s: no results; stderr:\n%s", tc.path, stderr)
		}
		for _, r := range log.Runs[0].Results {
			if got := *r.Locations[0].PhysicalLocation.ArtifactLocation.URI; got != tc.uri {
				t.Errorf("%s: result at %q, want %q", tc.path, got, tc.uri)
			}
		}
	}
}
