package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUsageErrorsBeforeScanning: a file a flag names that does not exist
// is a usage error (exit 2) before anything is scanned, so CI never checks
// the wrong thing with default values.
func TestUsageErrorsBeforeScanning(t *testing.T) {
	repoRoot(t)
	webapp := "testdata/plans/webapp/plan.json"
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"var-file", []string{"--var-file", "missing.tfvars"}, "--var-file missing.tfvars: no such file or directory"},
		{"var-file is a directory", []string{"--var-file", "testdata"}, "--var-file testdata: is a directory"},
		{"cfn-param-file", []string{"--cfn-param-file", "missing-params.json"}, "--cfn-param-file missing-params.json: no such file or directory"},
		{"config", []string{"--config", "missing.yaml"}, "missing.yaml"},
		{"baseline", []string{"--baseline", "missing-baseline.json"}, "missing-baseline.json"},
		{"policy", []string{"--policy", "missing-policies"}, "missing-policies"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := run(t, "", append(append([]string{"scan"}, tc.args...), webapp)...)
			if code != ExitError {
				t.Fatalf("exit %d, want %d; stderr: %s", code, ExitError, stderr)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr lacks %q:\n%s", tc.want, stderr)
			}
			if strings.Contains(out, "AWS-") {
				t.Errorf("the scan ran anyway:\n%s", out)
			}
		})
	}
}

// TestNothingToScan: an empty directory, a directory without
// infrastructure code and a named file that is skipped are exit 2 with
// one line saying so, unless --allow-no-iac says that is expected.
func TestNothingToScan(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	noIaC := filepath.Join(dir, "docs")
	emptyTF := filepath.Join(dir, "stub")
	for _, d := range []string{empty, noIaC, emptyTF} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	files := map[string]string{
		filepath.Join(noIaC, "mkdocs.yml"): "site_name: docs\n",
		filepath.Join(noIaC, "README.md"):  "# docs\n",
		filepath.Join(dir, "data.json"):    `{"name": "not a template"}`,
		filepath.Join(dir, "blank.yaml"):   "\n  \n",
		filepath.Join(emptyTF, "main.tf"):  "\n",
		filepath.Join(dir, "image.yaml"):   "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
	}
	for name, content := range files {
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name string
		path string
		want string
	}{
		{"empty directory", empty, "nothing to scan"},
		{"directory without IaC", noIaC, "nothing to scan"},
		{"named file that is skipped", filepath.Join(dir, "data.json"), "nothing to scan"},
		{"empty file", filepath.Join(dir, "blank.yaml"), "empty file"},
		{"empty Terraform file", filepath.Join(emptyTF, "main.tf"), "empty file"},
		{"binary file", filepath.Join(dir, "image.yaml"), "not text, skipped"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := run(t, "", "scan", "--offline", tc.path)
			if code != ExitError {
				t.Fatalf("exit %d, want %d\n%s%s", code, ExitError, out, stderr)
			}
			all := out + stderr
			if n := strings.Count(all, tc.want); n == 0 || n > 2 {
				t.Errorf("want %q once (text and the error line), got %d times:\n%s", tc.want, n, all)
			}
		})
	}
	t.Run("allow-no-iac", func(t *testing.T) {
		if code, out, stderr := run(t, "", "scan", "--offline", "--allow-no-iac", noIaC); code != ExitClean {
			t.Fatalf("exit %d, want %d\n%s%s", code, ExitClean, out, stderr)
		}
	})
}

// TestBinaryTerraformFile: a .tf file that is not text gives one error,
// not one syntax error per line, and fails the run.
func TestBinaryTerraformFile(t *testing.T) {
	dir := t.TempDir()
	bin := append([]byte("resource \"aws_s3_bucket\" \"b\" {}\n"), []byte("\x00\x01\x02\xff\xfe\n\x00\n\x00\n")...)
	if err := os.WriteFile(filepath.Join(dir, "blob.tf"), bin, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := run(t, "", "scan", "--offline", dir)
	if code != ExitError {
		t.Fatalf("exit %d, want %d\n%s%s", code, ExitError, out, stderr)
	}
	if n := strings.Count(out, "blob.tf"); n != 1 {
		t.Errorf("blob.tf named %d times in the report, want once:\n%s", n, out)
	}
	if !strings.Contains(out, "not text, skipped") {
		t.Errorf("report lacks \"not text, skipped\":\n%s", out)
	}
}

// TestOutputFormatFromExtension: -o FILE without --format takes the format
// from the extension, refuses what it cannot tell, and never writes text
// into a .sarif file.
func TestOutputFormatFromExtension(t *testing.T) {
	repoRoot(t)
	dir := t.TempDir()
	clean := "testdata/plans/clean/plan.json"
	cases := []struct {
		name    string
		args    []string
		file    string
		code    int
		prefix  string // of the written file
		wantErr string
	}{
		{"sarif", nil, "r.sarif", ExitClean, `{`, ""},
		{"json", nil, "r.json", ExitClean, `{`, ""},
		{"markdown", nil, "r.md", ExitClean, "", ""},
		{"unknown extension", nil, "r.out", ExitError, "", "cannot tell the format"},
		{"text into .sarif refused", []string{"--format", "text"}, "r2.sarif", ExitError, "", "the extension says sarif"},
		{"explicit FORMAT=FILE wins", nil, "text=r.log", ExitClean, "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			target := tc.file
			if name, file, ok := strings.Cut(tc.file, "="); ok {
				target = name + "=" + filepath.Join(dir, file)
			} else {
				target = filepath.Join(dir, tc.file)
			}
			args := append(append([]string{"scan", "--offline"}, tc.args...), "-o", target, clean)
			code, _, stderr := run(t, "", args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.code, stderr)
			}
			if tc.wantErr != "" {
				if !strings.Contains(stderr, tc.wantErr) {
					t.Errorf("stderr lacks %q: %s", tc.wantErr, stderr)
				}
				return
			}
			path := target
			if _, file, ok := strings.Cut(target, "="); ok {
				path = file
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if tc.prefix != "" && !strings.HasPrefix(strings.TrimSpace(string(data)), tc.prefix) {
				t.Errorf("%s starts %q, want %q", path, data[:min(len(data), 40)], tc.prefix)
			}
			if strings.HasSuffix(path, ".sarif") && !strings.Contains(string(data), `"version": "2.1.0"`) {
				t.Errorf("%s is not SARIF 2.1.0:\n%.300s", path, data)
			}
		})
	}
}

// TestREADMEExitCodeTable runs, through Run, one case for every clause of
// every row of the README's exit-code table, and fails when the README has
// a row this test does not prove or the test proves a code the README
// does not list.
func TestREADMEExitCodeTable(t *testing.T) {
	repoRoot(t)
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	documented := map[int]bool{}
	section := string(readme)
	if i := strings.Index(section, "### Exit codes"); i >= 0 {
		section = section[i:]
	} else {
		t.Fatal("README has no '### Exit codes' section")
	}
	for _, line := range strings.Split(section, "\n")[1:] {
		if strings.HasPrefix(line, "#") {
			break
		}
		var code int
		if _, err := fmt.Sscanf(line, "| %d |", &code); err == nil {
			documented[code] = true
		}
	}

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
	webapp := "testdata/plans/webapp/plan.json"
	clean := "testdata/plans/clean/plan.json"
	brokenPolicy := filepath.Dir(write("policies/conflict.rego", "# METADATA\n# title: conflicting values\n# custom:\n#   id: ACME-001\n#   severity: low\n#   resource_types: [\"*\"]\npackage acme.conflict\n\nv := 1 if true\n\nv := 2 if true\n\ndeny contains {\"resource\": \"r\", \"msg\": sprintf(\"%d\", [v])} if true\n"))
	nested := write("nested/main.tf", "locals {\n  x = [[[[[[[[1]]]]]]]]\n}\n")
	rows := map[int][]struct {
		clause string
		args   []string
	}{
		ExitClean: {
			{"a clean plan", []string{"scan", clean}},
			{"findings below --fail-on", []string{"scan", "--fail-on", "high", "testdata/rules/AWS-DDB-002/fail/plan.json"}},
			{"findings with --fail-on none", []string{"scan", "--fail-on", "none", webapp}},
			{"nothing to scan, with --allow-no-iac", []string{"scan", "--allow-no-iac", "go.mod"}},
		},
		ExitFindings: {
			{"findings at or above the default --fail-on", []string{"scan", webapp}},
			{"unknown-until-apply results with --fail-on-unknown", []string{"scan", "--fail-on", "none", "--fail-on-unknown", webapp}},
			{"--quiet does not change the verdict", []string{"scan", "--quiet", "--fail-on", "none", "--fail-on-unknown", webapp}},
		},
		ExitError: {
			{"usage error: unknown flag", []string{"scan", "--frobnicate", webapp}},
			{"usage error: bad --fail-on", []string{"scan", "--fail-on", "severe", webapp}},
			{"a template that does not decode", []string{"scan", write("bad/template.yaml", "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: [\n")}},
			{"an invalid intrinsic", []string{"scan", write("badif/template.yaml", "AWSTemplateFormatVersion: \"2010-09-09\"\nConditions:\n  Prod: !Equals [a, b]\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !If [Prod, x]\n"), clean}},
			{"an unparsable .tf", []string{"scan", "--fail-on", "none", write("badtf/main.tf", "resource \"aws_s3_bucket\" \"b\" {\n")}},
			{"a limit reached", []string{"scan", "--tf-max-nesting", "4", filepath.Dir(nested)}},
			{"a rule that failed to evaluate", []string{"scan", "--policy", brokenPolicy, clean}},
			{"nothing to scan", []string{"scan", "go.mod"}},
			{"a missing --var-file", []string{"scan", "--var-file", "missing.tfvars", clean}},
			{"a missing --cfn-param-file", []string{"scan", "--cfn-param-file", "missing.json", clean}},
			{"a missing --config", []string{"scan", "--config", "missing.yaml", clean}},
			{"a missing --baseline", []string{"scan", "--baseline", "missing.json", clean}},
			{"a missing --policy", []string{"scan", "--policy", "missing-policies", clean}},
		},
	}
	for code := range documented {
		if len(rows[code]) == 0 {
			t.Errorf("README documents exit code %d but no case here proves it", code)
		}
	}
	for code, cases := range rows {
		if !documented[code] {
			t.Errorf("exit code %d is proven here but not in the README's table", code)
		}
		for _, c := range cases {
			t.Run(fmt.Sprintf("%d/%s", code, c.clause), func(t *testing.T) {
				got, stdout, stderr := run(t, "", c.args...)
				if got != code {
					t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", got, code, stdout, stderr)
				}
			})
		}
	}
}

// TestQuietKeepsWhatDecidedTheExit: under --fail-on-unknown, the
// unknown-until-apply results decide the exit code, so --quiet shows them.
func TestQuietKeepsWhatDecidedTheExit(t *testing.T) {
	repoRoot(t)
	code, stdout, stderr := run(t, "", "scan", "--quiet", "--fail-on", "none", "--fail-on-unknown", "testdata/plans/webapp/plan.json")
	if code != ExitFindings {
		t.Fatalf("exit %d; stderr: %s", code, stderr)
	}
	if !strings.Contains(stdout, "Unknown until apply") {
		t.Errorf("--quiet hid the results that failed the run:\n%s", stdout)
	}
	_, stdout, _ = run(t, "", "scan", "--quiet", "--fail-on", "none", "testdata/plans/webapp/plan.json")
	if strings.Contains(stdout, "Unknown until apply") {
		t.Errorf("--quiet without --fail-on-unknown still lists unknown results:\n%s", stdout)
	}
}

// TestExplain: a rule's explanation has its description, both fixes and
// its mappings; an unknown id is exit 2 and suggests the nearest.
func TestExplain(t *testing.T) {
	code, stdout, stderr := run(t, "", "explain", "aws-s3-007")
	if code != ExitClean {
		t.Fatalf("exit %d; stderr: %s", code, stderr)
	}
	for _, want := range []string{"AWS-S3-007  S3 bucket does not deny plain HTTP requests", "Severity: medium", "aws:SecureTransport", "How to fix:", "Terraform:\n    resource \"aws_s3_bucket_policy\"", "CloudFormation:\n    DataPolicy:", "CIS AWS Foundations Benchmark v3.0.0: 2.1.1", "Foundational Security Best Practices: S3.5", "docs/rules.md#aws-s3-007"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("explanation lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "Inputs:") {
		t.Errorf("a rule serving every input kind shows Inputs:\n%s", stdout)
	}
	code, stdout, _ = run(t, "", "explain", "--format", "json", "AWS-S3-007")
	if code != ExitClean || !strings.Contains(stdout, `"remediation_cloudformation"`) {
		t.Errorf("json: exit %d\n%s", code, stdout)
	}
	// A Terraform-only rule says so, and shows no CloudFormation fix.
	code, stdout, _ = run(t, "", "explain", "AWS-EBS-040")
	if code != ExitClean || !strings.Contains(stdout, "Inputs: Terraform (plans and .tf sources) only\n") || strings.Contains(stdout, "CloudFormation:") {
		t.Errorf("explain AWS-EBS-040: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = run(t, "", "explain", "--format", "json", "AWS-EBS-040")
	if code != ExitClean || !strings.Contains(stdout, `"inputs": [`) {
		t.Errorf("explain --format json AWS-EBS-040: exit %d\n%s", code, stdout)
	}
	for id, want := range map[string]string{
		"AWS-S3-07":  "did you mean AWS-S3-007?",
		"AWS-S3-0O7": "did you mean AWS-S3-007?",
		"aws-ec2":    "did you mean AWS-EC2-001",
		"zzz":        "unknown rule \"zzz\" ('iacvet rules' lists them all)",
	} {
		code, stdout, stderr := run(t, "", "explain", id)
		if code != ExitError || stdout != "" || !strings.Contains(stderr, want) {
			t.Errorf("explain %s: exit %d, stdout %q, stderr %q; want exit 2 and %q", id, code, stdout, stderr, want)
		}
	}
}
