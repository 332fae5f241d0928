package rules

import (
	"context"
	"encoding/json"
	"flag"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

var update = flag.Bool("update", false, "rewrite golden files (none in this package)")

func engine(t *testing.T, files map[string]string) (*Engine, error) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, src := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(src)}
	}
	return New(context.Background(), Options{Sources: []Source{Builtin(), {Name: "custom", FS: fsys}}})
}

const tagRule = `# METADATA
# title: Buckets need an owner tag
# custom:
#   id: ACME-001
#   severity: low
#   resource_types: [AWS::S3::Bucket]
package acme.tags

import data.iacvet.lib

deny contains lib.finding(r, sprintf("%s has no owner tag", [r.address]), "Tags") if {
	some r in input.resources
	not owner(r)
}

owner(r) if {
	some t in r.properties.Tags
	t.Key == "owner"
}
`

func TestCustomPolicy(t *testing.T) {
	e, err := engine(t, map[string]string{"tags.rego": tagRule})
	if err != nil {
		t.Fatal(err)
	}
	bucket := &model.Resource{Address: "aws_s3_bucket.b", Type: "AWS::S3::Bucket", Mode: model.ModeManaged, Properties: map[string]any{"Tags": []any{map[string]any{"Key": "team", "Value": "x"}}},
		Source: model.Source{Position: model.Position{File: "main.tf", Line: 3}}, Positions: map[string]model.Position{"tags": {File: "main.tf", Line: 7, Column: 3}}, NativePaths: map[string]string{"Tags": "tags"}}
	tagged := &model.Resource{Address: "aws_s3_bucket.ok", Type: "AWS::S3::Bucket", Mode: model.ModeManaged, Properties: map[string]any{"Tags": []any{map[string]any{"Key": "owner", "Value": "x"}}}}
	res, err := e.Eval(context.Background(), Input{Resources: []*model.Resource{bucket, tagged}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Findings {
		if f.RuleID == "ACME-001" {
			got = append(got, f.Resource+" "+f.Location.String()+" "+f.Message)
		}
	}
	want := []string{"aws_s3_bucket.b main.tf:7:3 aws_s3_bucket.b has no owner tag"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	var meta *model.RuleMeta
	for _, m := range e.Rules() {
		if m.ID == "ACME-001" {
			meta = &m
		}
	}
	if meta == nil || meta.Builtin || meta.Severity != model.SeverityLow || meta.File != "tags.rego" {
		t.Errorf("custom rule metadata: %+v", meta)
	}
}

// TestNetworkBuiltinsDisabled: a policy cannot reach the network, so a
// pull request's policy cannot send the CI's credentials anywhere.
func TestNetworkBuiltinsDisabled(t *testing.T) {
	for name, body := range map[string]string{
		"http.send":          `http.send({"method": "GET", "url": "http://example.com"}).status_code == 200`,
		"net.lookup_ip_addr": `net.lookup_ip_addr("example.com")`,
		"opa.runtime":        `opa.runtime().env.AWS_SECRET_ACCESS_KEY`,
	} {
		t.Run(name, func(t *testing.T) {
			src := "# METADATA\n# title: t\n# custom:\n#   id: EVIL-001\n#   severity: low\n#   resource_types: [\"*\"]\npackage evil\n\ndeny contains {\"msg\": \"x\"} if {\n\t" + body + "\n}\n"
			_, err := engine(t, map[string]string{"evil.rego": src})
			if err == nil || !strings.Contains(err.Error(), "undefined function "+name) {
				t.Errorf("want a compile error for %s, got %v", name, err)
			}
		})
	}
	caps := Capabilities()
	if caps.AllowNet == nil || len(caps.AllowNet) != 0 {
		t.Errorf("AllowNet = %v, want an empty, non-nil list", caps.AllowNet)
	}
}

func TestMetadataContract(t *testing.T) {
	cases := map[string]struct{ src, err string }{
		"no severity":       {"# METADATA\n# title: t\n# custom:\n#   id: X-1\n#   resource_types: []\npackage x\ndeny contains {\"msg\": \"m\"} if false\n", "unknown severity"},
		"no title":          {"# METADATA\n# custom:\n#   id: X-1\n#   severity: low\n#   resource_types: []\npackage x\ndeny contains {\"msg\": \"m\"} if false\n", "no title"},
		"no resource types": {"# METADATA\n# title: t\n# custom:\n#   id: X-1\n#   severity: low\npackage x\ndeny contains {\"msg\": \"m\"} if false\n", "resource_types is missing"},
		"no deny":           {"# METADATA\n# title: t\n# custom:\n#   id: X-1\n#   severity: low\n#   resource_types: []\npackage x\nallow := true\n", "neither deny nor unknown"},
		"duplicate id":      {"# METADATA\n# title: t\n# custom:\n#   id: AWS-S3-001\n#   severity: low\n#   resource_types: []\npackage x\ndeny contains {\"msg\": \"m\"} if false\n", "declared by"},
		"syntax error":      {"package x\ndeny contains if {\n", "parse policy"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := engine(t, map[string]string{"x.rego": tc.src})
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("error %v, want %q", err, tc.err)
			}
		})
	}
}

func TestUnknownOutcomeAndMarkers(t *testing.T) {
	e, err := New(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	vol := func(addr string, enc any) *model.Resource {
		return &model.Resource{Address: addr, Type: "AWS::EC2::Volume", Mode: model.ModeManaged, Properties: map[string]any{"Encrypted": enc}}
	}
	deleted := vol("aws_ebs_volume.gone", false)
	deleted.Change = &model.Change{Actions: []model.Action{model.ActionDelete}}
	data := vol("data.aws_ebs_volume.x", false)
	data.Mode = model.ModeData
	res, err := e.Eval(context.Background(), Input{Resources: []*model.Resource{
		vol("a", false), vol("b", true), vol("c", model.Unknown{}), vol("d", model.Sensitive{}), vol("e", "true"), deleted, data,
	}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range res.Findings {
		if f.RuleID == "AWS-EBS-001" {
			got[f.Resource] = string(f.Outcome)
		}
	}
	want := map[string]string{"a": "fail", "c": "unknown"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

func TestAWSDataAndCostInput(t *testing.T) {
	src := `# METADATA
# title: t
# custom:
#   id: X-1
#   severity: low
#   resource_types: []
package x

deny contains {"msg": sprintf("%v %v", [data.aws.flag, input.cost.total_after])} if data.aws.flag
`
	e, err := engine(t, map[string]string{"x.rego": src})
	if err != nil {
		t.Fatal(err)
	}
	res, err := e.Eval(context.Background(), Input{AWS: map[string]any{"flag": true}, Cost: &model.CostReport{TotalAfter: 12.5}})
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, f := range res.Findings {
		if f.RuleID == "X-1" {
			msgs = append(msgs, f.Message)
		}
	}
	if diff := cmp.Diff([]string{"true 12.5"}, msgs); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

func TestToValueRoundTrip(t *testing.T) {
	in := map[string]any{"a": []any{json.Number("1"), 2.5, "x", true, nil, map[string]any{"u": model.Unknown{Ref: "r"}, "s": model.Sensitive{}, "l": model.Sensitive{Literal: true}}}}
	got := toValue(in).String()
	want := `{"a": [1, 2.5, "x", true, null, {"l": {"$literal": true, "$sensitive": true}, "s": {"$sensitive": true}, "u": {"$ref": "r", "$unknown": true}}]}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestFindingNamesDeclaringPart: a finding about a list item that another
// resource contributed (a security group rule joined to its group) names
// that resource and its line; the message still names the group.
func TestFindingNamesDeclaringPart(t *testing.T) {
	e, err := engine(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	sg := &model.Resource{Address: "aws_security_group.web", Type: "AWS::EC2::SecurityGroup", Mode: model.ModeManaged,
		Properties: map[string]any{"SecurityGroupIngress": []any{
			map[string]any{"IpProtocol": "tcp", "FromPort": json.Number("443"), "ToPort": json.Number("443"), "CidrIp": "0.0.0.0/0"},
			map[string]any{"IpProtocol": "tcp", "FromPort": json.Number("22"), "ToPort": json.Number("22"), "CidrIp": "0.0.0.0/0"},
		}},
		Source:    model.Source{Position: model.Position{File: "main.tf", Line: 1}},
		Positions: map[string]model.Position{model.CanonicalKey("SecurityGroupIngress/1/CidrIp"): {File: "main.tf", Line: 12, Column: 24}},
		Parts:     map[string]string{"SecurityGroupIngress/1": "aws_security_group_rule.ssh"},
	}
	res, err := e.Eval(context.Background(), Input{Resources: []*model.Resource{sg}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Findings {
		if f.RuleID == "AWS-EC2-001" {
			got = append(got, f.Resource+" "+f.Location.String()+" "+f.Message)
		}
	}
	want := []string{"aws_security_group_rule.ssh main.tf:12:24 security group aws_security_group.web allows SSH from the internet (0.0.0.0/0) to TCP 22"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}
