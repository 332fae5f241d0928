package cli

import (
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/spf13/pflag"
)

// Flags of scan that only shape its report and exit code: neither baseline
// nor cost takes them (baseline has an --output of its own).
var scanReportFlags = map[string]bool{
	"format": true, "output": true, "fail-on": true, "fail-on-unknown": true,
	"quiet": true, "verbose": true, "no-color": true, "baseline": true, "stats": true,
	// A shard's report is for merge: the scan alone has it.
	"shard": true,
}

// Flags of scan about the rules, which cost does not run.
var ruleFlags = map[string]bool{
	"policy": true, "no-cost": true, "policy-timeout": true, "policy-memory": true,
	"policy-max-range": true, "policy-max-cidr-expand": true,
}

type flagShape struct{ Shorthand, Type, Default, Usage string }

func flagsOf(fs *pflag.FlagSet) map[string]flagShape {
	out := map[string]flagShape{}
	fs.VisitAll(func(f *pflag.Flag) {
		out[f.Name] = flagShape{f.Shorthand, f.Value.Type(), f.DefValue, f.Usage}
	})
	return out
}

// TestScanInputFlagsShared: baseline takes every flag of scan that decides
// what is read and found, with the same name, type, default and help; cost
// takes exactly the input and cost flags, none about rules or reports.
func TestScanInputFlagsShared(t *testing.T) {
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: os.Getenv}
	scan := flagsOf(newScanCmd(e).Flags())
	baseline := flagsOf(newBaselineCmd(e).Flags())
	cost := flagsOf(newCostCmd(e).Flags())
	for _, must := range []string{"var", "var-file", "cfn-param", "cfn-param-file", "tf-dir", "plan", "policy", "region", "offline", "config", "root", "usage-file", "max-monthly-cost"} {
		if _, ok := scan[must]; !ok {
			t.Fatalf("scan has no --%s", must)
		}
	}
	var names []string
	for n := range scan {
		names = append(names, n)
	}
	sort.Strings(names)
	var wantCost []string
	for _, n := range names {
		if scanReportFlags[n] {
			if _, ok := baseline[n]; ok && n != "output" {
				t.Errorf("baseline has scan's report flag --%s", n)
			}
			continue
		}
		if got, ok := baseline[n]; !ok {
			t.Errorf("baseline lacks scan's input flag --%s", n)
		} else if diff := cmp.Diff(scan[n], got); diff != "" {
			t.Errorf("--%s differs between scan and baseline (-scan +baseline):\n%s", n, diff)
		}
		if !ruleFlags[n] {
			wantCost = append(wantCost, n)
			if got, ok := cost[n]; ok && got != scan[n] {
				t.Errorf("--%s differs between scan and cost: %+v, %+v", n, scan[n], got)
			}
		}
	}
	for n := range baseline {
		if _, ok := scan[n]; !ok {
			t.Errorf("baseline has --%s, which scan has not", n)
		}
	}
	var gotCost []string
	for n := range cost {
		if n != "format" {
			gotCost = append(gotCost, n)
		}
	}
	sort.Strings(gotCost)
	if diff := cmp.Diff(wantCost, gotCost); diff != "" {
		t.Errorf("cost's flags (-want +got):\n%s", diff)
	}
}

// TestBaselineInputFlags: what the input flags change, the baseline
// records, and a scan with the same flags and the baseline passes.
func TestBaselineInputFlags(t *testing.T) {
	repoRoot(t)
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "tf"), 0o755)
	os.WriteFile(filepath.Join(dir, "tf", "main.tf"), []byte(`variable "encrypted" {
  type    = bool
  default = true
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 20
  encrypted         = var.encrypted
}
`), 0o644)
	os.WriteFile(filepath.Join(dir, "plain.tfvars"), []byte("encrypted = false\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "template.yaml"), []byte(`AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Encrypted:
    Type: String
    Default: 'true'
Resources:
  Data:
    Type: AWS::EC2::Volume
    Properties:
      AvailabilityZone: !Sub '${AWS::Region}a'
      Size: 20
      Encrypted: !Ref Encrypted
`), 0o644)
	os.WriteFile(filepath.Join(dir, "params.json"), []byte(`[{"ParameterKey": "Encrypted", "ParameterValue": "false"}]`), 0o644)
	tf, tmpl := filepath.Join(dir, "tf"), filepath.Join(dir, "template.yaml")
	cases := []struct {
		name  string
		flags []string
		input string
	}{
		{"--var", []string{"--var", "encrypted=false"}, tf},
		{"--var-file", []string{"--var-file", filepath.Join(dir, "plain.tfvars")}, tf},
		{"--cfn-param", []string{"--cfn-param", "Encrypted=false"}, tmpl},
		{"--cfn-param-file", []string{"--cfn-param-file", filepath.Join(dir, "params.json")}, tmpl},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if code, _, _ := run(t, "", "scan", "--offline", tc.input); code != ExitClean {
				t.Fatalf("without %s the input should be clean, exit %d", tc.name, code)
			}
			base := filepath.Join(t.TempDir(), "b.json")
			args := append(append([]string{"baseline", "--offline", "--region", "eu-west-1", "-o", base}, tc.flags...), tc.input)
			code, _, stderr := run(t, "", args...)
			if code != ExitClean || !strings.Contains(stderr, "recorded 1 finding(s)") {
				t.Fatalf("baseline %s: exit %d, %s; want the one finding the flag causes recorded", tc.name, code, stderr)
			}
			scanArgs := append(append([]string{"scan", "--offline", "--region", "eu-west-1"}, tc.flags...), tc.input)
			if code, _, _ := run(t, "", scanArgs...); code != ExitFindings {
				t.Fatalf("scan %s without the baseline: exit %d, want 1", tc.name, code)
			}
			if code, _, stderr := run(t, "", append(scanArgs, "--baseline", base)...); code != ExitClean {
				t.Errorf("scan %s with the baseline: exit %d, want 0: %s", tc.name, code, stderr)
			}
		})
	}
}
