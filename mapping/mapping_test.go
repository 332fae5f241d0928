package mapping

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

// planRule is a security group rule block as `terraform show -json` writes
// it: every attribute present, unset ones as [], "" or false.
func planRule(port string, over map[string]any) map[string]any {
	r := map[string]any{
		"cidr_blocks": []any{}, "description": "", "from_port": json.Number(port), "ipv6_cidr_blocks": []any{},
		"prefix_list_ids": []any{}, "protocol": "tcp", "security_groups": []any{}, "self": false, "to_port": json.Number(port),
	}
	for k, v := range over {
		r[k] = v
	}
	return r
}

func tcp(port string, peer map[string]any) map[string]any {
	item := map[string]any{"IpProtocol": "tcp", "FromPort": json.Number(port), "ToPort": json.Number(port), "Description": ""}
	for k, v := range peer {
		item[k] = v
	}
	return item
}

// TestExplode checks that exploded attributes yield one item per set value:
// unset values (null, false, "", []) none, a true self flag the group
// itself.
func TestExplode(t *testing.T) {
	webRef := model.Unknown{Ref: "aws_security_group.web"}
	cases := []struct {
		name     string
		addr     string
		typ      string
		props    map[string]any
		property string
		want     any
	}{
		{
			name: "plan self = false yields no item",
			addr: "aws_security_group.web", typ: "aws_security_group",
			props: map[string]any{"ingress": []any{
				planRule("443", map[string]any{"cidr_blocks": []any{"0.0.0.0/0"}}),
			}},
			property: "SecurityGroupIngress",
			want:     []any{tcp("443", map[string]any{"CidrIp": "0.0.0.0/0"})},
		},
		{
			name: "a rule block with no peer yields nothing",
			addr: "aws_security_group.web", typ: "aws_security_group",
			props:    map[string]any{"egress": []any{planRule("0", nil)}},
			property: "SecurityGroupEgress",
			want:     []any{},
		},
		{
			name: "null and empty-string values yield no item",
			addr: "aws_security_group.web", typ: "aws_security_group",
			props: map[string]any{"ingress": []any{
				planRule("22", map[string]any{"self": nil, "security_groups": []any{"", nil, "sg-0123456789abcdef0"}, "prefix_list_ids": nil}),
			}},
			property: "SecurityGroupIngress",
			want:     []any{tcp("22", map[string]any{"SourceSecurityGroupId": "sg-0123456789abcdef0"})},
		},
		{
			name: "self = true on a new group refers to the group",
			addr: "aws_security_group.web", typ: "aws_security_group",
			props: map[string]any{"ingress": []any{
				planRule("5432", map[string]any{"self": true, "cidr_blocks": []any{"10.0.0.0/8"}}),
			}},
			property: "SecurityGroupIngress",
			want: []any{
				tcp("5432", map[string]any{"CidrIp": "10.0.0.0/8"}),
				tcp("5432", map[string]any{"SourceSecurityGroupId": webRef}),
			},
		},
		{
			name: "self = true on an existing group is its id",
			addr: "aws_security_group.web", typ: "aws_security_group",
			props:    map[string]any{"id": "sg-0123456789abcdef0", "egress": []any{planRule("5432", map[string]any{"self": true})}},
			property: "SecurityGroupEgress",
			want:     []any{tcp("5432", map[string]any{"DestinationSecurityGroupId": "sg-0123456789abcdef0"})},
		},
		{
			name: "unknown values are kept",
			addr: "aws_security_group.web", typ: "aws_security_group",
			props: map[string]any{"ingress": []any{
				planRule("22", map[string]any{"cidr_blocks": model.Unknown{}, "security_groups": []any{model.Unknown{Ref: "aws_security_group.lb"}}}),
			}},
			property: "SecurityGroupIngress",
			want: []any{
				tcp("22", map[string]any{"CidrIp": model.Unknown{}}),
				tcp("22", map[string]any{"SourceSecurityGroupId": model.Unknown{Ref: "aws_security_group.lb"}}),
			},
		},
		{
			name: "default group: the rule AWS creates",
			addr: "aws_default_security_group.default", typ: "aws_default_security_group",
			props: map[string]any{"ingress": []any{map[string]any{
				"cidr_blocks": []any{}, "ipv6_cidr_blocks": []any{}, "prefix_list_ids": []any{}, "security_groups": []any{},
				"self": true, "protocol": "-1", "from_port": json.Number("0"), "to_port": json.Number("0"),
			}}},
			property: "SecurityGroupIngress",
			want: []any{map[string]any{
				"IpProtocol": "-1", "FromPort": json.Number("0"), "ToPort": json.Number("0"),
				"SourceSecurityGroupId": model.Unknown{Ref: "aws_default_security_group.default"},
			}},
		},
		{
			name: "rule resource: self is the group it belongs to",
			addr: "aws_security_group_rule.peers", typ: "aws_security_group_rule",
			props: map[string]any{
				"type": "ingress", "security_group_id": webRef, "protocol": "tcp", "from_port": json.Number("8080"), "to_port": json.Number("8080"),
				"cidr_blocks": nil, "ipv6_cidr_blocks": nil, "prefix_list_ids": nil, "source_security_group_id": nil, "self": true, "description": nil,
			},
			property: "SecurityGroupIngress",
			want:     []any{map[string]any{"IpProtocol": "tcp", "FromPort": json.Number("8080"), "ToPort": json.Number("8080"), "SourceSecurityGroupId": webRef}},
		},
		{
			name: "egress rule resource on an existing group",
			addr: "aws_security_group_rule.peers", typ: "aws_security_group_rule",
			props: map[string]any{
				"type": "egress", "security_group_id": "sg-0123456789abcdef0", "protocol": "-1", "from_port": json.Number("0"), "to_port": json.Number("0"),
				"cidr_blocks": []any{}, "self": true, "source_security_group_id": "",
			},
			property: "SecurityGroupEgress",
			want:     []any{map[string]any{"IpProtocol": "-1", "FromPort": json.Number("0"), "ToPort": json.Number("0"), "DestinationSecurityGroupId": "sg-0123456789abcdef0"}},
		},
		{
			name: "rule resource with self = false and a CIDR",
			addr: "aws_security_group_rule.ssh", typ: "aws_security_group_rule",
			props: map[string]any{
				"type": "ingress", "security_group_id": webRef, "protocol": "tcp", "from_port": json.Number("22"), "to_port": json.Number("22"),
				"cidr_blocks": []any{"10.0.0.0/8"}, "self": false, "source_security_group_id": nil,
			},
			property: "SecurityGroupIngress",
			want:     []any{map[string]any{"IpProtocol": "tcp", "FromPort": json.Number("22"), "ToPort": json.Number("22"), "CidrIp": "10.0.0.0/8"}},
		},
	}
	tbl := Default()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := tf(tc.addr, tc.typ, tc.props)
			if !tbl.Apply(r) {
				t.Fatalf("%s not mapped", tc.typ)
			}
			got, ok := r.Properties[tc.property]
			if !ok {
				t.Fatalf("no %s in %v", tc.property, r.Properties)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got)\n%s", tc.property, diff)
			}
		})
	}
}

// TestExplodeNativePaths checks that items after a skipped value still find
// the native attribute they came from.
func TestExplodeNativePaths(t *testing.T) {
	sg := tf("aws_security_group.web", "aws_security_group", map[string]any{"ingress": []any{
		planRule("22", map[string]any{"cidr_blocks": []any{"", "10.0.0.0/8"}, "self": true}),
	}})
	Default().Apply(sg)
	want := map[string]string{
		"SecurityGroupIngress/0/CidrIp":                "ingress/0/cidr_blocks/1",
		"SecurityGroupIngress/1/SourceSecurityGroupId": "ingress/0/self",
	}
	for cp, np := range want {
		if got := sg.NativePaths[cp]; got != np {
			t.Errorf("%s from %q, want %q", cp, got, np)
		}
	}
}

// TestKeyBy checks that key_by turns blocks into an object keyed by a field,
// with the native paths following the items.
func TestKeyBy(t *testing.T) {
	logs := model.Unknown{Ref: "aws_cloudwatch_log_group.os"}
	cases := []struct {
		name  string
		props map[string]any
		want  any
		paths map[string]string
	}{
		{
			name: "two log types",
			props: map[string]any{"log_publishing_options": []any{
				map[string]any{"log_type": "AUDIT_LOGS", "cloudwatch_log_group_arn": logs, "enabled": true},
				map[string]any{"log_type": "ES_APPLICATION_LOGS", "cloudwatch_log_group_arn": "arn:aws:logs:us-east-1:111122223333:log-group:os", "enabled": false},
			}},
			want: map[string]any{
				"AUDIT_LOGS":          map[string]any{"CloudWatchLogsLogGroupArn": logs, "Enabled": true},
				"ES_APPLICATION_LOGS": map[string]any{"CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:os", "Enabled": false},
			},
			paths: map[string]string{
				"LogPublishingOptions/ES_APPLICATION_LOGS":         "log_publishing_options/1",
				"LogPublishingOptions/ES_APPLICATION_LOGS/Enabled": "log_publishing_options/1/enabled",
				"LogPublishingOptions/AUDIT_LOGS/Enabled":          "log_publishing_options/0/enabled",
			},
		},
		{
			name: "an item without a known key is dropped",
			props: map[string]any{"log_publishing_options": []any{
				map[string]any{"log_type": model.Unknown{}, "enabled": true},
			}},
			want:  map[string]any{},
			paths: map[string]string{"LogPublishingOptions/0": ""},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := tf("aws_opensearch_domain.search", "aws_opensearch_domain", tc.props)
			if !Default().Apply(r) {
				t.Fatal("aws_opensearch_domain not mapped")
			}
			if diff := cmp.Diff(tc.want, r.Properties["LogPublishingOptions"]); diff != "" {
				t.Errorf("LogPublishingOptions (-want +got)\n%s", diff)
			}
			for cp, np := range tc.paths {
				if got := r.NativePaths[cp]; got != np {
					t.Errorf("%s from %q, want %q", cp, got, np)
				}
			}
		})
	}
}
