package report

import (
	"bytes"
	"flag"
	"strings"
	"testing"

	"github.com/iacvet/iacvet/model"
)

var update = flag.Bool("update", false, "rewrite golden files (golden outputs live in ../cli)")

func sample() *Report {
	return &Report{
		Tool:   Tool{Name: "iacvet", Version: "test", URI: "https://example.com"},
		Inputs: []Input{{Path: "main.tf", Kind: "terraform", Resources: 1}},
		Rules:  []model.RuleMeta{{ID: "AWS-X-001", Title: "A rule, with: punctuation", Severity: model.SeverityHigh, Description: "d"}},
		Findings: []model.Finding{
			{RuleID: "AWS-X-001", Title: "A rule", Severity: model.SeverityHigh, Outcome: model.OutcomeFail, Message: "100% bad\nsecond line", Resource: "aws_s3_bucket.b", Location: model.Position{File: "dir,x/main:tf", Line: 3, Column: 5}, Fingerprint: "fp"},
			{RuleID: "AWS-X-001", Severity: model.SeverityHigh, Outcome: model.OutcomeUnknown, Message: "later", Resource: "aws_s3_bucket.c", Location: model.Position{File: "main.tf"}, Fingerprint: "fp2"},
			{RuleID: "AWS-X-001", Severity: model.SeverityHigh, Outcome: model.OutcomeFail, Message: "ok", Resource: "aws_s3_bucket.d", Location: model.Position{File: "main.tf", Line: 9}, Fingerprint: "fp3", Suppression: &model.Suppression{Kind: model.SuppressionInSource, Justification: "accepted"}},
		},
		FailOn: model.SeverityHigh,
	}
}

func TestGitHubEscaping(t *testing.T) {
	var buf bytes.Buffer
	if err := (GitHub{}).Write(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	want := "::error file=dir%2Cx/main%3Atf,line=3,col=5,title=AWS-X-001 A rule::100%25 bad%0Asecond line [aws_s3_bucket.b]\n"
	if !strings.HasPrefix(got, want) {
		t.Errorf("got\n%s\nwant prefix\n%s", got, want)
	}
	if strings.Contains(got, "aws_s3_bucket.d") {
		t.Error("suppressed finding annotated")
	}
	if !strings.Contains(got, "::notice file=main.tf,title=AWS-X-001 unknown until apply::later") {
		t.Errorf("unknown result not a notice without a line:\n%s", got)
	}
}

func TestTextColour(t *testing.T) {
	for _, color := range []bool{false, true} {
		var buf bytes.Buffer
		if err := (&Text{Color: color}).Write(&buf, sample()); err != nil {
			t.Fatal(err)
		}
		if has := strings.Contains(buf.String(), "\x1b["); has != color {
			t.Errorf("Color=%v: ANSI codes present = %v", color, has)
		}
		if !strings.Contains(buf.String(), "1 finding(s) (1 high), 1 unknown until apply, 1 suppressed") {
			t.Errorf("summary line missing:\n%s", buf.String())
		}
	}
}

func TestCountAndFailed(t *testing.T) {
	cases := []struct {
		failOn  model.Severity
		unknown bool
		want    bool
	}{
		{model.SeverityHigh, false, true},
		{model.SeverityCritical, false, false},
		{"", false, false},
		{model.SeverityCritical, true, true},
	}
	for _, tc := range cases {
		r := sample()
		r.FailOn, r.FailOnUnknown = tc.failOn, tc.unknown
		if got := r.Failed(); got != tc.want {
			t.Errorf("failOn=%q unknown=%v: Failed = %v, want %v", tc.failOn, tc.unknown, got, tc.want)
		}
	}
}

func TestSARIFLevelsAndSeverity(t *testing.T) {
	cases := map[model.Severity][2]string{
		model.SeverityCritical: {"error", "9.5"},
		model.SeverityHigh:     {"error", "8.0"},
		model.SeverityMedium:   {"warning", "5.5"},
		model.SeverityLow:      {"note", "3.0"},
		model.SeverityInfo:     {"note", "0.5"},
	}
	for sev, want := range cases {
		if got := [2]string{Level(sev), SecuritySeverity(sev)}; got != want {
			t.Errorf("%s: got %v, want %v", sev, got, want)
		}
	}
	log, err := (&SARIF{}).Build(sample())
	if err != nil {
		t.Fatal(err)
	}
	if err := log.Validate(); err != nil {
		t.Fatal(err)
	}
	res := log.Runs[0].Results
	if len(res) != 2 {
		t.Fatalf("want 2 results (fail + suppressed), got %d", len(res))
	}
	if len(res[1].Suppressions) != 1 || *res[1].Suppressions[0].Kind != "inSource" {
		t.Errorf("suppressed result lacks its suppression")
	}
}

func TestCostSections(t *testing.T) {
	before, after, monthly := 10.0, 35.5, 32.85
	unpriced := func(c *model.CostReport) *model.CostReport {
		c.Free = []model.UnpricedResource{{Address: "aws_iam_role.r", Type: "AWS::IAM::Role", Reason: "no charge of its own (IAM)"}}
		c.NotPriced = []model.UnpricedResource{{Address: "aws_sqs_queue.q", Type: "AWS::SQS::Queue", Reason: "not priced by iacvet"}}
		c.Hints = []model.CostHint{{Address: "aws_instance.a|b", Message: "gp3 is cheaper", Saving: 2}}
		c.Provenance = []model.Provenance{{Source: model.DataSnapshot, What: "price snapshot", SnapshotDate: "2025-06-01"}}
		c.SnapshotRegions = []string{"us-east-1", "eu-west-1"}
		return c
	}
	plan := unpriced(&model.CostReport{Currency: "USD", HasBefore: true, TotalBefore: 10, TotalAfter: 35.5, Delta: 25.5,
		Resources: []model.ResourceCost{{Address: "aws_instance.a|b", Type: "AWS::EC2::Instance", Action: model.ActionUpdate, Before: &before, After: &after, Delta: 25.5,
			Assumed: []string{"root volume: 8 GB gp2"}, UsageBased: []string{"data out: usage-based"}}}})
	source := unpriced(&model.CostReport{Currency: "USD", TotalAfter: 32.85,
		Resources: []model.ResourceCost{{Address: "Nat", Type: "AWS::EC2::NatGateway", After: &monthly}}})
	cases := []struct {
		name    string
		cost    *model.CostReport
		w       Writer
		want    []string
		notWant []string
	}{
		{"markdown plan", plan, Markdown{}, []string{
			"**Monthly cost change: +25.50 USD** (10.00 → 35.50)",
			"| Resource | Type | Change | Before | After | Delta |",
			"| `aws_instance.a\\|b` | AWS::EC2::Instance | update | 10.00 | 35.50 | +25.50 |",
			"- `aws_instance.a\\|b`: root volume: 8 GB gp2",
			"- `aws_instance.a\\|b`: data out: usage-based",
			"- `aws_sqs_queue.q` (AWS::SQS::Queue)",
			"Free, no charge of their own (1): `aws_iam_role.r`",
			"- `aws_instance.a\\|b`: gp3 is cheaper (saves 2.00 USD/month)",
			"_Prices: snapshot of 2025-06-01 (snapshot regions: us-east-1, eu-west-1)._",
		}, nil},
		{"markdown source", source, Markdown{}, []string{
			"**Estimated monthly cost: 32.85 USD**",
			"| Resource | Type | Monthly |\n|---|---|---:|\n| `Nat` | AWS::EC2::NatGateway | 32.85 |",
			"- `aws_sqs_queue.q` (AWS::SQS::Queue)",
		}, []string{"Delta", "Before"}},
		{"text plan", plan, &Text{}, []string{
			"Resource                                               Before      After      Delta",
			"    assumed: root volume: 8 GB gp2",
			"  not priced by iacvet: aws_sqs_queue.q (AWS::SQS::Queue)",
			"  free, no charge of their own (1): aws_iam_role.r",
			"  hint: aws_instance.a|b: gp3 is cheaper (saves 2.00/month)",
			"  prices: snapshot of 2025-06-01 (snapshot regions: us-east-1, eu-west-1)",
		}, nil},
		{"text source", source, &Text{}, []string{
			"Resource                                              Monthly\n  Nat                                                     32.85\n",
			"  not priced by iacvet: aws_sqs_queue.q (AWS::SQS::Queue)",
		}, []string{"Delta", "Before"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := sample()
			r.Cost = tc.cost
			var buf bytes.Buffer
			if err := tc.w.Write(&buf, r); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, want := range tc.want {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
			for _, no := range tc.notWant {
				if strings.Contains(out, no) {
					t.Errorf("output has %q:\n%s", no, out)
				}
			}
		})
	}
	// A report with nothing priced still lists what is not priced.
	r := sample()
	r.Cost = &model.CostReport{Currency: "USD", NotPriced: []model.UnpricedResource{{Address: "aws_sqs_queue.q", Type: "AWS::SQS::Queue"}}}
	doc := BuildDocument(r)
	if doc.Cost == nil || len(doc.Cost.NotPriced) != 1 {
		t.Errorf("JSON document lacks the not-priced resource: %+v", doc.Cost)
	}
	var buf bytes.Buffer
	if err := (Markdown{}).Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "Not priced by iacvet (1):") {
		t.Errorf("markdown without priced resources drops the not-priced list:\n%s", buf.String())
	}
}

func TestProvenanceInOneLineFormats(t *testing.T) {
	r := sample()
	r.Findings[0].Provenance = []model.Provenance{{Source: model.DataSnapshot, What: "ec2 offerings", SnapshotDate: "2026-11-01"}}
	for _, w := range []Writer{GitHub{}, Markdown{}, &Text{}} {
		var buf bytes.Buffer
		if err := w.Write(&buf, r); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "ec2 offerings from snapshot of 2026-11-01") {
			t.Errorf("%T lacks the provenance:\n%s", w, buf.String())
		}
	}
}

// TestFixHints: text, GitHub and markdown show the rule's one-line fix
// under a failing finding, and where to read more.
func TestFixHints(t *testing.T) {
	r := sample()
	r.Rules[0].Remediation = "Turn it on, with: care."
	r.Rules[0].Builtin = true
	r.Findings = append(r.Findings, model.Finding{RuleID: "CUSTOM-1", Severity: model.SeverityHigh, Outcome: model.OutcomeFail, Message: "custom", Location: model.Position{File: "main.tf", Line: 4}, Fingerprint: "fp4"})
	r.Rules = append(r.Rules, model.RuleMeta{ID: "CUSTOM-1", Title: "custom", Severity: model.SeverityHigh})
	cases := []struct {
		w    Writer
		want []string
	}{
		{&Text{}, []string{"  3:5     HIGH     AWS-X-001 100% bad\nsecond line\n          aws_s3_bucket.b\n          fix: Turn it on, with: care. (iacvet explain AWS-X-001)\n"}},
		{GitHub{}, []string{"[aws_s3_bucket.b]%0AFix: Turn it on, with: care. (iacvet explain AWS-X-001)\n"}},
		{Markdown{}, []string{"| [AWS-X-001](" + RulesDocURL + "#aws-x-001) | high | `aws_s3_bucket.b` | dir,x/main:tf:3:5 | 100% bad second line | Turn it on, with: care. |", "| CUSTOM-1 | high |"}},
	}
	for _, c := range cases {
		var buf bytes.Buffer
		if err := c.w.Write(&buf, r); err != nil {
			t.Fatal(err)
		}
		for _, want := range c.want {
			if !strings.Contains(buf.String(), want) {
				t.Errorf("%T lacks %q:\n%s", c.w, want, buf.String())
			}
		}
		// A rule without remediation gets no empty "fix:" line, and a
		// suppressed finding no hint at all.
		if n := strings.Count(buf.String(), "Turn it on"); n != 1 {
			t.Errorf("%T: %d fix hints, want 1:\n%s", c.w, n, buf.String())
		}
	}
}

func TestFixHintByKind(t *testing.T) {
	m := model.RuleMeta{Terraform: "\n  storage_encrypted = true\n", CloudFormation: "StorageEncrypted: true\n"}
	if got := FixHint(m, model.FormatTerraformPlan); got != "storage_encrypted = true" {
		t.Errorf("plan: %q", got)
	}
	if got := FixHint(m, model.FormatCloudFormation); got != "StorageEncrypted: true" {
		t.Errorf("template: %q", got)
	}
	m.Remediation = "Encrypt the storage, e.g. with\n  a KMS key. Rotate the key.\n\nMore."
	if got := FixHint(m, model.FormatCloudFormation); got != "Encrypt the storage, e.g. with a KMS key." {
		t.Errorf("with remediation: %q", got)
	}
}

// TestNotesAboutTheRun: notes that are not about the scanned code collapse
// to one line in text and to none in GitHub annotations; Verbose shows all.
func TestNotesAboutTheRun(t *testing.T) {
	r := sample()
	r.Diagnostics = model.Diagnostics{
		{Severity: model.DiagNotice, Summary: "not checked: ec2:DescribeInstanceTypeOfferings us-east-1"},
		{Severity: model.DiagNotice, Summary: "not checked: ec2:DescribeSecurityGroups us-east-1"},
		{Severity: model.DiagNotice, Summary: "module source not read", Position: model.Position{File: "main.tf", Line: 2}},
		{Severity: model.DiagWarning, Summary: "AWS lookups throttled"},
	}
	var text, verbose, gh, ghVerbose bytes.Buffer
	for _, w := range []struct {
		w   Writer
		buf *bytes.Buffer
	}{{&Text{}, &text}, {&Text{Verbose: true}, &verbose}, {GitHub{}, &gh}, {GitHub{Verbose: true}, &ghVerbose}} {
		if err := w.w.Write(w.buf, r); err != nil {
			t.Fatal(err)
		}
	}
	if strings.Contains(text.String(), "DescribeSecurityGroups") || !strings.Contains(text.String(), `2 notes about AWS lookups and data, such as "not checked: ec2:DescribeInstanceTypeOfferings us-east-1" (-v or --stats lists them)`) {
		t.Errorf("text does not collapse the notes about the run:\n%s", text.String())
	}
	for _, want := range []string{"module source not read", "AWS lookups throttled"} {
		if !strings.Contains(text.String(), want) || !strings.Contains(gh.String(), want) {
			t.Errorf("%q hidden:\ntext:\n%s\ngithub:\n%s", want, text.String(), gh.String())
		}
	}
	if !strings.Contains(verbose.String(), "DescribeSecurityGroups") || strings.Contains(verbose.String(), "notes about AWS lookups") {
		t.Errorf("verbose text does not list every note:\n%s", verbose.String())
	}
	if strings.Contains(gh.String(), "not checked") {
		t.Errorf("GitHub annotates notes about the run:\n%s", gh.String())
	}
	if strings.Count(ghVerbose.String(), "not checked") != 2 {
		t.Errorf("verbose GitHub output lacks the notes:\n%s", ghVerbose.String())
	}
}

// TestGitHubKeepsPunctuation: the annotation title and message keep their
// punctuation; only what the workflow-command syntax needs is escaped.
func TestGitHubKeepsPunctuation(t *testing.T) {
	r := sample()
	r.Findings = r.Findings[:1]
	r.Findings[0].Title = "A rule, with: punctuation (100%)"
	r.Findings[0].Message = `it's "open": 0.0.0.0/0, ports 22-23; see https://example.com/a?b=c&d`
	var buf bytes.Buffer
	if err := (GitHub{}).Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	want := "title=AWS-X-001 A rule%2C with%3A punctuation (100%25)::it's \"open\": 0.0.0.0/0, ports 22-23; see https://example.com/a?b=c&d [aws_s3_bucket.b]\n"
	if !strings.Contains(buf.String(), want) {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}
