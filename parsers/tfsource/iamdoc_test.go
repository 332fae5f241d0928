package tfsource

import (
	"context"
	"encoding/json"
	"github.com/iacvet/iacvet/internal/tftest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

type docPair struct {
	JSON     string `json:"json"`
	Minified string `json:"minified_json"`
}

// testdata/iamdoc/want.json holds what terraform (hashicorp/aws 5.100)
// wrote for each aws_iam_policy_document of testdata/iamdoc in the plan's
// prior_state; TestPolicyDocumentTerraform regenerates it with -update.
func readWant(t *testing.T) map[string]docPair {
	t.Helper()
	b, err := os.ReadFile("testdata/iamdoc/want.json")
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]docPair
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	return want
}

func TestPolicyDocumentMatchesProvider(t *testing.T) {
	want := readWant(t)
	rs, diags := ParseDir(context.Background(), "testdata/iamdoc", Options{})
	for _, d := range diags {
		if d.Severity == model.DiagError || d.Severity == model.DiagWarning {
			t.Errorf("diagnostic: %v", d)
		}
	}
	got := map[string]docPair{}
	for _, r := range rs {
		if r.Type != "aws_iam_policy_document" {
			continue
		}
		doc, min, known, _, err := PolicyDocument(r.Properties)
		if err != nil || !known {
			t.Errorf("%s: known %v, err %v", r.Address, known, err)
			continue
		}
		got[r.Address] = docPair{doc, min}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("documents differ from terraform's (-terraform +iacvet):\n%s", diff)
	}
	// References resolve to the document, also through module inputs and
	// outputs.
	for _, tc := range []struct{ addr, attr, doc string }{
		{"aws_iam_policy.simple", "policy", "data.aws_iam_policy_document.simple"},
		{"aws_iam_policy.full", "policy", "data.aws_iam_policy_document.full"},
		{"aws_iam_role.aws_star", "assume_role_policy", "data.aws_iam_policy_document.aws_star"},
		{"aws_iam_policy.counted[1]", "policy", "data.aws_iam_policy_document.counted[1]"},
		{"aws_iam_policy.dyn", "policy", "data.aws_iam_policy_document.dyn"},
		{"module.wrap.aws_sqs_queue_policy.in_module", "policy", "data.aws_iam_policy_document.simple"},
		{"aws_s3_bucket_policy.via_module", "policy", "module.wrap.data.aws_iam_policy_document.inner"},
	} {
		if diff := cmp.Diff(want[tc.doc].JSON, find(t, rs, tc.addr).Properties[tc.attr]); diff != "" {
			t.Errorf("%s.%s (-want +got):\n%s", tc.addr, tc.attr, diff)
		}
	}
	if diff := cmp.Diff(want["data.aws_iam_policy_document.star"].Minified, find(t, rs, "aws_iam_policy.star").Properties["policy"]); diff != "" {
		t.Errorf("minified_json (-want +got):\n%s", diff)
	}
}

func TestPolicyDocumentUnknown(t *testing.T) {
	const head = `
resource "aws_s3_bucket" "b" {}
variable "sens" {
  default   = "arn:aws:s3:::secret"
  sensitive = true
}
variable "open" {}
`
	for _, tc := range []struct {
		name, doc string
		want      any
		warn      bool
	}{
		// Only the unknown parts are unknown.
		{"resource attribute", `statement {
  actions   = ["s3:GetObject"]
  resources = [aws_s3_bucket.b.arn]
  principals {
    type        = "*"
    identifiers = ["*"]
  }
}`, map[string]any{"Version": "2012-10-17", "Statement": []any{map[string]any{
			"Effect": "Allow", "Action": "s3:GetObject", "Resource": model.Unknown{Ref: "aws_s3_bucket.b"}, "Principal": "*"}}}, false},
		{"unknown among known", `statement {
  actions   = ["s3:GetObject", "s3:PutObject"]
  resources = [aws_s3_bucket.b.arn, "arn:aws:s3:::x"]
  principals {
    type        = "AWS"
    identifiers = [aws_s3_bucket.b.id]
  }
  condition {
    test     = var.open
    variable = "aws:SourceVpce"
    values   = ["v"]
  }
}`, map[string]any{"Version": "2012-10-17", "Statement": []any{map[string]any{
			"Effect": "Allow", "Action": []any{"s3:PutObject", "s3:GetObject"},
			"Resource":  []any{"arn:aws:s3:::x", model.Unknown{Ref: "aws_s3_bucket.b"}},
			"Principal": map[string]any{"AWS": model.Unknown{Ref: "aws_s3_bucket.b"}},
			"Condition": model.Unknown{}}}}, false},
		{"unset root variable", `statement {
  actions = [var.open]
}`, map[string]any{"Version": "2012-10-17", "Statement": []any{map[string]any{"Effect": "Allow", "Action": model.Unknown{}}}}, false},
		{"unknown sid with overrides", `override_policy_documents = ["{}"]
statement {
  sid     = var.open
  actions = ["s3:*"]
}`, model.Unknown{Ref: "data.aws_iam_policy_document.d"}, false},
		{"unknown list", `statement {
  actions   = ["s3:*"]
  resources = aws_s3_bucket.b.tags_all
}`, map[string]any{"Version": "2012-10-17", "Statement": []any{map[string]any{"Effect": "Allow", "Action": "s3:*", "Resource": model.Unknown{Ref: "aws_s3_bucket.b"}}}}, false},
		{"unknown dynamic", `dynamic "statement" {
  for_each = aws_s3_bucket.b.tags
  content { actions = ["s3:*"] }
}`, model.Unknown{Ref: "data.aws_iam_policy_document.d"}, false},
		{"sensitive", `statement {
  actions   = ["s3:GetObject"]
  resources = [var.sens]
}`, model.Sensitive{}, false},
		{"duplicate sid", `statement {
  sid     = "A"
  actions = ["s3:GetObject"]
}
statement {
  sid     = "A"
  actions = ["s3:PutObject"]
}`, model.Unknown{Ref: "data.aws_iam_policy_document.d"}, true},
		{"bad source json", `source_policy_documents = ["{"]`, model.Unknown{Ref: "data.aws_iam_policy_document.d"}, true},
		{"unknown source", `source_policy_documents = [aws_s3_bucket.b.policy]`, model.Unknown{Ref: "data.aws_iam_policy_document.d"}, false},
		{"known", `statement {
  actions = ["s3:GetObject"]
  resources = ["*"]
}`, `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := head + "data \"aws_iam_policy_document\" \"d\" {\n" + tc.doc + "\n}\n" +
				"resource \"aws_iam_policy\" \"p\" {\n  policy = data.aws_iam_policy_document.d.minified_json\n}\n"
			rs, diags := ParseFS(context.Background(), fstest.MapFS{"main.tf": {Data: []byte(src)}}, ".", Options{})
			if diff := cmp.Diff(tc.want, find(t, rs, "aws_iam_policy.p").Properties["policy"]); diff != "" {
				t.Errorf("policy (-want +got):\n%s", diff)
			}
			warned := false
			for _, d := range diags {
				if d.Severity == model.DiagError {
					t.Errorf("error diagnostic: %v", d)
				}
				if d.Severity == model.DiagWarning && strings.Contains(d.Summary, "aws_iam_policy_document.d") {
					warned = true
				}
			}
			if warned != tc.warn {
				t.Errorf("warning %v, want %v: %v", warned, tc.warn, diags)
			}
		})
	}
}

func TestPolicyDocumentArgs(t *testing.T) {
	for _, tc := range []struct {
		name string
		args map[string]any
		want string
	}{
		{"defaults", map[string]any{}, `{"Version":"2012-10-17"}`},
		{"number converts", map[string]any{"statement": []any{map[string]any{"actions": []any{"s3:*"}, "resources": []any{json.Number("5")}}}},
			`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"5"}]}`},
		{"set drops duplicates", map[string]any{"statement": []any{map[string]any{"actions": []any{"s3:A", "s3:A"}}}},
			`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:A"}]}`},
		{"empty identifiers", map[string]any{"statement": []any{map[string]any{"principals": []any{map[string]any{"type": "AWS", "identifiers": []any{}}}}}},
			`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":[]}}]}`},
		{"html escaped like the provider", map[string]any{"statement": []any{map[string]any{"condition": []any{map[string]any{"test": "StringLike", "variable": "x", "values": []any{"<a&b>"}}}}}},
			`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Condition":{"StringLike":{"x":"\u003ca\u0026b\u003e"}}}]}`},
		{"deprecated source_json and override_json", map[string]any{
			"source_json":   `{"Statement":[{"Sid":"S","Effect":"Allow","Action":"a:b"}]}`,
			"override_json": `{"Statement":[{"Sid":"S","Effect":"Deny","Action":"a:c"}]}`,
		}, `{"Version":"2012-10-17","Statement":[{"Sid":"S","Effect":"Deny","Action":"a:c"}]}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, min, known, _, err := PolicyDocument(tc.args)
			if err != nil || !known {
				t.Fatalf("known %v, err %v", known, err)
			}
			if diff := cmp.Diff(tc.want, min); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestPolicyDocumentTerraform checks want.json against what terraform
// writes today (and rewrites it with -update); it runs with
// IACVET_TERRAFORM_TESTS=1 or -update and needs terraform and an
// offline provider mirror.
func TestPolicyDocumentTerraform(t *testing.T) {
	if !*update && os.Getenv("IACVET_TERRAFORM_TESTS") == "" {
		// terraform init and plan take tens of seconds on a loaded machine.
		t.Skip("runs terraform: set IACVET_TERRAFORM_TESTS=1 (or -update to rewrite the fixture)")
	}
	tf, mirror, why := tftest.Terraform()
	if why != "" {
		t.Skip(why)
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/iamdoc")); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "want.json"))
	rc := filepath.Join(dir, "cli.tfrc")
	if err := tftest.WriteCLIConfig(rc, mirror); err != nil {
		t.Fatal(err)
	}
	env := tftest.Env(rc)
	run := func(args ...string) []byte {
		out, err := tftest.Run(t.Context(), tf, dir, env, args...)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	run("init", "-input=false", "-no-color")
	run("plan", "-input=false", "-no-color", "-out", "p")
	var plan struct {
		PriorState struct {
			Values struct {
				RootModule tfModule `json:"root_module"`
			} `json:"values"`
		} `json:"prior_state"`
	}
	if err := json.Unmarshal(run("show", "-json", "p"), &plan); err != nil {
		t.Fatal(err)
	}
	got := map[string]docPair{}
	plan.PriorState.Values.RootModule.collect(got)
	if *update {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile("testdata/iamdoc/want.json", append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if diff := cmp.Diff(readWant(t), got); diff != "" {
		t.Errorf("want.json is stale (-want.json +terraform), run with -update:\n%s", diff)
	}
}

type tfModule struct {
	Resources []struct {
		Address string  `json:"address"`
		Type    string  `json:"type"`
		Values  docPair `json:"values"`
	} `json:"resources"`
	Children []tfModule `json:"child_modules"`
}

func (m tfModule) collect(out map[string]docPair) {
	for _, r := range m.Resources {
		if r.Type == "aws_iam_policy_document" {
			out[r.Address] = r.Values
		}
	}
	for _, c := range m.Children {
		c.collect(out)
	}
}

// jsonencode policies are strings already, also through module inputs and
// outputs.
func TestJSONEncodePolicyThroughModules(t *testing.T) {
	fsys := fstest.MapFS{
		"main.tf": {Data: []byte(`
module "m" {
  source = "./m"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }] })
}
resource "aws_iam_policy" "out" {
  policy = module.m.policy
}
`)},
		"m/main.tf": {Data: []byte(`
variable "policy" {}
resource "aws_iam_role_policy" "in" {
  policy = var.policy
}
output "policy" {
  value = jsonencode({ Statement = [{ Effect = "Deny", Action = "*", Resource = "*" }] })
}
`)},
	}
	rs, diags := ParseFS(context.Background(), fsys, ".", Options{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	for addr, want := range map[string]string{
		"module.m.aws_iam_role_policy.in": `{"Statement":[{"Action":"s3:*","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}`,
		"aws_iam_policy.out":              `{"Statement":[{"Action":"*","Effect":"Deny","Resource":"*"}]}`,
	} {
		if diff := cmp.Diff(want, find(t, rs, addr).Properties["policy"]); diff != "" {
			t.Errorf("%s (-want +got):\n%s", addr, diff)
		}
	}
}

// FuzzPolicyDocument feeds arbitrary source and override documents and
// statement values to PolicyDocument: nothing panics, and a known result is
// valid JSON.
func FuzzPolicyDocument(f *testing.F) {
	f.Add(`{"Statement":[{"Sid":"A","Principal":{"AWS":["b","a"]},"Condition":{"Bool":{"x":true}}}]}`, `{"Statement":[{"Sid":"A","Principal":"*"}]}`, "s3:*", "A")
	f.Add(`{"Version":"2008-10-17"}`, `[]`, "&{x}", "")
	f.Add(`{"Statement":[{"Principal":{"AWS":[1]}}]}`, `{"Statement":null}`, "", "B")
	f.Fuzz(func(t *testing.T, source, override, value, sid string) {
		args := map[string]any{
			"source_policy_documents":   []any{source},
			"override_policy_documents": []any{override, nil},
			"statement": []any{map[string]any{
				"sid": sid, "actions": []any{value, value + "x"}, "resources": []any{value},
				"principals": []any{map[string]any{"type": value, "identifiers": []any{value}}, map[string]any{"type": value, "identifiers": []any{sid, value}}},
				"condition":  []any{map[string]any{"test": sid, "variable": value, "values": []any{value}}},
			}},
		}
		doc, min, known, _, err := PolicyDocument(args)
		if err != nil || !known {
			return
		}
		if !json.Valid([]byte(doc)) || !json.Valid([]byte(min)) {
			t.Fatalf("invalid JSON: %q %q", doc, min)
		}
	})
}
