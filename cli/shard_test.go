package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/report"
	"github.com/iacvet/iacvet/rules"
	"github.com/iacvet/iacvet/scan"
)

// shardTree writes a monorepo of 40 Terraform root modules of different
// sizes (buckets, queues, instances, volumes, security groups), some
// calling shared local modules, one a CloudFormation template beside them,
// one file that is not infrastructure code; a configuration with a budget
// the whole change exceeds, a suppression that matches, one that matches
// nothing and one naming no rule; inline suppressions.
func shardTree(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("modules/queue/main.tf", `variable "name" {
  type = string
}

resource "aws_sqs_queue" "this" {
  name = var.name
}
`)
	write("modules/web/main.tf", `variable "size" {
  type    = string
  default = "t3.micro"
}

module "queue" {
  source = "../queue"
  name   = "web-jobs"
}

resource "aws_instance" "web" {
  ami           = "ami-0abcdef1234567890"
  instance_type = var.size
}
`)
	sizes := []string{"t3.micro", "m5.large", "c5.xlarge", "r5.2xlarge"}
	for i := 0; i < 40; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "provider \"aws\" {\n  region = \"us-east-1\"\n}\n\n")
		for j := 0; j <= i%4; j++ {
			if j == 0 && i%3 == 0 {
				b.WriteString("# iacvet:ignore AWS-S3-003 a scratch bucket, nothing to keep\n")
			}
			fmt.Fprintf(&b, "resource \"aws_s3_bucket\" \"data%d\" {\n  bucket = \"acme-%02d-data-%d\"\n}\n\n", j, i, j)
		}
		if i%3 == 0 {
			fmt.Fprintf(&b, "resource \"aws_sqs_queue\" \"jobs\" {\n  name = \"jobs-%02d\"\n}\n\n", i)
		}
		if i%4 == 1 {
			fmt.Fprintf(&b, "resource \"aws_instance\" \"app\" {\n  ami           = \"ami-0abcdef1234567890\"\n  instance_type = %q\n}\n\n", sizes[i%len(sizes)])
			fmt.Fprintf(&b, "resource \"aws_ebs_volume\" \"data\" {\n  availability_zone = \"us-east-1a\"\n  size              = %d\n}\n\n", 20*(i+1))
		}
		if i%5 == 2 {
			fmt.Fprintf(&b, "resource \"aws_security_group\" \"ssh\" {\n  name = \"ssh-%02d\"\n\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n\n", i)
		}
		if i%7 == 3 {
			fmt.Fprintf(&b, "module \"web\" {\n  source = \"../../../modules/web\"\n  size   = %q\n}\n\n", sizes[(i+1)%len(sizes)])
		}
		if i%9 == 4 {
			b.WriteString(strings.Repeat("# a long comment makes this module weigh more in the split\n", 20+i))
		}
		write(fmt.Sprintf("stacks/team%d/svc%02d/main.tf", i%6, i), b.String())
	}
	write("templates/queue.yaml", `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: template-queue
`)
	write("templates/values.yaml", "replicas: 3\n")
	write(".iacvet.yaml", `cost:
  max_monthly_cost: 100
suppress:
  - rule: AWS-S3-005
    resource: aws_s3_bucket.data1
    path: stacks/team1/**
    reason: encrypted by the bucket's default
  - rule: AWS-S3-002
    resource: aws_s3_bucket.nothing_here
    reason: matches nothing
  - rule: AWS-NOPE-001
    reason: not a rule
`)
	return root
}

// TestMergeEqualsUnsharded: merging the JSON reports of the N shards of a
// scan gives, in every output format, byte for byte the output of the
// unsharded scan, and its exit code.
func TestMergeEqualsUnsharded(t *testing.T) {
	repoRoot(t)
	root := shardTree(t)
	t.Chdir(root)
	out := t.TempDir()
	outputs := func(dir string) []string {
		var args []string
		for _, f := range report.Formats {
			args = append(args, "--output", f+"="+filepath.Join(dir, "report."+f))
		}
		return args
	}
	common := []string{"--offline", "--fail-on", "high"}
	whole := filepath.Join(out, "whole")
	if err := os.Mkdir(whole, 0o755); err != nil {
		t.Fatal(err)
	}
	rs := &sharedRules{}
	wantCode, _, stderr := rs.run(t, append(append([]string{"scan", "."}, common...), outputs(whole)...)...)
	if wantCode != ExitFindings {
		t.Fatalf("unsharded scan: exit %d, want 1; stderr:\n%s", wantCode, stderr)
	}
	var doc report.Document
	readJSON(t, filepath.Join(whole, "report.json"), &doc)
	if len(doc.Inputs) != 41 || doc.Cost == nil || doc.Cost.TotalAfter <= 100 || len(doc.Suppressed) == 0 {
		t.Fatalf("the tree does not exercise the merge: %d inputs, cost %+v, %d suppressed", len(doc.Inputs), doc.Cost, len(doc.Suppressed))
	}
	checkExercised(t, doc)
	for _, n := range []int{1, 3, 7} {
		t.Run(fmt.Sprintf("N=%d", n), func(t *testing.T) {
			dir := filepath.Join(out, fmt.Sprint(n))
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			var reports []string
			sizes := map[int]int{}
			for k := 1; k <= n; k++ {
				p := filepath.Join(dir, fmt.Sprintf("shard-%d.json", k))
				code, _, stderr := rs.run(t, append([]string{"scan", ".", "--shard", fmt.Sprintf("%d/%d", k, n), "--output", "json=" + p}, common...)...)
				if code == ExitError {
					t.Fatalf("shard %d/%d: exit %d; stderr:\n%s", k, n, code, stderr)
				}
				var sd report.Document
				readJSON(t, p, &sd)
				sizes[k] = len(sd.Inputs)
				reports = append(reports, p)
			}
			for k, in := range sizes {
				if n > 1 && (in == 0 || in == 41) {
					t.Errorf("shard %d/%d holds %d of the 41 inputs", k, n, in)
				}
			}
			// The order the reports are given in does not matter.
			for i, j := 0, len(reports)-1; i < j; i, j = i+1, j-1 {
				reports[i], reports[j] = reports[j], reports[i]
			}
			code, _, stderr := rs.run(t, append(append([]string{"merge"}, reports...), outputs(dir)...)...)
			if code != wantCode {
				t.Errorf("merge: exit %d, the unsharded scan %d; stderr:\n%s", code, wantCode, stderr)
			}
			for _, f := range report.Formats {
				want, _ := os.ReadFile(filepath.Join(whole, "report."+f))
				got, err := os.ReadFile(filepath.Join(dir, "report."+f))
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(string(want), string(got)); diff != "" {
					t.Errorf("%s: merged output differs (-unsharded +merged):\n%s", f, diff)
				}
			}
		})
	}
}

// checkExercised fails when the unsharded report lacks what the merge must
// get right: a budget over the whole change, configuration and inline
// suppressions, a suppression that matches nothing, cost totals.
func checkExercised(t *testing.T, doc report.Document) {
	t.Helper()
	has := func(list []string, s string) bool {
		for _, x := range list {
			if strings.Contains(x, s) {
				return true
			}
		}
		return false
	}
	var results, diags []string
	for _, l := range [][]model.Finding{doc.Findings, doc.Suppressed} {
		for _, f := range l {
			kind := ""
			if f.Suppression != nil {
				kind = string(f.Suppression.Kind)
			}
			results = append(results, f.RuleID+" "+kind)
		}
	}
	for _, d := range doc.Diagnostics {
		diags = append(diags, d.Summary)
	}
	for _, want := range []string{"AWS-COST-001 ", "AWS-S3-005 external", "AWS-S3-003 inSource"} {
		if !has(results, want) {
			t.Errorf("no %q among the results", want)
		}
	}
	for _, want := range []string{"matches nothing in this scan", "which is not a rule"} {
		if !has(diags, want) {
			t.Errorf("no diagnostic %q", want)
		}
	}
}

// sharedRules runs iacvet in-process compiling each rule set once for all
// the runs of a test: the runs then take what scanning takes.
type sharedRules struct {
	mu       sync.Mutex
	scanners map[string]*scan.Scanner
}

func (c *sharedRules) run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, getenv: os.Getenv,
		newScanner: func(ctx context.Context, dirs []string, tl report.Tool, limits rules.Limits) (*scan.Scanner, error) {
			c.mu.Lock()
			defer c.mu.Unlock()
			key := fmt.Sprint(dirs, limits)
			if s, ok := c.scanners[key]; ok {
				return s, nil
			}
			s, err := scan.NewScannerWith(ctx, dirs, tl, limits)
			if err == nil {
				if c.scanners == nil {
					c.scanners = map[string]*scan.Scanner{}
				}
				c.scanners[key] = s
			}
			return s, err
		}}
	code = runEnv(context.Background(), e, args)
	return code, out.String(), errOut.String()
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}
