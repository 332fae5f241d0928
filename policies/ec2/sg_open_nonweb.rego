# METADATA
# title: Security group allows the internet to ports other than 80 and 443
# description: |
#   An ingress rule (or several whose ranges together cover the whole address space, such as
#   0.0.0.0/1 and 128.0.0.0/1) lets anyone on the internet reach a TCP or UDP port other than the
#   web ports TCP 80 and 443. One finding per group lists every open port range. SSH, RDP and database
#   ports are reported by AWS-EC2-001, 002 and 003, groups open on every port by AWS-EC2-004;
#   ICMP-only rules are not reported.
# custom:
#   id: AWS-EC2-060
#   severity: medium
#   resource_types: [AWS::EC2::SecurityGroup]
#   remediation: Open only TCP 80 and 443 to 0.0.0.0/0 and ::/0; allow other ports only from the address ranges or security groups that need them.
#   terraform: |
#     resource "aws_vpc_security_group_ingress_rule" "https" {
#       security_group_id = aws_security_group.web.id
#       ip_protocol       = "tcp"
#       from_port         = 443
#       to_port           = 443
#       cidr_ipv4         = "0.0.0.0/0"
#     }
#   cloudformation: |
#     SecurityGroupIngress:
#       - IpProtocol: tcp
#         FromPort: 443
#         ToPort: 443
#         CidrIp: 0.0.0.0/0
#   cis: []
#   fsbp: ["EC2.18"]
package iacvet.rules.ec2_sg_open_nonweb

import data.iacvet.lib

# allowed are the ports this rule leaves alone: the web ports, which may be
# open to the internet, and SSH, RDP and database ports, which AWS-EC2-001,
# 002 and 003 report on their own (one finding per cause).
allowed := {["tcp", 80], ["tcp", 443]} | lib.ssh_ports | lib.rdp_ports | lib.database_ports

deny contains lib.finding(r, msg, ["SecurityGroupIngress", i, key]) if {
	some r in input.resources
	r.type == "AWS::EC2::SecurityGroup"
	not lib.open_all(r)
	ranges := lib.open_ranges(r, allowed)
	count(ranges) > 0
	starts := {[proto, from] | some [proto, from, _] in ranges}
	[i, key] := lib.culprit(r, starts)
	msg := sprintf("security group %s allows ingress from the internet (%s) to %s: only TCP 80 and 443 should be open to everyone", [r.address, lib.source_list(lib.open_sources(r, starts)), lib.range_list(ranges)])
}
