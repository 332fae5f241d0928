package mapping

import (
	"encoding/json"
	"flag"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

var update = flag.Bool("update", false, "rewrite golden files (none in this package)")

func TestDefaultTableLoads(t *testing.T) {
	tbl, err := loadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(tbl.Types()) < 40 {
		t.Errorf("only %d mapped types", len(tbl.Types()))
	}
}

func tf(addr, typ string, props map[string]any) *model.Resource {
	return &model.Resource{Address: addr, Type: typ, NativeType: typ, Mode: model.ModeManaged, Properties: props,
		Meta: map[string]string{MetaInput: "plan.json"}, Positions: map[string]model.Position{}}
}

func TestSecurityGroupShape(t *testing.T) {
	sg := tf("aws_security_group.web", "aws_security_group", map[string]any{
		"name": "web",
		"ingress": []any{map[string]any{
			"from_port": json.Number("22"), "to_port": json.Number("22"), "protocol": "tcp",
			"cidr_blocks": []any{"10.0.0.0/8", "0.0.0.0/0"}, "ipv6_cidr_blocks": []any{"::/0"},
		}},
	})
	sg.Positions["ingress/0"] = model.Position{File: "main.tf", Line: 8}
	sg.Positions["ingress/0/cidr_blocks"] = model.Position{File: "main.tf", Line: 9}
	sg.Positions["ingress/0/cidr_blocks/1"] = model.Position{File: "main.tf", Line: 10}
	Default().Apply(sg)
	want := []any{
		map[string]any{"IpProtocol": "tcp", "FromPort": json.Number("22"), "ToPort": json.Number("22"), "CidrIp": "10.0.0.0/8"},
		map[string]any{"IpProtocol": "tcp", "FromPort": json.Number("22"), "ToPort": json.Number("22"), "CidrIp": "0.0.0.0/0"},
		map[string]any{"IpProtocol": "tcp", "FromPort": json.Number("22"), "ToPort": json.Number("22"), "CidrIpv6": "::/0"},
	}
	if diff := cmp.Diff(want, sg.Properties["SecurityGroupIngress"]); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	if sg.Type != "AWS::EC2::SecurityGroup" {
		t.Errorf("type %s", sg.Type)
	}
	// The exploded CIDR finds its own line.
	if got := sg.Locate("SecurityGroupIngress/1/CidrIp"); got.Line != 10 {
		t.Errorf("SecurityGroupIngress/1/CidrIp at %v, want line 10", got)
	}
	if got := sg.Locate("SecurityGroupIngress/2/CidrIpv6"); got.Line != 8 {
		t.Errorf("SecurityGroupIngress/2/CidrIpv6 at %v, want line 8 (its ingress block: ipv6_cidr_blocks has no position)", got)
	}
}

func TestLinkChildrenIntoParents(t *testing.T) {
	bucket := tf("aws_s3_bucket.b", "aws_s3_bucket", map[string]any{"bucket": "acme-data"})
	pabByRef := tf("aws_s3_bucket_public_access_block.b", "aws_s3_bucket_public_access_block", map[string]any{
		"bucket": model.Unknown{Ref: "aws_s3_bucket.b"}, "block_public_acls": true,
	})
	pabByRef.Positions["block_public_acls"] = model.Position{File: "s3.tf", Line: 20}
	other := tf("aws_s3_bucket.other", "aws_s3_bucket", map[string]any{"bucket": "acme-other"})
	aclByName := tf("aws_s3_bucket_acl.other", "aws_s3_bucket_acl", map[string]any{"bucket": "acme-other", "acl": "public-read"})
	orphan := tf("aws_s3_bucket_acl.existing", "aws_s3_bucket_acl", map[string]any{"bucket": "not-in-this-change", "acl": "private"})
	sg := tf("aws_security_group.web", "aws_security_group", map[string]any{"name": "web", "ingress": []any{}})
	rule := tf("aws_security_group_rule.ssh", "aws_security_group_rule", map[string]any{
		"type": "ingress", "security_group_id": model.Unknown{Ref: "aws_security_group.web"}, "protocol": "tcp",
		"from_port": json.Number("22"), "to_port": json.Number("22"), "cidr_blocks": []any{"0.0.0.0/0"},
	})
	rule.Positions["cidr_blocks/0"] = model.Position{File: "sg.tf", Line: 31}
	existingGroup := tf("aws_security_group_rule.legacy", "aws_security_group_rule", map[string]any{
		"type": "ingress", "security_group_id": "sg-0123456789", "protocol": "-1",
		"from_port": json.Number("0"), "to_port": json.Number("0"), "cidr_blocks": []any{"0.0.0.0/0"},
	})
	out := Default().MapAll([]*model.Resource{bucket, pabByRef, other, aclByName, orphan, sg, rule, existingGroup})

	var addrs []string
	for _, r := range out {
		addrs = append(addrs, r.Address+" "+r.Type)
	}
	want := []string{
		"aws_s3_bucket.b AWS::S3::Bucket",
		"aws_s3_bucket.other AWS::S3::Bucket",
		"aws_s3_bucket_acl.existing aws_s3_bucket_acl", // no parent in the change: stays native
		"aws_security_group.web AWS::EC2::SecurityGroup",
		"aws_security_group_rule.legacy AWS::EC2::SecurityGroup", // partial view of an existing group
	}
	if diff := cmp.Diff(want, addrs); diff != "" {
		t.Fatalf("resources (-want +got)\n%s", diff)
	}
	if got := bucket.Properties["PublicAccessBlockConfiguration"]; !cmp.Equal(got, map[string]any{"BlockPublicAcls": true}) {
		t.Errorf("public access block not merged: %v", got)
	}
	if got := bucket.Locate("PublicAccessBlockConfiguration/BlockPublicAcls"); got.File != "s3.tf" || got.Line != 20 {
		t.Errorf("merged property located at %v, want s3.tf:20", got)
	}
	if other.Properties["AccessControl"] != "PublicRead" {
		t.Errorf("ACL matched by bucket name not merged: %v", other.Properties)
	}
	ingress, _ := sg.Properties["SecurityGroupIngress"].([]any)
	if len(ingress) != 1 || ingress[0].(map[string]any)["CidrIp"] != "0.0.0.0/0" {
		t.Errorf("rule not appended to its group: %v", sg.Properties)
	}
	if got := sg.Locate("SecurityGroupIngress/0/CidrIp"); got.File != "sg.tf" || got.Line != 31 {
		t.Errorf("appended rule located at %v, want sg.tf:31", got)
	}
	if existingGroup.Meta[MetaPartial] != "true" {
		t.Error("a rule for a group outside the change should be a partial group")
	}
}

func TestUnknownBlocksStayUnknown(t *testing.T) {
	inst := tf("aws_instance.a", "aws_instance", map[string]any{"instance_type": "t3.micro", "metadata_options": model.Unknown{}, "root_block_device": model.Unknown{}})
	Default().Apply(inst)
	if inst.Properties["MetadataOptions"] != (model.Unknown{}) || inst.Properties["BlockDeviceMappings"] != (model.Unknown{}) {
		t.Errorf("unknown blocks: %v", inst.Properties)
	}
}

func TestLoadErrors(t *testing.T) {
	for name, src := range map[string]string{
		"no type":                   "types:\n  aws_x:\n    properties: {}\n",
		"bad transform":             "types:\n  aws_x:\n    type: AWS::X::Y\n    properties:\n      A: {from: a, as: frobnicate}\n",
		"not yaml":                  "types: [\n",
		"model_only with type_from": "types:\n  aws_x:\n    model_only: no CloudFormation resource\n    type_from: {attr: kind, values: {a: AWS::X::A}}\n",
	} {
		if _, err := Load([]byte(src)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestLinkKeyedListItems(t *testing.T) {
	elb := tf("aws_elb.web", "aws_elb", map[string]any{
		"name": "web",
		"listener": []any{
			map[string]any{"lb_port": json.Number("443"), "lb_protocol": "https", "instance_port": json.Number("8080"), "instance_protocol": "http"},
			map[string]any{"lb_port": json.Number("80"), "lb_protocol": "http", "instance_port": json.Number("8080"), "instance_protocol": "http"},
		},
	})
	policy := tf("aws_load_balancer_policy.tls", "aws_load_balancer_policy", map[string]any{
		"load_balancer_name": model.Unknown{Ref: "aws_elb.web.name"}, "policy_name": "web-tls", "policy_type_name": "SSLNegotiationPolicyType",
		"policy_attribute": []any{map[string]any{"name": "Reference-Security-Policy", "value": "ELBSecurityPolicy-TLS-1-2-2017-01"}},
	})
	attach := tf("aws_load_balancer_listener_policy.https", "aws_load_balancer_listener_policy", map[string]any{
		"load_balancer_name": "web", "load_balancer_port": json.Number("443"), "policy_names": []any{"web-tls"},
	})
	attach.Positions["policy_names"] = model.Position{File: "elb.tf", Line: 40}
	other := tf("aws_lb_ssl_negotiation_policy.legacy", "aws_lb_ssl_negotiation_policy", map[string]any{
		"name": "legacy", "load_balancer": model.Unknown{Ref: "aws_elb.web.id"}, "lb_port": model.Unknown{},
		"attribute": []any{map[string]any{"name": "Protocol-TLSv1", "value": "true"}},
	})
	orphan := tf("aws_load_balancer_listener_policy.existing", "aws_load_balancer_listener_policy", map[string]any{
		"load_balancer_name": "not-in-this-change", "load_balancer_port": json.Number("443"), "policy_names": []any{"x"},
	})
	out := Default().MapAll([]*model.Resource{elb, policy, attach, other, orphan})
	if len(out) != 2 || out[0] != elb || out[1] != orphan || orphan.Meta[MetaPartial] != "true" {
		t.Fatalf("resources: %v", out)
	}
	want := []any{
		map[string]any{"LoadBalancerPort": json.Number("443"), "Protocol": "https", "InstancePort": json.Number("8080"), "InstanceProtocol": "http", "PolicyNames": []any{"web-tls"}},
		map[string]any{"LoadBalancerPort": json.Number("80"), "Protocol": "http", "InstancePort": json.Number("8080"), "InstanceProtocol": "http"},
		// The port is unknown: the attachment cannot be matched, so it
		// stays a listener item of its own.
		map[string]any{"LoadBalancerPort": model.Unknown{}, "PolicyNames": []any{"legacy"}},
	}
	if diff := cmp.Diff(want, elb.Properties["Listeners"], cmp.FilterPath(func(p cmp.Path) bool {
		return p.Last().String() == `["SSLCertificateId"]`
	}, cmp.Ignore())); diff != "" {
		t.Errorf("Listeners (-want +got)\n%s", diff)
	}
	policies, _ := elb.Properties["Policies"].([]any)
	if len(policies) != 2 || policies[1].(map[string]any)["PolicyType"] != "SSLNegotiationPolicyType" {
		t.Errorf("Policies: %v", elb.Properties["Policies"])
	}
	if got := elb.Locate("Listeners/0/PolicyNames/0"); got.File != "elb.tf" || got.Line != 40 {
		t.Errorf("merged policy names located at %v, want elb.tf:40", got)
	}

	// A parent whose listeners are unknown keeps them unknown.
	unknownListeners := tf("aws_elb.u", "aws_elb", map[string]any{"name": "u", "listener": model.Unknown{}})
	attachU := tf("aws_load_balancer_listener_policy.u", "aws_load_balancer_listener_policy", map[string]any{
		"load_balancer_name": "u", "load_balancer_port": json.Number("443"), "policy_names": []any{"p"},
	})
	Default().MapAll([]*model.Resource{unknownListeners, attachU})
	if unknownListeners.Properties["Listeners"] != (model.Unknown{}) {
		t.Errorf("unknown listeners replaced: %v", unknownListeners.Properties["Listeners"])
	}
}

// TestLinkRecordsParts: the list items a security group rule declared on its
// own adds to its group are recorded as that rule's, so findings about them
// name it; the group's own items are not.
func TestLinkRecordsParts(t *testing.T) {
	tests := []struct {
		name  string
		group map[string]any
		child *model.Resource
		want  map[string]string // canonical path -> PartOf
	}{
		{
			name:  "group without ingress blocks",
			group: map[string]any{"name": "web"},
			child: tf("aws_security_group_rule.ssh", "aws_security_group_rule", map[string]any{
				"type": "ingress", "security_group_id": model.Unknown{Ref: "aws_security_group.web.id"}, "protocol": "tcp",
				"from_port": json.Number("22"), "to_port": json.Number("22"), "cidr_blocks": []any{"0.0.0.0/0", "::/0"},
			}),
			want: map[string]string{"SecurityGroupIngress/0/CidrIp": "aws_security_group_rule.ssh", "SecurityGroupIngress/1": "aws_security_group_rule.ssh", "VpcId": ""},
		},
		{
			name: "group with an ingress block",
			group: map[string]any{"name": "web", "ingress": []any{map[string]any{
				"from_port": json.Number("443"), "to_port": json.Number("443"), "protocol": "tcp", "cidr_blocks": []any{"0.0.0.0/0"},
			}}},
			child: tf("aws_vpc_security_group_ingress_rule.rdp", "aws_vpc_security_group_ingress_rule", map[string]any{
				"security_group_id": model.Unknown{Ref: "aws_security_group.web.id"}, "ip_protocol": "tcp",
				"from_port": json.Number("3389"), "to_port": json.Number("3389"), "cidr_ipv4": "0.0.0.0/0",
			}),
			want: map[string]string{"SecurityGroupIngress/0/CidrIp": "", "SecurityGroupIngress/1/CidrIp": "aws_vpc_security_group_ingress_rule.rdp"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sg := tf("aws_security_group.web", "aws_security_group", tt.group)
			out := Default().MapAll([]*model.Resource{sg, tt.child})
			if len(out) != 1 {
				t.Fatalf("rule not joined: %d resources", len(out))
			}
			got := map[string]string{}
			for path := range tt.want {
				got[path] = sg.PartOf(path)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("PartOf (-want +got)\n%s", diff)
			}
		})
	}
}

// A child of its parent's type that comes first (a plan lists resources by
// address: aws_ecr_lifecycle_policy before aws_ecr_repository) still joins
// the parent it names by value.
func TestLinkChildBeforeParentOfSameType(t *testing.T) {
	policy := tf("aws_ecr_lifecycle_policy.app", "aws_ecr_lifecycle_policy", map[string]any{
		"repository": "app", "policy": `{"rules":[]}`,
	})
	repo := tf("aws_ecr_repository.app", "aws_ecr_repository", map[string]any{"name": "app"})
	out := Default().MapAll([]*model.Resource{policy, repo})
	if len(out) != 1 || out[0] != repo {
		t.Fatalf("got %d resources, want the repository alone", len(out))
	}
	want := map[string]any{"LifecyclePolicyText": `{"rules":[]}`}
	if diff := cmp.Diff(want, repo.Properties["LifecyclePolicy"]); diff != "" {
		t.Errorf("LifecyclePolicy (-want +got)\n%s", diff)
	}
}
