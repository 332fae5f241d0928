package scan

import (
	"context"
	"os"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Inputs people feed by habit: state JSON, plan JSON captured through
// setup-terraform's wrapper, CDK for Terraform output, Terraform JSON
// syntax in a file named .json.
func TestInputKinds(t *testing.T) {
	state, err := os.ReadFile("../parsers/tfplan/testdata/state.json")
	if err != nil {
		t.Fatal(err)
	}
	wrapped, err := os.ReadFile("../parsers/tfplan/testdata/wrapped-plan.txt")
	if err != nil {
		t.Fatal(err)
	}
	const cdktf = `{"//":{"metadata":{"stackName":"app"}},"provider":{"aws":[{"region":"eu-west-1"}]},` +
		`"resource":{"aws_s3_bucket":{"logs":{"//":{"metadata":{"path":"app/logs"}},"bucket":"app-logs"}}}}`
	root := writeTree(t, map[string]string{
		"state.json":                       string(state),
		"wrapped.log":                      string(wrapped),
		"stack.json":                       cdktf,
		"cdktf.out/stacks/app/cdk.tf.json": cdktf,
		"cdktf.out/manifest.json":          `{"version":"0.20.8","stacks":{"app":{"name":"app","synthesizedStackPath":"stacks/app/cdk.tf.json"}}}`,
		"cdktf.out/stacks/app/notes.json":  `{"name":"not terraform"}`,
	})
	t.Chdir(root)
	tests := []struct {
		path string
		want []string // kind per input
	}{
		{"state.json", []string{"state.json terraform-plan"}},
		{"wrapped.log", []string{"wrapped.log terraform-plan"}},
		{"stack.json", []string{"stack.json terraform-json"}},
		{"cdktf.out", []string{"cdktf.out/stacks/app terraform"}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			ins, diags := collect([]string{tt.path}, nil, nil)
			if len(diags) != 0 {
				t.Errorf("diagnostics: %v", diags)
			}
			var got []string
			for _, in := range ins {
				got = append(got, in.path+" "+string(in.kind))
			}
			sort.Strings(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	// Parsed: what each yields and says.
	parsed := map[string][]string{}
	for _, p := range []string{"state.json", "wrapped.log", "stack.json"} {
		ins, _ := collect([]string{p}, nil, nil)
		if len(ins) != 1 {
			t.Fatalf("%s: %d inputs", p, len(ins))
		}
		rs, diags, _ := parseInput(context.Background(), ins[0], Options{})
		var out []string
		for _, r := range rs {
			out = append(out, r.Address)
		}
		sort.Strings(out)
		for _, d := range diags {
			out = append(out, string(d.Severity)+": "+d.Summary)
		}
		parsed[p] = out
	}
	want := map[string][]string{
		"state.json": {"aws_security_group.open", "notice: this is Terraform state (terraform show -json without a plan file), not a plan: its resources are scanned as the deployed configuration"},
		"wrapped.log": {"aws_db_instance.db", "aws_s3_bucket.site", "aws_s3_bucket_acl.site", "aws_s3_bucket_logging.site",
			"aws_s3_bucket_server_side_encryption_configuration.site", "aws_s3_bucket_versioning.site",
			"warning: the plan JSON is wrapped in command output (lines such as [command]... or ::debug::, as GitHub's setup-terraform wrapper prints); only the JSON was read: run terraform show -json with terraform_wrapper: false or redirect it to a file"},
		"stack.json": {"aws_s3_bucket.logs", "notice: read as Terraform JSON syntax (a .tf.json file, as CDK for Terraform writes); name it .tf.json to have Terraform read it too"},
	}
	if diff := cmp.Diff(want, parsed); diff != "" {
		t.Errorf("parsed (-want +got):\n%s", diff)
	}
}
