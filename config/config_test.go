package config

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

var update = flag.Bool("update", false, "rewrite golden files (none in this package)")

func TestParse(t *testing.T) {
	cases := []struct {
		name, yaml, err string
	}{
		{"empty", "", ""},
		{"full", `
region: eu-west-1
fail_on: high
rules:
  disable: [AWS-S3-001]
  severity: {AWS-EC2-005: medium}
exclude: ["examples/**"]
suppress:
  - rule: AWS-S3-002
    resource: 'module.storage.*'
    reason: buckets behind CloudFront
cost:
  max_monthly_cost: 500
`, ""},
		{"typo is an error", "fail_no: high\n", "field fail_no not found"},
		{"bad severity", "fail_on: severe\n", "fail_on: unknown severity"},
		{"bad override", "rules: {severity: {X: urgent}}\n", "rules.severity.X"},
		{"suppression needs reason", "suppress: [{rule: AWS-S3-001}]\n", "a reason is required"},
		{"suppression needs rule", "suppress: [{reason: x}]\n", "rule is required"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.yaml))
			if tc.err == "" && err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
				t.Fatalf("error %v, want %q", err, tc.err)
			}
		})
	}
}

func TestMatchGlob(t *testing.T) {
	cases := []struct {
		pattern, path string
		want          bool
	}{
		{"examples/**", "examples/a/b.tf", true},
		{"examples/**", "examples", true},
		{"**/test/**", "infra/test/main.tf", true},
		{"**/test/**", "infra/testing/main.tf", false},
		{"*.json", "plans/plan.json", true},
		{"plans/*.json", "plans/a/plan.json", false},
		{"modules", "modules/vpc/main.tf", true},
	}
	for _, tc := range cases {
		if got := MatchGlob(tc.pattern, tc.path); got != tc.want {
			t.Errorf("MatchGlob(%q, %q) = %v, want %v", tc.pattern, tc.path, got, tc.want)
		}
	}
}

func TestFindStopsAtRepoRoot(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "repo", "infra", "prod")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(root, ".iacvet.yaml"), []byte("region: outside\n"), 0o644)
	os.Mkdir(filepath.Join(root, "repo", ".git"), 0o755)
	if got, _ := Find(sub); got != "" {
		t.Errorf("found %q beyond the repository root", got)
	}
	want := filepath.Join(root, "repo", "infra", ".iacvet.yaml")
	os.WriteFile(want, []byte("region: eu-west-1\n"), 0o644)
	if got, _ := Find(sub); got != want {
		t.Errorf("Find = %q, want %q", got, want)
	}
}

func TestSuppressAndBaseline(t *testing.T) {
	findings := []model.Finding{
		{RuleID: "AWS-S3-002", Resource: `module.storage.aws_s3_bucket.this["a"]`, Outcome: model.OutcomeFail, Fingerprint: "f1", Location: model.Position{File: "main.tf"}},
		{RuleID: "AWS-S3-002", Resource: "aws_s3_bucket.other", Outcome: model.OutcomeFail, Fingerprint: "f2", Location: model.Position{File: "main.tf"}},
		{RuleID: "AWS-EC2-001", Resource: "aws_security_group.web", Outcome: model.OutcomeFail, Fingerprint: "f3", Location: model.Position{File: "modules/sg/main.tf"}},
	}
	c, err := Parse([]byte(`
suppress:
  - {rule: AWS-S3-002, resource: 'module.storage.*', reason: behind CloudFront}
  - {rule: AWS-EC2-001, path: 'modules/**', reason: vendored module}
`))
	if err != nil {
		t.Fatal(err)
	}
	c.ApplySuppressions(findings)
	var got []string
	for _, f := range findings {
		if f.Suppression != nil {
			got = append(got, f.Fingerprint+":"+f.Suppression.Justification)
		}
	}
	if diff := cmp.Diff([]string{"f1:behind CloudFront", "f3:vendored module"}, got); diff != "" {
		t.Errorf("suppressed (-want +got):\n%s", diff)
	}
	// The baseline records only what is not suppressed yet.
	b := NewBaseline(findings)
	if len(b.Findings) != 1 || b.Findings[0].Fingerprint != "f2" {
		t.Fatalf("baseline = %+v", b.Findings)
	}
	data, err := b.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "baseline.json")
	os.WriteFile(p, data, 0o644)
	loaded, err := LoadBaseline(p)
	if err != nil {
		t.Fatal(err)
	}
	fresh := []model.Finding{{RuleID: "AWS-S3-002", Fingerprint: "f2", Outcome: model.OutcomeFail}, {RuleID: "AWS-S3-002", Fingerprint: "new", Outcome: model.OutcomeFail}}
	if n := loaded.Apply(fresh, "baseline.json"); n != 1 || fresh[0].Suppression == nil || fresh[1].Suppression != nil {
		t.Errorf("Apply marked %d; %+v", n, fresh)
	}
	if fresh[0].Suppression.Kind != model.SuppressionExternal {
		t.Errorf("baseline suppression kind %q", fresh[0].Suppression.Kind)
	}
}

func TestLoadBaselineErrors(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{"garbage": "{", "version": `{"version": 7, "findings": []}`} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(content), 0o644)
		if _, err := LoadBaseline(p); err == nil || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: error %v should name the file", name, err)
		}
	}
}

// TestLoadNamesFileAndLine: a configuration error points at the file and
// the line of the entry at fault.
func TestLoadNamesFileAndLine(t *testing.T) {
	cases := []struct{ name, yaml, want string }{
		{"bad resource pattern", `region: eu-west-1
suppress:
  - rule: AWS-S3-001
    reason: fine
  - rule: AWS-S3-002
    resource: 'aws_s3_bucket.log[abc]'
    reason: fine
`, ":6: suppress[1].resource: \"aws_s3_bucket.log[abc]\""},
		{"character class", `suppress:
  - {rule: AWS-S3-002, resource: 'aws_s3_bucket.log?', reason: fine}
`, ":2: suppress[0].resource"},
		{"missing reason", `suppress:
  - rule: AWS-S3-002

  - rule: AWS-S3-001
    resource: aws_s3_bucket.logs
`, ":2: suppress[0] (AWS-S3-002): a reason is required"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), ".iacvet.yaml")
			if err := os.WriteFile(p, []byte(tc.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load(p)
			if err == nil || !strings.Contains(err.Error(), p+tc.want) {
				t.Fatalf("error %v, want %q", err, p+tc.want)
			}
		})
	}
}

func TestSuppressionsByAddress(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, ".iacvet.yaml")
	os.WriteFile(p, []byte(`suppress:
  - rule: AWS-EC2-005
    resource: 'module.workers[*].*'
    reason: IMDS v1 needed by the agent
  - rule: '*'
    resource: 'module.app["prod"].aws_instance.web[0]'
    reason: replaced next sprint
  - rule: AWS-S3-001
    resource: '**/AssetsBucket'
    reason: public assets
`), 0o644)
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	findings := []model.Finding{
		{RuleID: "AWS-EC2-005", Resource: "module.workers[0].aws_instance.node"},
		{RuleID: "AWS-EC2-005", Resource: "module.workers.aws_instance.node"}, // no index: [*] wants one
		{RuleID: "AWS-EC2-006", Resource: `module.app["prod"].aws_instance.web[0]`},
		{RuleID: "AWS-EC2-006", Resource: `module.app["prod"].aws_instance.web[1]`},
		{RuleID: "AWS-S3-001", Resource: "Site/AssetsBucket"},
	}
	c.ApplySuppressions(findings)
	var got []string
	for _, f := range findings {
		if f.Suppression != nil {
			pos := f.Suppression.Position
			if pos == nil || !strings.HasSuffix(pos.File, ".iacvet.yaml") {
				t.Errorf("%s: suppression position %v, want the configuration file", f.Resource, pos)
				continue
			}
			got = append(got, fmt.Sprintf("%s %d", f.Resource, pos.Line))
		}
	}
	want := []string{"module.workers[0].aws_instance.node 2", `module.app["prod"].aws_instance.web[0] 5`, "Site/AssetsBucket 8"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("suppressed (-want +got):\n%s", diff)
	}
}

func TestCheckSuppressions(t *testing.T) {
	p := filepath.Join(t.TempDir(), ".iacvet.yaml")
	os.WriteFile(p, []byte(`rules:
  disable: [AWS-EC2-006]
suppress:
  - {rule: AWS-S3-001, resource: aws_s3_bucket.site, reason: used}
  - {rule: AWS-S3-999, reason: no such rule}
  - {rule: AWS-S3-002, resource: aws_s3_bucket.gone, reason: stale}
  - {rule: AWS-EC2-006, reason: disabled anyway}
  - {rule: '*', path: 'vendor/**', reason: nothing vendored scanned}
  - {rule: '*', resource: 'aws_s3_bucket.*', reason: used by a wildcard}
`), 0o644)
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{"AWS-S3-001": true, "AWS-S3-002": true, "AWS-EC2-006": true}
	findings := []model.Finding{{RuleID: "AWS-S3-001", Resource: "aws_s3_bucket.site", Location: model.Position{File: "main.tf", Line: 3}}}
	var got []string
	for _, d := range c.CheckSuppressions(findings, known, c.Disabled()) {
		if d.Severity != model.DiagWarning || !strings.HasSuffix(d.Position.File, ".iacvet.yaml") {
			t.Errorf("%v: want a warning on the configuration file", d)
		}
		got = append(got, fmt.Sprintf("%d %s", d.Position.Line, d.Summary))
	}
	want := []string{
		"5 suppression names AWS-S3-999, which is not a rule",
		"6 suppression of AWS-S3-002 on aws_s3_bucket.gone matches nothing in this scan",
		"8 suppression of * in vendor/** matches nothing in this scan",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
}

func TestBaselineNamesItsFile(t *testing.T) {
	b := NewBaseline([]model.Finding{
		{RuleID: "AWS-S3-001", Resource: "a", Fingerprint: "fa", Outcome: model.OutcomeFail},
		{RuleID: "AWS-S3-002", Resource: "b", Fingerprint: "fb", Outcome: model.OutcomeFail},
	})
	data, _ := b.Marshal()
	p := filepath.Join(t.TempDir(), "base.json")
	os.WriteFile(p, data, 0o644)
	loaded, err := LoadBaseline(p)
	if err != nil {
		t.Fatal(err)
	}
	fs := []model.Finding{{RuleID: "AWS-S3-002", Fingerprint: "fb"}}
	loaded.Apply(fs, "ci/base.json")
	s := fs[0].Suppression
	if s == nil {
		t.Fatal("baselined finding not suppressed")
	}
	wantLine := 1 + strings.Count(string(data[:strings.Index(string(data), `"fb"`)]), "\n")
	if s.Justification != "in baseline ci/base.json" || s.Position == nil || *s.Position != (model.Position{File: "ci/base.json", Line: wantLine}) {
		t.Fatalf("suppression %+v (position %v), want the baseline file at line %d", s, s.Position, wantLine)
	}
}
