package cli

import (
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
	for _, d := range []string{empty, noIaC} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	files := map[string]string{
		filepath.Join(noIaC, "mkdocs.yml"): "site_name: docs\n",
		filepath.Join(noIaC, "README.md"):  "# docs\n",
		filepath.Join(dir, "data.json"):    `{"name": "not a template"}`,
		filepath.Join(dir, "blank.yaml"):   "\n  \n",
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
