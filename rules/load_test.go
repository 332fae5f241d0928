package rules

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/iacvet/iacvet/model"
)

// TestInputsMetadata: custom.inputs names the input kinds a rule serves;
// unknown, repeated or empty lists are load errors naming the rule.
func TestInputsMetadata(t *testing.T) {
	policy := func(inputs string) fstest.MapFS {
		src := "# METADATA\n# title: t\n# description: d\n# custom:\n#   id: T-IN\n#   severity: low\n#   resource_types: [AWS::EC2::EBSEncryptionByDefault]\n" + inputs +
			"package t.inputs\n\ndeny contains {\"msg\": \"m\"} if { some r in input.resources; r.type == \"x\" }\n"
		return fstest.MapFS{"x/in.rego": &fstest.MapFile{Data: []byte(src)}}
	}
	for _, tc := range []struct {
		name, inputs, err string
		want              []string
	}{
		{name: "every kind by default", want: nil},
		{name: "terraform only", inputs: "#   inputs: [terraform]\n", want: []string{model.InputTerraform}},
		{name: "both kinds", inputs: "#   inputs: [terraform, cloudformation]\n", want: []string{model.InputTerraform, model.InputCloudFormation}},
		{name: "unknown kind", inputs: "#   inputs: [pulumi]\n", err: `rule T-IN: METADATA custom.inputs: unknown input kind "pulumi"`},
		{name: "repeated kind", inputs: "#   inputs: [terraform, terraform]\n", err: `input kind "terraform" listed twice`},
		{name: "empty list", inputs: "#   inputs: []\n", err: "rule T-IN: METADATA custom.inputs is empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, err := New(context.Background(), Options{Workers: 1, Sources: []Source{{Name: "user", FS: policy(tc.inputs)}}})
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var m model.RuleMeta
			for _, r := range e.Rules() {
				if r.ID == "T-IN" {
					m = r
				}
			}
			if strings.Join(m.Inputs, ",") != strings.Join(tc.want, ",") {
				t.Errorf("Inputs = %v, want %v", m.Inputs, tc.want)
			}
			if !m.Serves(model.InputTerraform) {
				t.Error("does not serve Terraform")
			}
			if got, want := m.Serves(model.InputCloudFormation), len(tc.want) != 1; got != want {
				t.Errorf("Serves(cloudformation) = %v, want %v", got, want)
			}
		})
	}
}
