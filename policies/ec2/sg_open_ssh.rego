# METADATA
# title: Security group allows SSH from the internet
# description: Port 22 (SSH) open to 0.0.0.0/0 or ::/0 exposes hosts to brute-force and exploitation of SSH daemons.
# custom:
#   id: AWS-EC2-001
#   severity: high
#   resource_types: [AWS::EC2::SecurityGroup]
#   remediation: Restrict the ingress rule's source to known address ranges or security groups; reach hosts through a bastion, SSM Session Manager or a VPN instead.
#   terraform: |
#     ingress {
#       from_port   = 22
#       to_port     = 22
#       protocol    = "tcp"
#       cidr_blocks = ["10.0.0.0/16"]
#     }
#   cloudformation: |
#     SecurityGroupIngress:
#       - IpProtocol: tcp
#         FromPort: 22
#         ToPort: 22
#         CidrIp: 10.0.0.0/16
#   cis: ["5.2", "5.3"]
#   fsbp: ["EC2.19"]
package iacvet.rules.ec2_sg_open_ssh

import data.iacvet.lib

ports := {22}

deny contains lib.finding(r, msg, ["SecurityGroupIngress", i, key]) if {
	some r in input.resources
	some i, rule in r.properties.SecurityGroupIngress
	some key in lib.cidr_keys
	rule[key] in lib.open_cidrs
	[from, to] := lib.port_range(rule)
	some port in ports
	from <= port
	port <= to
	msg := sprintf("security group %s allows ingress from %s to port %d", [r.address, rule[key], port])
}

unknown contains lib.finding(r, msg, ["SecurityGroupIngress", i, key]) if {
	some r in input.resources
	r.has_unknown
	some i, rule in r.properties.SecurityGroupIngress
	some key in lib.cidr_keys
	lib.is_unknown(rule[key])
	[from, to] := lib.port_range(rule)
	some port in ports
	from <= port
	port <= to
	msg := sprintf("security group %s: the source range of the ingress rule to port %d is known only after apply", [r.address, port])
}
