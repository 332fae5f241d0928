# METADATA
# title: Default security group allows traffic
# description: |
#   Resources launched without a security group get their VPC's default security group. Rules on it
#   open unintended paths to and from those resources; the default group should have no rules at all.
# custom:
#   id: AWS-VPC-002
#   severity: medium
#   resource_types: [AWS::EC2::SecurityGroup, AWS::EC2::VPC]
#   remediation: |
#     Remove every ingress and egress rule from the default security group and give resources
#     their own least-privilege groups. In Terraform, manage the group with an empty
#     aws_default_security_group; in CloudFormation, add no rules to the VPC's DefaultSecurityGroup.
#   terraform: |
#     resource "aws_default_security_group" "default" {
#       vpc_id = aws_vpc.main.id
#       # no ingress or egress blocks: Terraform removes all rules
#     }
#   cloudformation: |
#     # Attach no AWS::EC2::SecurityGroupIngress or AWS::EC2::SecurityGroupEgress
#     # to !GetAtt Vpc.DefaultSecurityGroup; give resources their own groups.
#     WebSecurityGroup:
#       Type: AWS::EC2::SecurityGroup
#       Properties:
#         GroupDescription: web
#         VpcId: !Ref Vpc
#   cis: ["5.4"]
#   fsbp: ["EC2.2"]
package iacvet.rules.vpc_default_sg

import data.iacvet.lib

directions := ["SecurityGroupIngress", "SecurityGroupEgress"]

# vpcs are the addresses of the VPCs of the input: a security group rule
# whose group is a reference to a VPC is a rule on its default security group
# (!GetAtt Vpc.DefaultSecurityGroup, aws_vpc.main.default_security_group_id).
vpcs contains r.address if {
	some r in input.resources
	r.type == "AWS::EC2::VPC"
}

# default_group holds for the default security group: managed as such
# (aws_default_security_group, GroupName default) or reached through its VPC.
default_group(r) if r.properties.GroupName == "default"

default_group(r) if {
	v := r.properties.GroupId
	lib.is_unknown(v)
	some a in ref_addresses(v["$ref"])
	a in vpcs
}

ref_addresses(ref) := {ref, trimmed} if {
	is_string(ref)
	parts := split(ref, ".")
	trimmed := concat(".", array.slice(parts, 0, count(parts) - 1))
}

deny contains lib.finding(r, msg, [dir, i]) if {
	some r in input.resources
	r.type == "AWS::EC2::SecurityGroup"
	default_group(r)
	some dir in directions
	rules := object.get(r.properties, dir, [])
	is_array(rules)
	some i, rule in rules
	not placeholder(rule)
	msg := sprintf("default security group %s has %s rules: it should allow no traffic", [r.address, kind[dir]])
}

# placeholder holds for a rule that names no source or destination: no
# traffic can match it (AWS refuses such rules; the mapping makes none).
placeholder(rule) if {
	every k in peer_keys {
		object.get(rule, k, false) == false
	}
}

peer_keys := [
	"CidrIp", "CidrIpv6", "SourceSecurityGroupId", "SourceSecurityGroupName", "SourcePrefixListId",
	"DestinationSecurityGroupId", "DestinationPrefixListId",
]

kind := {"SecurityGroupIngress": "inbound", "SecurityGroupEgress": "outbound"}

unknown contains lib.finding(r, msg, [dir]) if {
	some r in input.resources
	r.has_unknown
	r.type == "AWS::EC2::SecurityGroup"
	default_group(r)
	some dir in directions
	lib.is_unknown(object.get(r.properties, dir, null))
	msg := sprintf("default security group %s: its %s rules are known only after apply", [r.address, kind[dir]])
}
