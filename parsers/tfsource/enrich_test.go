package tfsource

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

// planResources builds plan-shaped resources (as the plan parser makes them)
// from a `terraform show -json` document.
func planResources(t *testing.T, file string) []*model.Resource {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var plan struct {
		ResourceChanges []struct {
			Address       string     `json:"address"`
			ModuleAddress string     `json:"module_address"`
			Mode          model.Mode `json:"mode"`
			Type          string     `json:"type"`
			Name          string     `json:"name"`
			Change        struct {
				Actions []model.Action `json:"actions"`
				After   map[string]any `json:"after"`
			} `json:"change"`
		} `json:"resource_changes"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&plan); err != nil {
		t.Fatal(err)
	}
	var out []*model.Resource
	for i, rc := range plan.ResourceChanges {
		out = append(out, &model.Resource{
			Address: rc.Address, Type: rc.Type, NativeType: rc.Type, Name: rc.Name, Mode: rc.Mode,
			Properties: rc.Change.After, Change: &model.Change{Actions: rc.Change.Actions},
			Source: model.Source{Format: model.FormatTerraformPlan, Module: rc.ModuleAddress,
				Position: model.Position{File: "plan.json", Line: 5 + i}},
		})
	}
	return out
}

func TestEnrich(t *testing.T) {
	rs := planResources(t, "testdata/enrich/plan.json")
	diags := Enrich(context.Background(), rs, "testdata/stack", Options{})
	if diags.HasErrors() {
		t.Fatalf("diagnostics: %v", diags)
	}
	byAddr := map[string]*model.Resource{}
	for _, r := range rs {
		byAddr[r.Address] = r
	}
	const sg = "module.web_sg.aws_security_group.this"
	for _, tc := range []struct {
		addr, path, want string
	}{
		{"aws_s3_bucket.logs", "", "testdata/stack/main.tf:57:1"},
		{"aws_s3_bucket.logs", "bucket", "testdata/stack/main.tf:59:3"},
		{"aws_s3_bucket.logs", "force_destroy", "testdata/stack/main.tf:57:1"}, // not in the source: the block
		{"aws_s3_bucket_public_access_block.logs", "restrict_public_buckets", "testdata/stack/main.tf:69:3"},
		{"module.vpc.aws_subnet.public[1]", "cidr_block", "testdata/stack/modules/vpc/main.tf:40:3"},
		// The plan sorts the ingress set differently from the source; the
		// elements are matched by content.
		{sg, "ingress/0/cidr_blocks", "testdata/stack/modules/security-group/main.tf:31:7"},
		{sg, "ingress/1/from_port", "testdata/stack/modules/security-group/main.tf:28:7"},
		{sg, "egress/0/cidr_blocks/0", "testdata/stack/modules/security-group/main.tf:39:20"},
		{`module.app["worker"].aws_instance.this`, "metadata_options/0/http_tokens", "testdata/stack/modules/ec2-instance/main.tf:42:5"},
		{"module.platform.module.data.module.db.aws_db_instance.this", "storage_encrypted", "testdata/stack/modules/db/main.tf:27:3"},
		// Registry module with terraform init: placed on the module block.
		{"module.logs_bucket.aws_s3_bucket.this[0]", "bucket", "testdata/stack/main.tf:88:1"},
		// Git module without terraform init: the module block too.
		{"module.cdn.aws_cloudfront_distribution.this[0]", "enabled", "testdata/stack/main.tf:95:1"},
		// Not in the source: keeps its plan position.
		{"aws_iam_role.not_in_source", "name", "plan.json:13"},
	} {
		t.Run(tc.addr+"/"+tc.path, func(t *testing.T) {
			r := byAddr[tc.addr]
			if got := r.Locate(tc.path).String(); got != tc.want {
				t.Errorf("Locate(%q) = %s, want %s", tc.path, got, tc.want)
			}
		})
	}
	if r := byAddr["aws_s3_bucket.logs"]; r.Source.EndLine != 61 || r.Source.Format != model.FormatTerraformPlan {
		t.Errorf("source: %+v", r.Source)
	}
	supp := func(addr string) []string {
		var out []string
		for _, s := range byAddr[addr].Suppressions {
			out = append(out, s.RuleID+" "+s.Position.String())
		}
		return out
	}
	for addr, want := range map[string][]string{
		"aws_s3_bucket_public_access_block.logs":   {"AWS-S3-002 testdata/stack/main.tf:69:35"},
		`module.app["worker"].aws_instance.this`:   {"AWS-EC2-010 testdata/stack/main.tf:33:1"},
		"module.logs_bucket.aws_s3_bucket.this[0]": {"AWS-S3-001 testdata/stack/main.tf:87:1"},
		"aws_s3_bucket.logs":                       nil,
	} {
		if diff := cmp.Diff(want, supp(addr)); diff != "" {
			t.Errorf("%s suppressions (-want +got):\n%s", addr, diff)
		}
	}
}

func TestMatchElementsAmbiguous(t *testing.T) {
	// Two identical source blocks: no reordering is guessed.
	src := []any{map[string]any{"a": "x"}, map[string]any{"a": "x"}}
	plan := []any{map[string]any{"a": "x"}, map[string]any{"a": "x"}}
	if m := matchElements(plan, src); m != nil {
		t.Errorf("ambiguous match: %v", m)
	}
}

func TestEnrichReorderedBlocks(t *testing.T) {
	fsys := fstest.MapFS{
		"sg.tf": {Data: []byte(`resource "aws_security_group" "web" {
  ingress {
    from_port   = 443
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port   = 22
    cidr_blocks = ["10.0.0.0/8"]
  }
}
`)},
	}
	r := &model.Resource{Address: "aws_security_group.web", Type: "aws_security_group", Mode: model.ModeManaged,
		Properties: map[string]any{"ingress": []any{
			map[string]any{"from_port": json.Number("22"), "cidr_blocks": []any{"10.0.0.0/8"}, "self": false},
			map[string]any{"from_port": json.Number("443"), "cidr_blocks": []any{"0.0.0.0/0"}, "self": false},
		}}}
	if diags := EnrichFS(context.Background(), []*model.Resource{r}, fsys, "net", Options{}); len(diags) != 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	for path, want := range map[string]string{
		"ingress/0":               "net/sg.tf:6:3",
		"ingress/0/from_port":     "net/sg.tf:7:5",
		"ingress/1/cidr_blocks/0": "net/sg.tf:4:20",
		"":                        "net/sg.tf:1:1",
	} {
		if got := r.Locate(path).String(); got != want {
			t.Errorf("Locate(%q) = %s, want %s", path, got, want)
		}
	}
}

func TestEnrichRegistryModuleWithoutInit(t *testing.T) {
	fsys := fstest.MapFS{
		"main.tf": {Data: []byte(`module "network" {
  source = "./network"
}
`)},
		"network/main.tf": {Data: []byte(`# iacvet:ignore AWS-EC2-001 the module enforces IMDSv2 itself
module "ec2" {
  source   = "terraform-aws-modules/ec2-instance/aws"
  version  = "5.6.1"
  for_each = toset(["a", "b"])
  name     = each.key
}
`)},
	}
	r := &model.Resource{Address: `module.network.module.ec2["b"].aws_instance.this[0]`, Type: "aws_instance", Mode: model.ModeManaged,
		Properties: map[string]any{"instance_type": "t3.micro"},
		Positions:  map[string]model.Position{"instance_type": {File: "plan.json", Line: 9}},
		Source:     model.Source{Format: model.FormatTerraformPlan, Module: `module.network.module.ec2["b"]`, Position: model.Position{File: "plan.json", Line: 7}}}
	diags := EnrichFS(context.Background(), []*model.Resource{r}, fsys, "infra", Options{})
	want := model.Diagnostics{{Severity: model.DiagWarning, Position: model.Position{File: "infra/network/main.tf", Line: 2, Column: 1},
		Summary: "module module.network.module.ec2 (source terraform-aws-modules/ec2-instance/aws) not evaluated: it is not installed; running terraform init (which writes .terraform/modules/modules.json) would fix it"}}
	if diff := cmp.Diff(want, diags); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
	if got := r.Locate("instance_type").String(); got != "infra/network/main.tf:2:1" {
		t.Errorf("Locate = %s, want the module block", got)
	}
	if r.Source.Position.String() != "plan.json:7" {
		t.Errorf("position changed: %s", r.Source.Position)
	}
	if len(r.Suppressions) != 1 || r.Suppressions[0].RuleID != "AWS-EC2-001" || r.Suppressions[0].Justification != "the module enforces IMDSv2 itself" {
		t.Errorf("suppressions: %+v", r.Suppressions)
	}
}
