package tfplan

import (
	"flag"
	"github.com/iacvet/iacvet/internal/tftest"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	tfjson "github.com/hashicorp/terraform-json"

	"github.com/iacvet/iacvet/model"
)

var update = flag.Bool("update", false, "rewrite golden files")

// testdata/iamdoc/plan.json is `terraform show -json` of testdata/iamdoc
// (terraform 1.11, hashicorp/aws 5.100); TestPolicyDocumentPlanFresh
// rewrites it with -update.
func TestPolicyDocumentPlan(t *testing.T) {
	rs := parseFixture(t, "testdata/iamdoc/plan.json")
	const deferred = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Sid\": \"Deferred\",\n" +
		"      \"Effect\": \"Allow\",\n      \"Action\": [\n        \"s3:PutObject\",\n        \"s3:GetObject\"\n      ],\n" +
		"      \"Resource\": \"arn:aws:s3:::iacvet-example/*\",\n      \"Principal\": {\n        \"AWS\": \"*\"\n      }\n    }\n  ]\n}"
	for _, tc := range []struct {
		addr, attr string
		want       any
	}{
		// Read during plan: terraform already wrote the json.
		{"aws_s3_bucket_policy.known", "policy", `{"Statement":[{"Action":"s3:GetObject","Effect":"Allow","Principal":"*","Resource":"arn:aws:s3:::iacvet-example/*"}],"Version":"2012-10-17"}`},
		// Deferred, every argument known: computed from the planned read.
		{"data.aws_iam_policy_document.deferred_known", "json", deferred},
		{"aws_iam_policy.deferred_known", "policy", deferred},
		// Deferred with unknown resources: the json itself is unknown.
		{"data.aws_iam_policy_document.deferred_unknown", "json", nil}, // provider-computed: left out
		// The policy is the document with only the bucket ARNs unknown.
		{"aws_iam_policy.deferred_unknown", "policy", map[string]any{"Version": "2012-10-17", "Statement": []any{map[string]any{
			"Effect": "Allow", "Action": "s3:*", "Principal": "*", "Resource": []any{model.Unknown{Ref: "aws_s3_bucket.b"}, model.Unknown{Ref: "aws_s3_bucket.b"}}}}}},
		// jsonencode is evaluated by terraform.
		{"aws_iam_policy.encoded", "policy", `{"Statement":[{"Action":"s3:*","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}`},
	} {
		r := rs[tc.addr]
		if r == nil {
			t.Errorf("no %s", tc.addr)
			continue
		}
		if diff := cmp.Diff(tc.want, r.Properties[tc.attr]); diff != "" {
			t.Errorf("%s.%s (-want +got):\n%s", tc.addr, tc.attr, diff)
		}
	}
}

func TestDocAttr(t *testing.T) {
	for _, tc := range []struct {
		name   string
		refs   []string
		module string
		want   string
	}{
		{"json", []string{"data.aws_iam_policy_document.d.json", "data.aws_iam_policy_document.d"}, "", "json"},
		{"minified", []string{"data.aws_iam_policy_document.d.minified_json", "data.aws_iam_policy_document.d"}, "", "minified_json"},
		{"in module", []string{"data.aws_iam_policy_document.d.json", "data.aws_iam_policy_document.d"}, "module.m", "json"},
		{"other attribute", []string{"data.aws_iam_policy_document.d.id", "data.aws_iam_policy_document.d"}, "", ""},
		{"mixed", []string{"data.aws_iam_policy_document.d.json", "var.x"}, "", ""},
		{"both attributes", []string{"data.aws_iam_policy_document.d.json", "data.aws_iam_policy_document.d.minified_json"}, "", ""},
		{"none", nil, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			addr := prefixed(tc.module, "data.aws_iam_policy_document.d")
			e := exprWithRefs(tc.refs)
			if got := docAttr(e, addr, tc.module); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPolicyDocumentPlanFresh plans testdata/iamdoc with terraform and
// checks that the committed plan parses to the same resources; it runs with
// IACVET_TERRAFORM_TESTS=1 or -update and needs terraform and a provider mirror.
func TestPolicyDocumentPlanFresh(t *testing.T) {
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
	os.Remove(filepath.Join(dir, "plan.json"))
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
	fresh := run("show", "-json", "p")
	if *update {
		if err := os.WriteFile("testdata/iamdoc/plan.json", fresh, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	old, err := os.ReadFile("testdata/iamdoc/plan.json")
	if err != nil {
		t.Fatal(err)
	}
	a, _ := Parse("plan.json", old, Options{})
	b, _ := Parse("plan.json", fresh, Options{})
	props := func(rs []*model.Resource) map[string]map[string]any {
		out := map[string]map[string]any{}
		for _, r := range rs {
			out[r.Address] = r.Properties
		}
		return out
	}
	if diff := cmp.Diff(props(a), props(b)); diff != "" {
		t.Errorf("committed plan is stale (-committed +fresh), run with -update:\n%s", diff)
	}
}

func exprWithRefs(refs []string) *tfjson.Expression {
	return &tfjson.Expression{ExpressionData: &tfjson.ExpressionData{References: refs}}
}
