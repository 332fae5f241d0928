# METADATA
# title: Security group allows all traffic from the internet
# description: An ingress rule for every protocol and port from 0.0.0.0/0 or ::/0 exposes every service on the attached resources.
# custom:
#   id: AWS-EC2-004
#   severity: critical
#   resource_types: [AWS::EC2::SecurityGroup]
#   remediation: Allow only the ports the workload serves, from the address ranges that need them.
#   terraform: |
#     ingress {
#       from_port   = 443
#       to_port     = 443
#       protocol    = "tcp"
#       cidr_blocks = ["0.0.0.0/0"]
#     }
#   cloudformation: |
#     SecurityGroupIngress:
#       - IpProtocol: tcp
#         FromPort: 443
#         ToPort: 443
#         CidrIp: 0.0.0.0/0
#   cis: ["5.2", "5.3"]
#   fsbp: ["EC2.18"]
package iacvet.rules.ec2_sg_open_all

import data.iacvet.lib

deny contains lib.finding(r, msg, ["SecurityGroupIngress", i, key]) if {
	some r in input.resources
	some i, rule in r.properties.SecurityGroupIngress
	some key in lib.cidr_keys
	rule[key] in lib.open_cidrs
	all_ports(rule)
	msg := sprintf("security group %s allows all traffic from %s", [r.address, rule[key]])
}

all_ports(rule) if lib.all_protocols(rule)

all_ports(rule) if {
	lib.protocol(rule) in {"tcp", "6"}
	[from, to] := lib.port_range(rule)
	from <= 0
	to >= 65535
}

unknown contains lib.finding(r, msg, ["SecurityGroupIngress", i, key]) if {
	some r in input.resources
	r.has_unknown
	some [i, rule, key] in lib.unknown_ingress(r)
	all_ports(rule)
	msg := sprintf("security group %s: the source range of a rule allowing all traffic is known only after apply", [r.address])
}
