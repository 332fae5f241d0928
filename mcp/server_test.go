package mcp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/iacvet/iacvet/awsdata"
	"github.com/iacvet/iacvet/config"
	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/report"
	"github.com/iacvet/iacvet/scan"
)

var update = flag.Bool("update", false, "rewrite golden files")

// testdataDir is this package's testdata, absolute, so tests that move to
// the repository root still find it.
var testdataDir = func() string {
	dir, err := filepath.Abs("testdata")
	if err != nil {
		panic(err)
	}
	return dir
}()

const planSecret = "hunter2-SuperSecret-Passw0rd"

var testTool = report.Tool{Name: "iacvet", Version: "test", URI: "https://github.com/iacvet/iacvet"}

// repoRoot is the repository root, absolute.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// newServer starts a server with opts and connects the SDK's own client
// to it over an in-memory transport.
func newServer(t *testing.T, opts Options) (*Server, *sdk.ClientSession) {
	t.Helper()
	ctx := context.Background()
	if opts.Tool.Name == "" {
		opts.Tool = testTool
	}
	if opts.AWS == nil {
		// As `iacvet mcp --offline`: lookups answer from an (empty) cache
		// and embedded data, and never open a socket.
		opts.AWS, opts.AWSNotices = awsdata.New(ctx, awsdata.Options{Offline: true, Region: "us-east-1", CacheDir: t.TempDir()})
	}
	srv, err := New(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	return srv, connect(t, srv)
}

func connect(t *testing.T, srv *Server) *sdk.ClientSession {
	t.Helper()
	ctx := context.Background()
	st, ct := sdk.NewInMemoryTransports()
	ss, err := srv.MCP().Connect(ctx, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	client := sdk.NewClient(&sdk.Implementation{Name: "test-client", Version: "v0"}, nil)
	cs, err := client.Connect(ctx, ct, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cs.Close()
		ss.Wait()
	})
	return cs
}

// call calls a tool; protocol errors fail the test, tool errors are
// returned in the result.
func call(t *testing.T, cs *sdk.ClientSession, name string, args any) *sdk.CallToolResult {
	t.Helper()
	res, err := cs.CallTool(context.Background(), &sdk.CallToolParams{Name: name, Arguments: args})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return res
}

// structured decodes a successful result's structured content into out
// and returns the result's raw text (content and structured content).
func structured(t *testing.T, res *sdk.CallToolResult, out any) string {
	t.Helper()
	if res.IsError {
		t.Fatalf("tool error: %s", text(res))
	}
	data, err := json.Marshal(res.StructuredContent)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(out); err != nil {
		t.Fatalf("decode structured content: %v\n%s", err, data)
	}
	return text(res) + string(data)
}

func text(res *sdk.CallToolResult) string {
	var b strings.Builder
	for _, c := range res.Content {
		if tc, ok := c.(*sdk.TextContent); ok {
			b.WriteString(tc.Text)
		}
	}
	return b.String()
}

func golden(t *testing.T, name string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join(testdataDir, name)
	if *update {
		if err := os.MkdirAll(testdataDir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden %s (run go test ./mcp -update): %v", path, err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

// copyFile copies a repository file into dir.
func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestListTools(t *testing.T) {
	_, cs := newServer(t, Options{Root: repoRoot(t)})
	res, err := cs.ListTools(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tool := range res.Tools {
		names = append(names, tool.Name)
		if tool.InputSchema == nil || tool.OutputSchema == nil {
			t.Errorf("%s: input schema %v, output schema %v; want both", tool.Name, tool.InputSchema != nil, tool.OutputSchema != nil)
		}
		if tool.Annotations == nil || !tool.Annotations.ReadOnlyHint {
			t.Errorf("%s is not annotated read-only", tool.Name)
		}
	}
	if diff := cmp.Diff([]string{"check_instance_type", "estimate_cost", "explain_rule", "list_rules", "scan"}, names); diff != "" {
		t.Errorf("tools (-want +got):\n%s", diff)
	}
	var scan *sdk.Tool
	for _, tool := range res.Tools {
		if tool.Name == "scan" {
			scan = tool
		}
	}
	schema, _ := json.Marshal(scan.InputSchema)
	for _, want := range []string{`"terraform-plan"`, `"cloudformation"`, `"additionalProperties":false`, `"maxLength":5242880`} {
		if !bytes.Contains(schema, []byte(want)) {
			t.Errorf("scan input schema lacks %s: %s", want, schema)
		}
	}
}

func TestScanPath(t *testing.T) {
	t.Chdir("..") // the working directory is the root, as `iacvet mcp` is usually started
	_, cs := newServer(t, Options{})
	var doc report.Document
	raw := structured(t, call(t, cs, "scan", map[string]any{"path": "testdata/plans/webapp/plan.json"}), &doc)
	if strings.Contains(raw, planSecret) {
		t.Errorf("the scan result contains the sensitive plan value %q", planSecret)
	}
	if len(doc.Findings) == 0 || !doc.Summary.Failed {
		t.Fatalf("want failing findings, got %+v", doc.Summary)
	}
	for _, f := range doc.Findings {
		if f.Location.File != "testdata/plans/webapp/plan.json" || f.Location.Line == 0 {
			t.Errorf("%s on %s: location %s, want a line in testdata/plans/webapp/plan.json", f.RuleID, f.Resource, f.Location)
		}
	}
	// The MCP layer adds and drops nothing: the same pipeline run directly
	// (as `iacvet scan --offline --format json` runs it; the subprocess test
	// compares with the real command) builds the same document.
	ctx := context.Background()
	direct, err := scan.NewScanner(ctx, nil, testTool)
	if err != nil {
		t.Fatal(err)
	}
	aws, _ := awsdata.New(ctx, awsdata.Options{Offline: true, Region: "us-east-1", CacheDir: t.TempDir()})
	_, rep, err := direct.Run(ctx, scan.Options{
		Paths: []string{"testdata/plans/webapp/plan.json"}, Region: "us-east-1", AWS: aws,
		Config: map[string]any{"cost": config.Cost{}}, Cost: &scan.CostOptions{},
	})
	if err != nil {
		t.Fatal(err)
	}
	rep.FailOn = model.SeverityLow
	if diff := cmp.Diff(report.BuildDocument(rep), doc, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("the MCP scan differs from the pipeline's document (-direct +mcp):\n%s", diff)
	}

	// An absolute path inside the root, and the project directory (a
	// plan with its .tf sources).
	abs, _ := filepath.Abs("testdata/plans/webapp/plan.json")
	var again report.Document
	structured(t, call(t, cs, "scan", map[string]any{"path": abs}), &again)
	if diff := cmp.Diff(doc, again); diff != "" {
		t.Errorf("absolute path scans differently (-relative +absolute):\n%s", diff)
	}
	var project report.Document
	structured(t, call(t, cs, "scan", map[string]any{"path": "testdata/projects/webapp"}), &project)
	for _, f := range project.Findings {
		if !strings.HasPrefix(f.Location.File, "testdata/projects/webapp/") {
			t.Errorf("%s: location %s outside the project", f.RuleID, f.Location)
		}
	}
}

// TestScanRootElsewhere: with a root that is not the working directory,
// paths are given and reported relative to the root.
func TestScanRootElsewhere(t *testing.T) {
	root := t.TempDir()
	copyFile(t, filepath.Join(repoRoot(t), "testdata/plans/webapp/plan.json"), filepath.Join(root, "infra", "plan.json"))
	_, cs := newServer(t, Options{Root: root})
	var doc report.Document
	raw := structured(t, call(t, cs, "scan", map[string]any{"path": "infra/plan.json"}), &doc)
	if strings.Contains(raw, planSecret) {
		t.Errorf("the scan result contains the sensitive plan value")
	}
	if strings.Contains(raw, root) {
		t.Errorf("the scan result names the root's absolute path %s", root)
	}
	if len(doc.Inputs) != 1 || doc.Inputs[0].Path != "infra/plan.json" {
		t.Errorf("inputs %+v, want infra/plan.json", doc.Inputs)
	}
	for _, f := range doc.Findings {
		if f.Location.File != "infra/plan.json" {
			t.Errorf("%s: location %s, want infra/plan.json", f.RuleID, f.Location)
		}
	}
}

const openSSH = `resource "aws_security_group" "admin" {
  name = "admin"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`

const openSSHTemplate = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  AdminSG:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: admin
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
`

const openSSHTemplateJSON = `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"AdminSG": {"Type": "AWS::EC2::SecurityGroup",
  "Properties": {"GroupDescription": "admin", "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0"}]}}}}
`

func TestScanInline(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // to see that inline content is cleaned up
	plan, err := os.ReadFile(filepath.Join(repoRoot(t), "testdata/plans/webapp/plan.json"))
	if err != nil {
		t.Fatal(err)
	}
	_, cs := newServer(t, Options{Root: repoRoot(t)})

	t.Run("terraform", func(t *testing.T) {
		var doc report.Document
		structured(t, call(t, cs, "scan", map[string]any{"content": openSSH, "kind": "terraform"}), &doc)
		var got []string
		for _, f := range doc.Findings {
			got = append(got, f.RuleID+" "+f.Location.String())
		}
		want := []string{"AWS-EC2-001 main.tf:8:20"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("findings (-want +got):\n%s\n%+v", diff, doc.Diagnostics)
		}
	})
	t.Run("terraform-plan with a sensitive value", func(t *testing.T) {
		var doc report.Document
		raw := structured(t, call(t, cs, "scan", map[string]any{"content": string(plan), "kind": "terraform-plan"}), &doc)
		if strings.Contains(raw, planSecret) {
			t.Errorf("the scan result contains the sensitive plan value %q", planSecret)
		}
		if strings.Contains(raw, tmp) {
			t.Errorf("the scan result names the temporary directory")
		}
		var path report.Document
		structured(t, call(t, cs, "scan", map[string]any{"path": "testdata/plans/webapp/plan.json"}), &path)
		if len(doc.Findings) != len(path.Findings) || len(doc.Findings) == 0 {
			t.Fatalf("inline plan: %d findings, the same plan by path: %d", len(doc.Findings), len(path.Findings))
		}
		for i, f := range doc.Findings {
			if f.Location.File != "plan.json" || f.Location.Line != path.Findings[i].Location.Line || f.RuleID != path.Findings[i].RuleID {
				t.Errorf("inline finding %s at %s, by path %s at %s", f.RuleID, f.Location, path.Findings[i].RuleID, path.Findings[i].Location)
			}
		}
	})
	t.Run("cloudformation", func(t *testing.T) {
		for _, tc := range []struct{ content, file string }{
			{openSSHTemplate, "template.yaml"},
			{openSSHTemplateJSON, "template.json"},
		} {
			var doc report.Document
			structured(t, call(t, cs, "scan", map[string]any{"content": tc.content, "kind": "cloudformation"}), &doc)
			var got []string
			for _, f := range doc.Findings {
				got = append(got, f.RuleID+" "+f.Resource+" "+f.Location.File)
			}
			want := []string{"AWS-EC2-001 AdminSG " + tc.file}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s findings (-want +got):\n%s\n%+v", tc.file, diff, doc.Diagnostics)
			}
			for _, d := range doc.Diagnostics {
				if strings.Contains(d.String(), tmp) {
					t.Errorf("diagnostic names the temporary directory: %s", d)
				}
			}
		}
	})
	t.Run("template given as a plan", func(t *testing.T) {
		var doc report.Document
		structured(t, call(t, cs, "scan", map[string]any{"content": openSSHTemplateJSON, "kind": "terraform-plan"}), &doc)
		var notes []string
		for _, d := range doc.Diagnostics {
			notes = append(notes, d.String())
		}
		if diff := cmp.Diff([]string{"plan.json: warning: content given as terraform-plan was read as cloudformation"}, notes); diff != "" {
			t.Errorf("diagnostics (-want +got):\n%s", diff)
		}
		if len(doc.Findings) != 1 {
			t.Errorf("the template was not scanned: %+v", doc.Findings)
		}
	})
	t.Run("content that is not of its kind", func(t *testing.T) {
		var doc report.Document
		structured(t, call(t, cs, "scan", map[string]any{"content": "{\"not\": \"a plan\"}", "kind": "terraform-plan"}), &doc)
		// The pipeline decides how grave that is; it must say so on plan.json.
		said := false
		for _, d := range doc.Diagnostics {
			said = said || (d.File == "plan.json" && d.Severity != model.DiagNotice)
		}
		if !said || len(doc.Findings) != 0 {
			t.Errorf("want an error or warning on plan.json, got %+v", doc.Diagnostics)
		}
	})
	entries, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Errorf("inline content left behind: %s", e.Name())
	}
}

func TestBadArguments(t *testing.T) {
	_, cs := newServer(t, Options{Root: repoRoot(t), MaxInputBytes: 1024})
	cases := []struct {
		name string
		tool string
		args any
		want string
	}{
		{"unknown argument", "scan", map[string]any{"paths": "x"}, "paths"},
		{"wrong type", "scan", map[string]any{"path": 5}, "validating"},
		{"kind not in the enum", "scan", map[string]any{"content": "x", "kind": "pulumi"}, "validating"},
		{"nothing to scan", "scan", map[string]any{}, "give path"},
		{"path and content", "scan", map[string]any{"path": "x", "content": "y", "kind": "terraform"}, "not both"},
		{"content without kind", "scan", map[string]any{"content": "y"}, "needs kind"},
		{"kind with a path", "scan", map[string]any{"path": "testdata", "kind": "terraform"}, "inline content only"},
		{"missing path", "scan", map[string]any{"path": "no/such/plan.json"}, "does not exist"},
		{"oversize content", "scan", map[string]any{"content": strings.Repeat("#", 4096), "kind": "terraform"}, "validating"},
		{"oversize content, cost", "estimate_cost", map[string]any{"content": strings.Repeat("é", 600), "kind": "terraform"}, "more than the limit of 1024 bytes"},
		{"inline module source", "scan", map[string]any{"kind": "terraform", "content": "module \"m\" {\n  source = \"../../home\"\n}\n"}, `main.tf:2: module source "../../home" leaves the inline content`},
		{"inline module source, cost", "estimate_cost", map[string]any{"kind": "terraform", "content": "module \"m\" {\n  source = \"../m\"\n}\n"}, "leaves the inline content"},
		{"explain without id", "explain_rule", map[string]any{}, "id"},
		{"explain unknown rule", "explain_rule", map[string]any{"id": "AWS-NOPE-1"}, "unknown rule id"},
		{"explain prefix", "explain_rule", map[string]any{"id": "aws-ec2"}, "did you mean AWS-EC2-001"},
		{"list bad severity", "list_rules", map[string]any{"min_severity": "severe"}, "validating"},
		{"unknown tool", "apply", map[string]any{}, "unknown tool"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := cs.CallTool(context.Background(), &sdk.CallToolParams{Name: tc.tool, Arguments: tc.args})
			msg := ""
			switch {
			case err != nil:
				msg = err.Error()
			case !res.IsError:
				t.Fatalf("want a tool error, got %s", text(res))
			default:
				msg = text(res)
			}
			if !strings.Contains(msg, tc.want) {
				t.Errorf("error %q does not mention %q", msg, tc.want)
			}
		})
	}
	// The server still answers after every bad call.
	var rules ListRulesOutput
	structured(t, call(t, cs, "list_rules", map[string]any{}), &rules)
	if rules.Count == 0 {
		t.Error("no rules after bad calls")
	}
}

func TestPathConfinement(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "root")
	outside := filepath.Join(base, "outside")
	plan := filepath.Join(repoRoot(t), "testdata/plans/webapp/plan.json")
	copyFile(t, plan, filepath.Join(root, "infra", "plan.json"))
	copyFile(t, plan, filepath.Join(outside, "plan.json"))
	for _, link := range []struct{ target, name string }{
		{filepath.Join(outside, "plan.json"), "leak.json"}, // file link out
		{outside, "leakdir"}, // directory link out
		{"../../outside/plan.json", "infra/relative-leak.json"},    // relative link out
		{filepath.Join(root, "infra", "plan.json"), "inside.json"}, // link within the root
		{filepath.Join(root, "infra"), "infra-link"},               // directory link within the root
	} {
		if err := os.Symlink(link.target, filepath.Join(root, link.name)); err != nil {
			t.Fatal(err)
		}
	}
	// Terraform that reaches out of the root through its own references.
	write := func(name, content string) {
		t.Helper()
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("../outside/mod/main.tf", openSSH)
	write("tf-link/main.tf", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n")
	if err := os.Symlink(filepath.Join(outside, "mod", "main.tf"), filepath.Join(root, "tf-link", "linked.tf")); err != nil {
		t.Fatal(err)
	}
	write("tf-module/main.tf", "module \"m\" {\n  source = \"../../outside/mod\"\n}\n")
	write("tf-chain/main.tf", "module \"inner\" {\n  source = \"./modules/inner\"\n}\n")
	write("tf-chain/modules/inner/main.tf", "module \"m\" {\n  source = \"../../../../outside/mod\"\n}\n")
	write("tf-chain/plan.json", "{}")
	write("tf-ok/main.tf", "module \"inner\" {\n  source = \"../tf-chain/modules/ok\"\n}\n")
	write("tf-chain/modules/ok/main.tf", openSSH)

	_, cs := newServer(t, Options{Root: root})
	for _, tc := range []struct {
		path string
		ok   bool
	}{
		{"tf-ok", true},
		{"tf-ok/main.tf", true},
		{"tf-link", false},
		{"tf-link/main.tf", false},
		{"tf-module", false},
		{"tf-chain", false},
		{"tf-chain/plan.json", false}, // the plan's directory is read for its sources
		{"tf-chain/modules/inner", false},
		{".", false}, // the tree holds all of the above
		{"infra/plan.json", true},
		{filepath.Join(root, "infra/plan.json"), true},
		{"inside.json", true},
		{"infra-link/plan.json", true},
		{"../outside/plan.json", false},
		{"infra/../../outside/plan.json", false},
		{"infra/../infra/plan.json", false}, // ".." is refused even when it stays inside
		{filepath.Join(outside, "plan.json"), false},
		{"/etc/passwd", false},
		{"leak.json", false},
		{"leakdir/plan.json", false},
		{"leakdir", false},
		{"infra/relative-leak.json", false},
	} {
		for _, tool := range []string{"scan", "estimate_cost"} {
			t.Run(tool+" "+tc.path, func(t *testing.T) {
				res := call(t, cs, tool, map[string]any{"path": tc.path})
				if tc.ok {
					if res.IsError {
						t.Fatalf("refused: %s", text(res))
					}
					return
				}
				if !res.IsError {
					t.Fatalf("a path outside the root was read")
				}
				if msg := text(res); !strings.Contains(msg, "outside the server's root") && !strings.Contains(msg, "leaves the server's root") {
					t.Errorf("error %q does not say the path is outside the root", text(res))
				}
				if strings.Contains(text(res), outside) && !strings.Contains(tc.path, outside) {
					t.Errorf("error names the link's target: %s", text(res))
				}
			})
		}
	}
}

func TestDeadline(t *testing.T) {
	_, cs := newServer(t, Options{Root: repoRoot(t), Timeout: time.Nanosecond})
	res := call(t, cs, "scan", map[string]any{"path": "testdata/plans/webapp/plan.json"})
	if !res.IsError || !strings.Contains(text(res), "deadline of 1ns") {
		t.Errorf("want a deadline error, got %s", text(res))
	}
}

func TestRules(t *testing.T) {
	srv, cs := newServer(t, Options{Root: repoRoot(t)})
	var all ListRulesOutput
	structured(t, call(t, cs, "list_rules", map[string]any{}), &all)
	engine := srv.scanner.Engine.Rules()
	if all.Count != len(engine) || len(all.Rules) != len(engine) {
		t.Fatalf("list_rules: %d rules, the engine has %d", all.Count, len(engine))
	}
	for i, r := range all.Rules {
		if r.ID != engine[i].ID || r.Severity != engine[i].Severity || r.Title != engine[i].Title {
			t.Errorf("rule %d: %+v, engine %+v", i, r, engine[i])
		}
	}

	var high ListRulesOutput
	structured(t, call(t, cs, "list_rules", map[string]any{"min_severity": "high", "resource_type": "AWS::EC2::SecurityGroup"}), &high)
	if high.Count == 0 {
		t.Fatal("no high security group rules")
	}
	for _, r := range high.Rules {
		if r.Severity.Rank() < model.SeverityHigh.Rank() || !checksType(model.RuleMeta{ResourceTypes: r.ResourceTypes}, "AWS::EC2::SecurityGroup") {
			t.Errorf("filter let %s (%s, %v) through", r.ID, r.Severity, r.ResourceTypes)
		}
	}

	var meta model.RuleMeta
	structured(t, call(t, cs, "explain_rule", map[string]any{"id": "aws-ec2-001"}), &meta)
	if meta.ID != "AWS-EC2-001" || meta.Remediation == "" || !strings.Contains(meta.Terraform, "cidr_blocks") || !strings.Contains(meta.CloudFormation, "CidrIp") {
		t.Errorf("explain_rule AWS-EC2-001: %+v", meta)
	}
	if diff := cmp.Diff([]string{"5.2", "5.3"}, meta.CIS); diff != "" {
		t.Errorf("CIS (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"EC2.13", "EC2.19", "EC2.53", "EC2.54"}, meta.FSBP); diff != "" {
		t.Errorf("FSBP (-want +got):\n%s", diff)
	}
}

func TestEstimateCost(t *testing.T) {
	_, cs := newServer(t, Options{Root: repoRoot(t)})
	var out CostOutput
	structured(t, call(t, cs, "estimate_cost", map[string]any{"path": "testdata/projects/webapp/plan.json"}), &out)
	c := out.Cost
	if !c.HasBefore || len(c.Resources) == 0 || c.Currency != "USD" {
		t.Fatalf("want a plan estimate with resources, got %+v", c)
	}
	var before, after float64
	for _, r := range c.Resources {
		if r.Before != nil {
			before += *r.Before
		}
		if r.After != nil {
			after += *r.After
		}
		if r.Location.File != "" && !strings.HasPrefix(r.Location.File, "testdata/projects/webapp/") {
			t.Errorf("%s: location %s", r.Address, r.Location)
		}
	}
	if !near(before, c.TotalBefore) || !near(after, c.TotalAfter) || !near(c.Delta, c.TotalAfter-c.TotalBefore) {
		t.Errorf("totals %v → %v (delta %v) do not add up to %v → %v", c.TotalBefore, c.TotalAfter, c.Delta, before, after)
	}
	golden(t, "project-webapp.cost.golden", out)

	// The cost in scan's document is the same estimate.
	var doc report.Document
	structured(t, call(t, cs, "scan", map[string]any{"path": "testdata/projects/webapp/plan.json"}), &doc)
	if doc.Cost == nil {
		t.Fatal("scan's document has no cost")
	}
	if diff := cmp.Diff(*doc.Cost, c); diff != "" {
		t.Errorf("scan and estimate_cost differ (-scan +estimate_cost):\n%s", diff)
	}

	// Inline Terraform is priced too.
	var inline CostOutput
	structured(t, call(t, cs, "estimate_cost", map[string]any{"kind": "terraform", "region": "eu-west-1", "content": `resource "aws_instance" "web" {
  ami           = "ami-12345678"
  instance_type = "m5.large"
}
`}), &inline)
	if len(inline.Cost.Resources) != 1 || inline.Cost.TotalAfter <= 0 || inline.Cost.Resources[0].Location.File != "main.tf" {
		t.Errorf("inline estimate: %+v", inline.Cost)
	}
}

func near(a, b float64) bool { d := a - b; return d < 1e-6 && d > -1e-6 }

// TestConcurrentCalls: one server (one compiled scanner) answers parallel
// scans of different inputs with the same results as one at a time.
func TestConcurrentCalls(t *testing.T) {
	_, cs := newServer(t, Options{Root: repoRoot(t)})
	args := []map[string]any{
		{"path": "testdata/plans/webapp/plan.json"},
		{"path": "testdata/plans/clean/plan.json"},
		{"content": openSSH, "kind": "terraform"},
		{"path": "testdata/projects/webapp"},
	}
	want := make([]report.Document, len(args))
	for i, a := range args {
		structured(t, call(t, cs, "scan", a), &want[i])
	}
	got := make([]report.Document, len(args)*3)
	errs := make([]error, len(got))
	var wg sync.WaitGroup
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := cs.CallTool(context.Background(), &sdk.CallToolParams{Name: "scan", Arguments: args[i%len(args)]})
			if err == nil && res.IsError {
				err = errors.New(text(res))
			}
			if err == nil {
				data, _ := json.Marshal(res.StructuredContent)
				err = json.Unmarshal(data, &got[i])
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i := range got {
		if errs[i] != nil {
			t.Errorf("call %d: %v", i, errs[i])
			continue
		}
		if diff := cmp.Diff(want[i%len(args)], got[i]); diff != "" {
			t.Errorf("call %d differs when run in parallel (-alone +parallel):\n%s", i, diff)
		}
	}
}
