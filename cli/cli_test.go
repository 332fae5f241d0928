package cli

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

var update = flag.Bool("update", false, "rewrite golden files")

// repoRoot moves the test to the repository root so paths in outputs are
// the repo-relative paths users see.
func repoRoot(t *testing.T) {
	t.Helper()
	t.Chdir("..")
	t.Setenv("NO_COLOR", "1")
	t.Setenv("AWS_REGION", "")
	t.Setenv("AWS_DEFAULT_REGION", "")
	hermeticAWS(t)
	Version = "test"
}

// hermeticAWS keeps the tests off any real AWS account and network: no
// credentials, no instance metadata, a private cache.
func hermeticAWS(t *testing.T) {
	t.Helper()
	for _, k := range []string{"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN", "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"} {
		t.Setenv(k, "")
	}
	t.Setenv("AWS_EC2_METADATA_DISABLED", "true")
	t.Setenv("AWS_CONFIG_FILE", filepath.Join(t.TempDir(), "none"))
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", filepath.Join(t.TempDir(), "none"))
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
}

func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden %s (run go test ./cli -update): %v", path, err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

const planSecret = "hunter2-SuperSecret-Passw0rd"

func TestScanGolden(t *testing.T) {
	repoRoot(t)
	cases := []struct {
		name string
		args []string
		code int
	}{
		{"webapp", []string{"testdata/plans/webapp/plan.json"}, ExitFindings},
		{"clean", []string{"testdata/plans/clean/plan.json"}, ExitClean},
		{"project-webapp", []string{"testdata/projects/webapp/plan.json"}, ExitFindings},
	}
	for _, tc := range cases {
		for _, format := range []string{"text", "json", "sarif", "github", "markdown"} {
			t.Run(tc.name+"/"+format, func(t *testing.T) {
				code, out, stderr := run(t, "", append([]string{"scan", "--offline", "--format", format}, tc.args...)...)
				if code != tc.code {
					t.Fatalf("exit %d, want %d; stderr:\n%s", code, tc.code, stderr)
				}
				if strings.Contains(out, planSecret) || strings.Contains(stderr, planSecret) {
					t.Fatalf("sensitive value leaked into %s output", format)
				}
				if format == "sarif" {
					validateSARIF(t, []byte(out))
				}
				if format == "json" {
					var v map[string]any
					if err := json.Unmarshal([]byte(out), &v); err != nil {
						t.Fatalf("json output does not parse: %v", err)
					}
				}
				golden(t, tc.name+"."+format+".golden", []byte(out))
			})
		}
	}
}

// validateSARIF checks the log against the SARIF 2.1.0 schema and GitHub
// code scanning's requirements.
func validateSARIF(t *testing.T, data []byte) {
	t.Helper()
	log, err := sarif.FromBytes(data)
	if err != nil {
		t.Fatalf("parse SARIF: %v", err)
	}
	if err := log.Validate(); err != nil {
		t.Fatalf("SARIF does not validate against the 2.1.0 schema: %v", err)
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	for _, p := range sarifDefaults(doc, "") {
		t.Errorf("SARIF holds a default go-sarif writes: %s", p)
	}
	for _, run := range log.Runs {
		for _, rule := range run.Tool.Driver.Rules {
			if rule.Help == nil || rule.Help.Text == nil || *rule.Help.Text == "" {
				t.Errorf("rule %s has no help text", *rule.ID)
			}
			if rule.Properties == nil || rule.Properties.Properties["security-severity"] == nil {
				t.Errorf("rule %s has no security-severity", *rule.ID)
			}
		}
		for _, res := range run.Results {
			if len(res.Locations) == 0 || res.Locations[0].PhysicalLocation == nil {
				t.Fatalf("result %s has no physical location", *res.RuleID)
			}
			pl := res.Locations[0].PhysicalLocation
			if pl.Region == nil || pl.Region.StartLine == nil || *pl.Region.StartLine < 1 {
				t.Errorf("result %s has no start line", *res.RuleID)
			}
			uri, base := *pl.ArtifactLocation.URI, pl.ArtifactLocation.URIBaseID
			switch {
			case strings.HasPrefix(uri, "file:///"):
				if base != nil {
					t.Errorf("result %s: absolute URI %q has a uriBaseId %q", *res.RuleID, uri, *base)
				}
			case filepath.IsAbs(uri) || strings.Contains(uri, "://") || strings.HasPrefix(uri, "../") || base == nil:
				t.Errorf("result %s: artifact URI %q is neither relative to a uriBaseId nor an absolute file:// URI", *res.RuleID, uri)
			}
			if res.PartialFingerprints["iacvet/v1"] == "" {
				t.Errorf("result %s has no partial fingerprint", *res.RuleID)
			}
			if len(res.Locations[0].LogicalLocations) == 0 {
				t.Errorf("result %s has no logical location", *res.RuleID)
			}
		}
	}
}

// sarifDefaults lists the members of a SARIF document that only repeat a
// default: empty arrays (but results) and -1 outside property bags.
func sarifDefaults(v any, path string) []string {
	var out []string
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			p := path + "." + k
			if arr, ok := x.([]any); ok && len(arr) == 0 && k != "results" {
				out = append(out, p+" = []")
			}
			if n, ok := x.(float64); ok && n == -1 {
				out = append(out, p+" = -1")
			}
			if k != "properties" {
				out = append(out, sarifDefaults(x, p)...)
			}
		}
	case []any:
		for i, x := range v {
			out = append(out, sarifDefaults(x, fmt.Sprintf("%s[%d]", path, i))...)
		}
	}
	return out
}

func TestScanBadPlans(t *testing.T) {
	repoRoot(t)
	cases := []struct {
		file, want string
	}{
		{"testdata/plans/bad/empty.json", "testdata/plans/bad/empty.json: error: empty file"},
		{"testdata/plans/bad/truncated.json", "testdata/plans/bad/truncated.json:1:5001: error: invalid Terraform plan JSON: truncated JSON"},
		{"testdata/plans/bad/malformed.json", "testdata/plans/bad/malformed.json:1:78: error: invalid Terraform plan JSON"},
		{"testdata/plans/missing.json", "testdata/plans/missing.json: error: cannot read input"},
	}
	for _, tc := range cases {
		t.Run(filepath.Base(tc.file), func(t *testing.T) {
			// The bad plan sits beside a good one: the good one is still scanned.
			code, out, stderr := run(t, "", "scan", "--format", "json", tc.file, "testdata/plans/webapp/plan.json")
			if code != ExitError {
				t.Fatalf("exit %d, want %d", code, ExitError)
			}
			lines := strings.Split(strings.TrimSpace(stderr), "\n")
			found := false
			for _, l := range lines {
				if strings.Contains(l, tc.want) {
					found = true
				}
			}
			if !found {
				t.Errorf("stderr lacks %q:\n%s", tc.want, stderr)
			}
			var rep struct {
				Findings []struct {
					RuleID string `json:"rule_id"`
				} `json:"findings"`
			}
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatal(err)
			}
			if len(rep.Findings) == 0 {
				t.Error("the good plan beside the bad one was not scanned")
			}
		})
	}
}

func TestExitCodes(t *testing.T) {
	repoRoot(t)
	webapp := "testdata/plans/webapp/plan.json"
	cases := []struct {
		name string
		args []string
		code int
	}{
		{"findings fail by default", []string{"scan", webapp}, ExitFindings},
		{"fail-on none", []string{"scan", "--fail-on", "none", webapp}, ExitClean},
		{"fail-on critical still fails", []string{"scan", "--fail-on", "critical", webapp}, ExitFindings},
		{"clean plan", []string{"scan", "testdata/plans/clean/plan.json"}, ExitClean},
		{"unknown only fails with the flag", []string{"scan", "--fail-on", "none", "--fail-on-unknown", webapp}, ExitFindings},
		{"bad severity", []string{"scan", "--fail-on", "severe", webapp}, ExitError},
		{"bad format", []string{"scan", "--format", "xml", webapp}, ExitError},
		{"unknown flag", []string{"scan", "--frobnicate", webapp}, ExitError},
		{"unknown command", []string{"frobnicate"}, ExitError},
		{"version", []string{"version"}, ExitClean},
		{"only a file that is not infrastructure code", []string{"scan", "go.mod"}, ExitError},
		{"only such a file, with --allow-no-iac", []string{"scan", "--allow-no-iac", "go.mod"}, ExitClean},
		{"only a missing file", []string{"scan", "missing.json"}, ExitError},
		{"such a file beside a clean plan is skipped", []string{"scan", "go.mod", "testdata/plans/clean/plan.json"}, ExitClean},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if code, _, stderr := run(t, "", tc.args...); code != tc.code {
				t.Errorf("exit %d, want %d; stderr: %s", code, tc.code, stderr)
			}
		})
	}
}

// TestExitCodesFailClosed: an input that cannot be read, decoded or
// evaluated fails the run with exit 2 even when other inputs have findings
// or are clean; iacvet never passes what it could not check.
func TestExitCodesFailClosed(t *testing.T) {
	repoRoot(t)
	dir := t.TempDir()
	write := func(name, content string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	badIf := write("badif/template.yaml", "AWSTemplateFormatVersion: \"2010-09-09\"\nConditions:\n  Prod: !Equals [a, b]\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !If [Prod, x]\n")
	badTF := write("badtf/main.tf", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n  tags = {\n")
	badPlan := write("badplan/plan.json", `{"format_version": "1.2", "resource_changes": [`)
	clean := "testdata/plans/clean/plan.json"
	cases := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"template with an invalid Fn::If", []string{"scan", badIf}, ExitError, "Fn::If"},
		{"invalid Fn::If beside a clean plan", []string{"scan", "--format", "json", "--output", filepath.Join(dir, "r.json"), badIf, clean}, ExitError, "template.yaml:8"},
		{"unparsable .tf beside findings", []string{"scan", "--fail-on", "none", badTF, "testdata/plans/webapp/plan.json"}, ExitError, ""},
		{"plan that is not valid JSON", []string{"scan", badPlan, clean}, ExitError, ""},
		{"unparsable .tf in a walked directory", []string{"scan", filepath.Join(dir, "badtf")}, ExitError, ""},
		{"cost of an unparsable .tf", []string{"cost", badTF}, ExitError, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := run(t, "", tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d; stdout: %s\nstderr: %s", code, tc.code, stdout, stderr)
			}
			if tc.stderr != "" && !strings.Contains(stderr+stdout, tc.stderr) {
				t.Errorf("output does not name %q; stdout: %s\nstderr: %s", tc.stderr, stdout, stderr)
			}
		})
	}
}

func TestScanStdinAndOutputs(t *testing.T) {
	repoRoot(t)
	plan, err := os.ReadFile("testdata/plans/webapp/plan.json")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	sarifFile := filepath.Join(dir, "out.sarif")
	jsonFile := filepath.Join(dir, "out.json")
	code, out, stderr := run(t, string(plan), "scan", "-", "--output", "sarif="+sarifFile, "--output", "json="+jsonFile)
	if code != ExitFindings {
		t.Fatalf("exit %d; stderr %s", code, stderr)
	}
	if out != "" {
		t.Errorf("stdout should be empty when every output goes to a file, got %q", out)
	}
	data, err := os.ReadFile(sarifFile)
	if err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, data)
	if _, err := os.Stat(jsonFile); err != nil {
		t.Fatal(err)
	}
	// --output FILE takes --format.
	single := filepath.Join(dir, "results.sarif")
	if code, _, stderr := run(t, "", "scan", "testdata/plans/webapp/plan.json", "--format", "sarif", "--output", single); code != ExitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err = os.ReadFile(single)
	if err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, data)
}

func TestFingerprintsSurviveLineShifts(t *testing.T) {
	repoRoot(t)
	plan, err := os.ReadFile("testdata/plans/webapp/plan.json")
	if err != nil {
		t.Fatal(err)
	}
	fingerprints := func(data []byte) map[string]bool {
		_, out, _ := run(t, string(data), "scan", "--format", "json", "-")
		var rep struct {
			Findings []struct {
				Fingerprint string `json:"fingerprint"`
			} `json:"findings"`
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatal(err)
		}
		set := map[string]bool{}
		for _, f := range rep.Findings {
			set[f.Fingerprint] = true
		}
		return set
	}
	before := fingerprints(plan)
	// Pretty-print: every line and column moves.
	var v any
	if err := json.Unmarshal(plan, &v); err != nil {
		t.Fatal(err)
	}
	shifted, _ := json.MarshalIndent(v, "", "    ")
	after := fingerprints(append([]byte("\n\n"), shifted...))
	if len(before) == 0 || !cmp.Equal(before, after) {
		t.Errorf("fingerprints changed with line shifts:\nbefore %v\nafter  %v", before, after)
	}
}

func TestBaselineAndConfig(t *testing.T) {
	repoRoot(t)
	dir := t.TempDir()
	base := filepath.Join(dir, "baseline.json")
	webapp := "testdata/plans/webapp/plan.json"
	if code, _, stderr := run(t, "", "baseline", webapp, "-o", base); code != ExitClean {
		t.Fatalf("baseline exit %d: %s", code, stderr)
	}
	// Every existing finding is in the baseline: the scan passes, and
	// the findings are still reported, as suppressed.
	code, out, stderr := run(t, "", "scan", "--baseline", base, "--format", "sarif", webapp)
	if code != ExitClean {
		t.Fatalf("scan with baseline exit %d: %s", code, stderr)
	}
	validateSARIF(t, []byte(out))
	_, plain, _ := run(t, "", "scan", "--format", "sarif", webapp)
	findings := strings.Count(plain, `"kind": "fail"`)
	if n := strings.Count(out, `"kind": "external"`); n == 0 || n != findings {
		t.Errorf("want every one of the %d findings suppressed (external) in SARIF, got %d", findings, n)
	}
	// A configuration file next to the input: a disabled rule, a severity
	// override and a suppression with its reason.
	cfgDir := filepath.Join(dir, "repo")
	os.MkdirAll(filepath.Join(cfgDir, ".git"), 0o755)
	plan, _ := os.ReadFile(webapp)
	os.WriteFile(filepath.Join(cfgDir, "plan.json"), plan, 0o644)
	os.WriteFile(filepath.Join(cfgDir, ".iacvet.yaml"), []byte(`
fail_on: critical
rules:
  disable: [AWS-EC2-006]
  severity: {AWS-RDS-002: high}
suppress:
  - rule: AWS-S3-001
    resource: 'module.storage.*'
    reason: public website assets
`), 0o644)
	code, out, _ = run(t, "", "scan", "--format", "json", filepath.Join(cfgDir, "plan.json"))
	if code != ExitClean {
		t.Errorf("fail_on: critical with the only critical finding suppressed and the other downgraded: exit %d", code)
	}
	if strings.Contains(out, "AWS-EC2-006") {
		t.Error("disabled rule AWS-EC2-006 still reported")
	}
	if !strings.Contains(out, "public website assets") {
		t.Error("suppression reason missing from JSON")
	}
	// Flags override the file.
	if code, _, _ := run(t, "", "scan", "--fail-on", "high", filepath.Join(cfgDir, "plan.json")); code != ExitFindings {
		t.Errorf("--fail-on high over fail_on: critical: exit %d, want 1", code)
	}
}

// TestPlanFindingsOnTfLines: a plan scanned beside its configuration puts
// every result on the .tf line of the attribute that caused it.
func TestPlanFindingsOnTfLines(t *testing.T) {
	repoRoot(t)
	_, out, _ := run(t, "", "scan", "--format", "sarif", "testdata/projects/webapp/plan.json")
	log, err := sarif.FromBytes([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range log.Runs[0].Results {
		pl := r.Locations[0].PhysicalLocation
		key := *r.RuleID + " " + *r.Locations[0].LogicalLocations[0].FullyQualifiedName
		got[key] = fmt.Sprintf("%s:%d", *pl.ArtifactLocation.URI, *pl.Region.StartLine)
	}
	const dir = "testdata/projects/webapp/"
	want := map[string]string{
		"AWS-EC2-001 aws_security_group.web":                     dir + "main.tf:30", // cidr_blocks of the SSH ingress block
		"AWS-EC2-002 aws_security_group_rule.rdp_admin":          dir + "main.tf:51", // cidr_blocks of the separate rule, named
		"AWS-EC2-005 aws_instance.web[0]":                        dir + "main.tf:63", // http_tokens
		"AWS-EC2-005 aws_instance.web[1]":                        dir + "main.tf:63",
		"AWS-EC2-006 aws_instance.web[0]":                        dir + "main.tf:67", // encrypted in root_block_device
		"AWS-EC2-006 aws_instance.web[1]":                        dir + "main.tf:67",
		"AWS-EBS-001 aws_ebs_volume.archive":                     dir + "main.tf:89", // encrypted = false
		"AWS-RDS-002 module.db.aws_db_instance.main":             dir + "modules/db/main.tf:15",
		"AWS-RDS-001 module.db.aws_db_instance.main":             dir + "modules/db/main.tf:16",
		`AWS-S3-002 module.storage.aws_s3_bucket.this["assets"]`: dir + "modules/storage/main.tf:5",
		`AWS-S3-001 module.storage.aws_s3_bucket.this["assets"]`: dir + "modules/storage/main.tf:17", // acl of the ACL resource
	}
	for key, loc := range want {
		if got[key] != loc {
			t.Errorf("%s at %q, want %q", key, got[key], loc)
		}
	}
	// Every other result (rules added later) is on a .tf line too.
	for key, loc := range got {
		file, line, _ := strings.Cut(loc, ":")
		if _, listed := want[key]; !listed && (!strings.HasPrefix(file, dir) || !strings.HasSuffix(file, ".tf") || line == "1") {
			t.Errorf("%s at %q: not on a .tf line", key, loc)
		}
	}
}

func TestCostCommand(t *testing.T) {
	repoRoot(t)
	code, out, stderr := run(t, "", "cost", "--format", "json", "testdata/projects/webapp/plan.json")
	if code != ExitClean {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var c struct {
		HasBefore   bool    `json:"has_before"`
		TotalBefore float64 `json:"total_before"`
		TotalAfter  float64 `json:"total_after"`
		Delta       float64 `json:"delta"`
		Resources   []struct {
			Address string   `json:"address"`
			Before  *float64 `json:"before"`
			After   *float64 `json:"after"`
		} `json:"resources"`
	}
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatal(err)
	}
	if !c.HasBefore || len(c.Resources) == 0 {
		t.Fatalf("plan cost report without before figures: %s", out)
	}
	sumBefore, sumAfter := 0.0, 0.0
	for _, r := range c.Resources {
		if r.Before != nil {
			sumBefore += *r.Before
		}
		if r.After != nil {
			sumAfter += *r.After
		}
		if r.Address == "aws_ebs_volume.old" && (r.Before == nil || r.After != nil) {
			t.Errorf("a deleted volume has a before and no after: %+v", r)
		}
	}
	if d := c.TotalAfter - c.TotalBefore - c.Delta; d > 0.001 || d < -0.001 {
		t.Errorf("delta %.4f != after %.4f - before %.4f", c.Delta, c.TotalAfter, c.TotalBefore)
	}
	if d := sumAfter - c.TotalAfter; d > 0.001 || d < -0.001 {
		t.Errorf("sum of resources %.4f != total %.4f", sumAfter, c.TotalAfter)
	}
	// Budgets as policies.
	code, out, _ = run(t, "", "scan", "--format", "json", "--fail-on", "medium", "--max-monthly-increase", "10", "testdata/projects/webapp/plan.json")
	if code != ExitFindings || !strings.Contains(out, "AWS-COST-002") {
		t.Errorf("--max-monthly-increase 10 should fail with AWS-COST-002 (exit %d)", code)
	}
}

// TestBinaryPlan runs `iacvet scan --plan tfplan` with a fake terraform on
// the PATH that prints the fixture plan, and a plan file carrying its
// configuration snapshot in a directory without sources.
func TestBinaryPlan(t *testing.T) {
	repoRoot(t)
	dir := t.TempDir()
	// A binary plan: a zip with tfplan and the configuration snapshot.
	zipPath := filepath.Join(dir, "tfplan")
	zf, err := os.Create(zipPath)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(zf)
	add := func(name, src string) {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	add("tfplan", "testdata/projects/webapp/plan.json") // content is opaque to iacvet
	// Terraform's snapshot layout: tfconfig/m-<module key>/ per module and
	// tfconfig/modules.json recording where each module came from.
	for _, f := range []string{"main.tf", "variables.tf", "versions.tf"} {
		add("tfconfig/m-/"+f, "testdata/projects/webapp/"+f)
	}
	add("tfconfig/m-db/main.tf", "testdata/projects/webapp/modules/db/main.tf")
	add("tfconfig/m-storage/main.tf", "testdata/projects/webapp/modules/storage/main.tf")
	w, _ := zw.Create("tfconfig/modules.json")
	w.Write([]byte(`[{"Key":"","Source":"","Dir":"."},{"Key":"db","Source":"./modules/db","Dir":"modules/db"},{"Key":"storage","Source":"./modules/storage","Dir":"modules/storage"}]`))
	zw.Close()
	zf.Close()
	bin := filepath.Join(dir, "bin")
	os.Mkdir(bin, 0o755)
	plan, _ := filepath.Abs("testdata/projects/webapp/plan.json")
	ran := filepath.Join(dir, "ran")
	script := "#!/bin/sh\necho ran > '" + ran + "'\n[ \"$1\" = show ] && [ \"$2\" = -json ] || exit 3\ncat '" + plan + "'\n"
	if err := os.WriteFile(filepath.Join(bin, "terraform"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	t.Setenv("IACVET_TERRAFORM", "")
	// Without --allow-terraform-show terraform never runs: an error that
	// says how to proceed, exit 2.
	code, out, _ := run(t, "", "scan", "--plan", zipPath)
	if code != ExitError || !strings.Contains(out, "terraform show -json tfplan | iacvet scan -") || !strings.Contains(out, "--allow-terraform-show") {
		t.Errorf("without the flag: exit %d, output %q", code, out)
	}
	if _, err := os.Stat(ran); !os.IsNotExist(err) {
		t.Fatalf("terraform ran without --allow-terraform-show: %v", err)
	}
	code, out, stderr := run(t, "", "scan", "--format", "json", "--allow-terraform-show", "--plan", zipPath)
	if code != ExitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep struct {
		Findings []struct {
			RuleID   string `json:"rule_id"`
			Resource string `json:"resource"`
			Location struct {
				File string `json:"file"`
				Line int    `json:"line"`
			} `json:"location"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range rep.Findings {
		if f.RuleID == "AWS-RDS-002" {
			found = true
			if !strings.HasSuffix(f.Location.File, "modules/db/main.tf") || f.Location.Line != 15 {
				t.Errorf("finding placed at %s:%d, want the snapshot's modules/db/main.tf:15", f.Location.File, f.Location.Line)
			}
		}
	}
	if !found {
		t.Fatalf("no AWS-RDS-002 finding: %s", out)
	}
	// Without terraform on the PATH: a clear error and exit 2.
	t.Setenv("PATH", t.TempDir())
	code, out, _ = run(t, "", "scan", "--allow-terraform-show", "--plan", zipPath)
	if code != ExitError || !strings.Contains(out, "binary plan") || !strings.Contains(out, "terraform") {
		t.Errorf("exit %d, output %q", code, out)
	}
}

func TestPolicyTestAndCustomPolicy(t *testing.T) {
	repoRoot(t)
	code, out, stderr := run(t, "", "policy", "test", "-v", "testdata/policies/custom")
	if code != ExitClean || !strings.Contains(out, "2 passed, 0 failed, 0 errors") {
		t.Fatalf("exit %d: %s %s", code, out, stderr)
	}
	// A failing test exits 1.
	dir := t.TempDir()
	for _, f := range []string{"tags.rego", "tags_test.rego"} {
		data, _ := os.ReadFile(filepath.Join("testdata/policies/custom", f))
		if f == "tags_test.rego" {
			data = []byte(strings.Replace(string(data), "count(tags.deny) == 1", "count(tags.deny) == 2", 1))
		}
		os.WriteFile(filepath.Join(dir, f), data, 0o644)
	}
	if code, out, _ := run(t, "", "policy", "test", dir); code != ExitFindings || !strings.Contains(out, "FAIL: data.acme.tags_test.test_untagged_bucket_denied") {
		t.Errorf("failing test: exit %d, %s", code, out)
	}
	// The same policy applies to a scan with --policy, listed by rules.
	code, out, _ = run(t, "", "scan", "--offline", "--format", "json", "--policy", "testdata/policies/custom", "testdata/projects/webapp/plan.json")
	if code != ExitFindings || !strings.Contains(out, `"rule_id": "ACME-001"`) {
		t.Errorf("custom rule did not run in the scan (exit %d)", code)
	}
	if _, out, _ := run(t, "", "rules", "--policy", "testdata/policies/custom"); !strings.Contains(out, "ACME-001") {
		t.Errorf("rules --policy does not list ACME-001:\n%s", out)
	}
}
