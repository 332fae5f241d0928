package scan

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/report"
)

// TestInlineSuppressionWarnings: an inline suppression (a comment in a .tf
// file, an entry in CloudFormation Metadata) that names no rule or matches
// no finding is a warning at the line that declares it; one that is used,
// or names a disabled rule, is not.
func TestInlineSuppressionWarnings(t *testing.T) {
	root := writeTree(t, map[string]string{
		"tf/main.tf": `resource "aws_ebs_volume" "used" {
  # iacvet:ignore AWS-EBS-001 restored from an encrypted snapshot
  availability_zone = "us-east-1a"
  size              = 20
}

# iacvet:ignore AWS-EBS-999 typo in the id
resource "aws_ebs_volume" "typo" {
  availability_zone = "us-east-1a"
  size              = 20
  encrypted         = true
}

resource "aws_ebs_volume" "stale" {
  count             = 2
  availability_zone = "us-east-1a"
  size              = 20
  encrypted         = true # iacvet:ignore AWS-EBS-001 fixed since
}

# iacvet:ignore AWS-S3-001 not a bucket
resource "aws_ebs_volume" "disabled" {
  availability_zone = "us-east-1a"
  size              = 20
  encrypted         = true
}

module "disks" {
  # iacvet:ignore * legacy module
  source = "./disks"
}
`,
		"tf/disks/main.tf": `resource "aws_ebs_volume" "a" {
  availability_zone = "us-east-1a"
  size              = 20
  encrypted         = true
}
`,
		"cfn/template.yaml": `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Used:
    Type: AWS::EC2::Volume
    Metadata:
      iacvet:
        ignore:
          - id: AWS-EBS-001
            reason: restored from an encrypted snapshot
    Properties:
      AvailabilityZone: us-east-1a
      Size: 20
  Stale:
    Type: AWS::EC2::Volume
    Metadata:
      iacvet:
        ignore:
          - {id: AWS-EBS-001, reason: fixed since}
          - {id: AWS-NOPE-1, reason: no such rule}
    Properties:
      AvailabilityZone: us-east-1a
      Size: 20
      Encrypted: true
`,
	})
	t.Chdir(root)
	s, err := NewScanner(t.Context(), nil, report.Tool{Name: "iacvet"})
	if err != nil {
		t.Fatal(err)
	}
	_, rep, err := s.Run(t.Context(), Options{Paths: []string{"tf", "cfn"}, Region: "us-east-1", Disabled: map[string]bool{"AWS-S3-001": true}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range rep.Diagnostics {
		if strings.Contains(d.Summary, "suppression") {
			if d.Severity != model.DiagWarning {
				t.Errorf("%v: want a warning", d)
			}
			got = append(got, fmt.Sprintf("%s:%d %s", d.Position.File, d.Position.Line, d.Summary))
		}
	}
	want := []string{
		"cfn/template.yaml:18 suppression of AWS-EBS-001 on Stale matches nothing in this scan",
		"cfn/template.yaml:19 suppression names AWS-NOPE-1, which is not a rule",
		"tf/main.tf:7 suppression names AWS-EBS-999, which is not a rule",
		"tf/main.tf:18 suppression of AWS-EBS-001 on 2 resources matches nothing in this scan",
		"tf/main.tf:29 suppression of * on module.disks.aws_ebs_volume.a matches nothing in this scan",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("suppression warnings (-want +got):\n%s", diff)
	}
	suppressed := map[string]bool{}
	for _, f := range rep.Findings {
		if f.Suppression != nil {
			suppressed[f.Resource] = true
		}
	}
	if !suppressed["aws_ebs_volume.used"] || !suppressed["Used"] {
		t.Errorf("the used suppressions did not apply: %v", suppressed)
	}
}

// TestPlanInlineSuppressionWarnings: comments in the .tf files beside a
// plan suppress the plan's findings and are checked the same way.
func TestPlanInlineSuppressionWarnings(t *testing.T) {
	files := map[string]string{}
	for _, name := range []string{"plan.json", "main.tf", "variables.tf", "versions.tf", "terraform.tfvars", "modules/db/main.tf", "modules/storage/main.tf"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "projects", "webapp", name))
		if err != nil {
			t.Fatal(err)
		}
		files[name] = string(data)
	}
	main := files["main.tf"]
	main = strings.Replace(main, `resource "aws_ebs_volume" "archive" {`, "# iacvet:ignore AWS-EBS-001 cold archive of public data\n"+`resource "aws_ebs_volume" "archive" {`, 1)
	main = strings.Replace(main, `resource "aws_ebs_volume" "data" {`, "# iacvet:ignore AWS-S3-001 not a bucket\n"+`resource "aws_ebs_volume" "data" {`, 1)
	files["main.tf"] = main
	root := writeTree(t, files)
	t.Chdir(root)
	s, err := NewScanner(t.Context(), nil, report.Tool{Name: "iacvet"})
	if err != nil {
		t.Fatal(err)
	}
	_, rep, err := s.Run(t.Context(), Options{Paths: []string{"plan.json"}, Region: "us-east-1"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range rep.Diagnostics {
		if strings.Contains(d.Summary, "suppression") {
			got = append(got, fmt.Sprintf("%s:%d %s", d.Position.File, d.Position.Line, d.Summary))
		}
	}
	want := []string{"main.tf:77 suppression of AWS-S3-001 on aws_ebs_volume.data matches nothing in this scan"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("suppression warnings (-want +got):\n%s", diff)
	}
	found := false
	for _, f := range rep.Findings {
		if f.Resource == "aws_ebs_volume.archive" && f.RuleID == "AWS-EBS-001" {
			found = true
			if f.Suppression == nil || f.Suppression.Position == nil || f.Suppression.Position.File != "main.tf" {
				t.Errorf("the comment above aws_ebs_volume.archive did not suppress its plan finding: %+v", f.Suppression)
			}
		}
	}
	if !found {
		t.Error("no AWS-EBS-001 finding on aws_ebs_volume.archive")
	}
}

// TestInlineSuppressionStaysInItsModule: root modules of one monorepo
// declare the same addresses; a suppression in one silences only its own
// resource, whatever else the scan holds.
func TestInlineSuppressionStaysInItsModule(t *testing.T) {
	volume := "resource \"aws_ebs_volume\" \"data\" {\n  availability_zone = \"us-east-1a\"\n  size              = 20\n}\n"
	root := writeTree(t, map[string]string{
		"a/main.tf": "# iacvet:ignore AWS-EBS-001 restored from an encrypted snapshot\n" + volume,
		"b/main.tf": volume,
		"c/main.tf": volume,
	})
	t.Chdir(root)
	s, err := NewScanner(t.Context(), nil, report.Tool{Name: "iacvet"})
	if err != nil {
		t.Fatal(err)
	}
	for _, paths := range [][]string{{"a", "b", "c"}, {"b", "a"}, {"c", "a"}} {
		_, rep, err := s.Run(t.Context(), Options{Paths: paths, Region: "us-east-1"})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, f := range rep.Findings {
			if f.RuleID == "AWS-EBS-001" {
				got[f.Location.File] = f.Suppression != nil
			}
		}
		want := map[string]bool{}
		for _, p := range paths {
			want[p+"/main.tf"] = p == "a"
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%v: AWS-EBS-001 suppressed by file (-want +got):\n%s", paths, diff)
		}
	}
}
