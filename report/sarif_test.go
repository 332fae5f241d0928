package report

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/iacvet/iacvet/model"
)

func TestPruner(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"empty arrays", `{"a":[],"b":1,"c":[]}`, `{"b":1}`},
		{"defaults of -1", `{"rank":-1,"index":-1,"ruleIndex":3,"charOffset":-1,"startLine":1}`, `{"ruleIndex":3,"startLine":1}`},
		{"other negatives stay", `{"rank":-1.5,"index":-10,"delta":-1}`, `{"rank":-1.5,"index":-10,"delta":-1}`},
		{"results and runs stay", `{"runs":[{"results":[],"graphs":[]}]}`, `{"runs":[{"results":[]}]}`},
		{"property bags stay", `{"properties":{"tags":[],"rank":-1,"x":{"index":-1}},"rank":-1}`, `{"properties":{"tags":[],"rank":-1,"x":{"index":-1}}}`},
		{"nested", `{"a":[{"b":[],"id":-1,"c":[[]]}],"d":{}}`, `{"a":[{"c":[[]]}],"d":{}}`},
		{"every member dropped", `{"a":[],"rank":-1}`, `{}`},
		{"strings untouched", `{"text":"\"rank\":-1,[]","k\"ey":[],"s":"a\\"}`, `{"text":"\"rank\":-1,[]","s":"a\\"}`},
		{"arrays of values", `[1,[],{"a":[]},"x"]`, `[1,[],{},"x"]`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, chunk := range []int{len(tc.in), 1, 3} {
				var out bytes.Buffer
				p := newPruner(&out)
				for i := 0; i < len(tc.in); i += chunk {
					p.Write([]byte(tc.in[i:min(i+chunk, len(tc.in))]))
				}
				if err := p.Flush(); err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(tc.want, out.String()); diff != "" {
					t.Errorf("chunks of %d (-want +got):\n%s", chunk, diff)
				}
			}
		})
	}
}

// writeSARIF renders r and checks it against the SARIF 2.1.0 schema.
func writeSARIF(t *testing.T, s *SARIF, r *Report) (*sarif.Report, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	log, err := sarif.FromBytes(buf.Bytes())
	if err != nil {
		t.Fatalf("parse SARIF: %v", err)
	}
	if err := log.Validate(); err != nil {
		t.Fatalf("SARIF does not validate against the 2.1.0 schema: %v", err)
	}
	return log, buf.Bytes()
}

func TestSARIFWithoutDefaults(t *testing.T) {
	_, data := writeSARIF(t, &SARIF{}, sample())
	out := string(data)
	for _, bad := range []string{": []", ": -1,", ": -1\n"} {
		if strings.Contains(out, bad) {
			t.Errorf("SARIF holds %q:\n%s", bad, out)
		}
	}
	for _, want := range []string{`"ruleIndex": 0`, `"startLine": 3`, `"startColumn": 5`} {
		if !strings.Contains(out, want) {
			t.Errorf("SARIF lacks %q:\n%s", want, out)
		}
	}
}

func TestSARIFURIs(t *testing.T) {
	root := filepath.FromSlash("/src/repo")
	if runtime.GOOS == "windows" {
		root = `C:\src\repo`
	}
	abs := func(p string) string { return filepath.Join(filepath.Dir(root), filepath.FromSlash(p)) }
	cases := []struct {
		file     string
		uri      string
		relative bool
	}{
		{"main.tf", "main.tf", true},
		{"./infra/../main.tf", "main.tf", true},
		{"dir x/a#b.tf", "dir%20x/a%23b.tf", true},
		{"a:b/main.tf", "./a:b/main.tf", true},
		{filepath.Join(root, "infra", "main.tf"), "infra/main.tf", true},
		{abs("other/plan.json"), fileURI(abs("other/plan.json")), false},
		{"../other/plan.json", fileURI(abs("other/plan.json")), false},
	}
	if runtime.GOOS != "windows" {
		cases = append(cases, struct {
			file     string
			uri      string
			relative bool
		}{"/srv/x y/plan.json", "file:///srv/x%20y/plan.json", false})
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			r := sample()
			r.Findings = r.Findings[:1]
			r.Findings[0].Location.File = tc.file
			log, _ := writeSARIF(t, &SARIF{Root: root}, r)
			al := log.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation
			if *al.URI != tc.uri {
				t.Errorf("uri %q, want %q", *al.URI, tc.uri)
			}
			if got := al.URIBaseID != nil && *al.URIBaseID == SrcRoot; got != tc.relative {
				t.Errorf("uriBaseId %%SRCROOT%% = %v, want %v", got, tc.relative)
			}
		})
	}
}

// manyFindings makes n failing findings with severities cycling from info
// to critical, every seventh suppressed.
func manyFindings(n int) *Report {
	r := sample()
	sevs := []model.Severity{model.SeverityInfo, model.SeverityLow, model.SeverityMedium, model.SeverityHigh, model.SeverityCritical}
	r.Findings = make([]model.Finding, n)
	for i := range r.Findings {
		f := model.Finding{RuleID: "AWS-X-001", Severity: sevs[i%len(sevs)], Outcome: model.OutcomeFail,
			Message: fmt.Sprintf("finding %d", i), Resource: fmt.Sprintf("aws_s3_bucket.b%d", i),
			Location: model.Position{File: "main.tf", Line: i + 1}, Fingerprint: fmt.Sprintf("fp%d", i)}
		if i%7 == 0 {
			f.Suppression = &model.Suppression{Kind: model.SuppressionExternal}
		}
		r.Findings[i] = f
	}
	return r
}

// checkCut checks that log holds exactly the want most important results
// of r (unsuppressed first, then by severity), in the report's order, and
// says so in a notification and a warning.
func checkCut(t *testing.T, r *Report, log *sarif.Report, warn string, want int, reason string) {
	t.Helper()
	order := resultOrder(r)
	kept := map[string]bool{}
	for _, i := range order[:want] {
		kept[r.Findings[i].Fingerprint] = true
	}
	res := log.Runs[0].Results
	if len(res) != want {
		t.Fatalf("%d results, want %d", len(res), want)
	}
	last := -1
	for _, x := range res {
		fp := x.PartialFingerprints[FingerprintKey]
		if !kept[fp] {
			t.Fatalf("result %s kept, but %d more important results are not", fp, want)
		}
		var n int
		fmt.Sscanf(fp, "fp%d", &n)
		if n <= last {
			t.Fatalf("results out of the report's order: fp%d after fp%d", n, last)
		}
		last = n
	}
	// The least important kept result outranks every one left out.
	importance := func(f model.Finding) int {
		if f.Suppression == nil {
			return 10 + f.Severity.Rank()
		}
		return f.Severity.Rank()
	}
	worst := r.Findings[order[want-1]]
	for _, i := range order[want:] {
		if f := r.Findings[i]; importance(f) > importance(worst) {
			t.Fatalf("%s (%s) left out, %s (%s) kept", f.Fingerprint, f.Severity, worst.Fingerprint, worst.Severity)
		}
	}
	msg := fmt.Sprintf("kept the %d most severe of %d results", want, len(order))
	var notes []string
	for _, n := range log.Runs[0].Invocations[0].ToolExecutionNotifications {
		if n.Descriptor != nil && *n.Descriptor.ID == LimitNotification {
			notes = append(notes, *n.Message.Text)
		}
	}
	if len(notes) != 1 || !strings.Contains(notes[0], msg) || !strings.Contains(notes[0], reason) {
		t.Errorf("notifications %q, want one saying %q and %q", notes, reason, msg)
	}
	if !strings.Contains(warn, msg) || !strings.Contains(warn, reason) || strings.Count(warn, "\n") != 1 {
		t.Errorf("warning %q, want one line saying %q and %q", warn, reason, msg)
	}
}

func TestSARIFResultLimit(t *testing.T) {
	r := manyFindings(40)
	var warn bytes.Buffer
	log, _ := writeSARIF(t, &SARIF{Limits: Limits{Results: 12}, Warn: &warn}, r)
	checkCut(t, r, log, warn.String(), 12, "at most 12 results per run")

	// Within the limit nothing is said.
	warn.Reset()
	log, _ = writeSARIF(t, &SARIF{Limits: Limits{Results: 40}, Warn: &warn}, r)
	if len(log.Runs[0].Results) != 40 || warn.Len() != 0 || len(log.Runs[0].Invocations[0].ToolExecutionNotifications) != 0 {
		t.Errorf("40 results under a limit of 40: %d results, warning %q", len(log.Runs[0].Results), warn.String())
	}
}

func TestSARIFGzipLimit(t *testing.T) {
	r := manyFindings(400)
	var full bytes.Buffer
	if err := (&SARIF{}).Write(&full, r); err != nil {
		t.Fatal(err)
	}
	limit := gzipLen(t, full.Bytes()) * 2 / 3
	var warn bytes.Buffer
	log, data := writeSARIF(t, &SARIF{Limits: Limits{GzipBytes: limit}, Warn: &warn}, r)
	if got := gzipLen(t, data); got > limit {
		t.Fatalf("gzip-compressed log is %d bytes, over the limit of %d", got, limit)
	}
	n := len(log.Runs[0].Results)
	if n == 0 || n >= 400 {
		t.Fatalf("%d of 400 results kept under a gzip limit of 2/3 of the full log", n)
	}
	checkCut(t, r, log, warn.String(), n, "of gzip-compressed SARIF per upload")
}

// TestSARIFGitHubLimits: by default the log keeps to GitHub's limits.
func TestSARIFGitHubLimits(t *testing.T) {
	r := manyFindings(GitHubLimits.Results + 1)
	var out, warn bytes.Buffer
	if err := (&SARIF{Warn: &warn}).Write(&out, r); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Runs []struct {
			Results []json.RawMessage `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if got := len(doc.Runs[0].Results); got != 25000 {
		t.Errorf("%d results, want GitHub's 25,000", got)
	}
	if want := "GitHub code scanning accepts at most 25000 results per run: kept the 25000 most severe of 25001 results"; !strings.Contains(warn.String(), want) {
		t.Errorf("warning %q lacks %q", warn.String(), want)
	}
	if got := gzipLen(t, out.Bytes()); got > 10_000_000 {
		t.Errorf("gzip-compressed log is %d bytes, over GitHub's 10 MB", got)
	}
	if GitHubLimits.GzipBytes > 10_000_000 || GitHubLimits.TagsPerRule > 20 {
		t.Errorf("GitHubLimits %+v above GitHub's 10 MB gzip and 20 tags per rule", GitHubLimits)
	}
}

func TestSARIFTagLimit(t *testing.T) {
	r := sample()
	for i := range 30 {
		r.Rules[0].FSBP = append(r.Rules[0].FSBP, fmt.Sprintf("S3.%d", i))
	}
	log, _ := writeSARIF(t, &SARIF{}, r)
	tags := log.Runs[0].Tool.Driver.Rules[0].Properties.Tags
	if len(tags) != 20 || tags[0] != "security" || tags[19] != "FSBP-S3.16" {
		t.Errorf("tags %q, want the first 20", tags)
	}
}

func gzipLen(t *testing.T, data []byte) int64 {
	t.Helper()
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	if _, err := z.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return int64(buf.Len())
}
