package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
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
	rs := &sharedRules{}
	// A baseline of one team's findings, the budget's among them.
	base := filepath.Join(out, "baseline.json")
	if code, _, stderr := rs.run(t, "baseline", "stacks/team1", "--offline", "-o", base); code != ExitClean {
		t.Fatalf("baseline: exit %d; stderr:\n%s", code, stderr)
	}
	common := []string{"--offline", "--fail-on", "low", "--baseline", base}
	whole := filepath.Join(out, "whole")
	if err := os.Mkdir(whole, 0o755); err != nil {
		t.Fatal(err)
	}
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

// TestMergeInputError: when one root module does not parse, the merged
// shards exit 2 as the unsharded scan does, with the same report.
func TestMergeInputError(t *testing.T) {
	repoRoot(t)
	root := t.TempDir()
	for i := 0; i < 6; i++ {
		body := fmt.Sprintf("resource \"aws_sqs_queue\" \"q\" {\n  name = \"q%d\"\n}\n", i)
		if i == 4 {
			body = "resource \"aws_sqs_queue\" \"q\" {\n  name = \n"
		}
		dir := filepath.Join(root, fmt.Sprintf("svc%d", i))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(root)
	out := t.TempDir()
	rs := &sharedRules{}
	want := filepath.Join(out, "whole.json")
	wantCode, _, _ := rs.run(t, "scan", ".", "--offline", "-o", "json="+want)
	if wantCode != ExitError {
		t.Fatalf("unsharded scan: exit %d, want 2", wantCode)
	}
	var reports []string
	for k := 1; k <= 3; k++ {
		p := filepath.Join(out, fmt.Sprintf("shard-%d.json", k))
		rs.run(t, "scan", ".", "--offline", "--shard", fmt.Sprintf("%d/3", k), "-o", "json="+p)
		reports = append(reports, p)
	}
	got := filepath.Join(out, "merged.json")
	code, _, stderr := rs.run(t, append(append([]string{"merge"}, reports...), "-o", "json="+got)...)
	if code != wantCode {
		t.Errorf("merge: exit %d, want %d; stderr:\n%s", code, wantCode, stderr)
	}
	w, _ := os.ReadFile(want)
	g, _ := os.ReadFile(got)
	if diff := cmp.Diff(string(w), string(g)); diff != "" {
		t.Errorf("merged report differs (-unsharded +merged):\n%s", diff)
	}
	// Without one shard, merge refuses.
	code, _, stderr = rs.run(t, "merge", reports[0], reports[2])
	if code != ExitError || !strings.Contains(stderr, "missing the report of shard 2/3") {
		t.Errorf("merge without shard 2: exit %d; stderr:\n%s", code, stderr)
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
	for _, want := range []string{"AWS-COST-001 external", "AWS-S3-005 external", "AWS-S3-003 inSource", "AWS-S3-002 external"} {
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

// TestChangedSinceScan: a scan --changed-since a branch's base reads only
// the root modules the branch touched, also split in shards; an unknown
// base is exit 2 before anything is scanned.
func TestChangedSinceScan(t *testing.T) {
	repoRoot(t)
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	t.Setenv("HOME", t.TempDir())
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("GIT_CONFIG_GLOBAL", filepath.Join(t.TempDir(), "none"))
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	write := func(name, body string) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git("init", "-q", "-b", "main")
	for i := 0; i < 4; i++ {
		write(fmt.Sprintf("svc%d/main.tf", i), fmt.Sprintf("resource \"aws_sqs_queue\" \"q\" {\n  name = \"q%d\"\n}\n", i))
	}
	write("modules/q/main.tf", "resource \"aws_sqs_queue\" \"q\" {\n  name = \"shared\"\n}\n")
	write("svc3/mod.tf", "module \"q\" {\n  source = \"../modules/q\"\n}\n")
	git("add", "-A")
	git("commit", "-q", "-m", "base")
	git("checkout", "-q", "-b", "feature")
	write("svc1/main.tf", "resource \"aws_sqs_queue\" \"q\" {\n  name = \"q1-renamed\"\n}\n")
	write("modules/q/main.tf", "resource \"aws_sqs_queue\" \"q\" {\n  name = \"shared-2\"\n}\n")
	git("commit", "-q", "-am", "change")
	t.Chdir(dir)
	rs := &sharedRules{}
	inputsOf := func(args ...string) []string {
		t.Helper()
		code, out, stderr := rs.run(t, append([]string{"scan", ".", "--offline", "--fail-on", "none", "--format", "json"}, args...)...)
		if code != ExitClean {
			t.Fatalf("scan %v: exit %d; stderr:\n%s", args, code, stderr)
		}
		var doc report.Document
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		var paths []string
		for _, in := range doc.Inputs {
			paths = append(paths, in.Path)
		}
		return paths
	}
	if diff := cmp.Diff([]string{"svc1", "svc3"}, inputsOf("--changed-since", "main")); diff != "" {
		t.Errorf("inputs (-want +got):\n%s", diff)
	}
	a, b := inputsOf("--changed-since", "main", "--shard", "1/2"), inputsOf("--changed-since", "main", "--shard", "2/2")
	if len(a) != 1 || len(b) != 1 || a[0] == b[0] {
		t.Errorf("shards of the changed inputs: %v and %v", a, b)
	}
	if got := inputsOf("--changed-since", "HEAD"); len(got) != 0 {
		t.Errorf("no change since HEAD, scanned %v", got)
	}
	code, _, stderr := rs.run(t, "scan", ".", "--offline", "--changed-since", "no-such-base")
	if code != ExitError || !strings.Contains(stderr, "no such revision") {
		t.Errorf("unknown base: exit %d; stderr:\n%s", code, stderr)
	}
}
