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
#   fsbp: ["EC2.18", "EC2.19", "EC2.53", "EC2.54"]
package iacvet.rules.ec2_sg_open_all

import data.iacvet.lib

deny contains lib.finding(r, msg, ["SecurityGroupIngress", i, key]) if {
	some r in input.resources
	r.type == "AWS::EC2::SecurityGroup"
	lib.open_all(r)
	[i, key] := culprit(r)
	msg := sprintf("security group %s allows all traffic from the internet (%s)", [r.address, lib.source_list(lib.internet_sources(lib.all_ports_sources(r)))])
}

# culprit is the first all-ports rule whose own range is the internet, else
# the first all-ports rule with a range.
culprit(r) := sort(direct)[0] if {
	direct := [[i, key] |
		some i, rule in lib.ingress(r)
		lib.all_ports_rule(rule)
		some key in lib.cidr_keys
		lib.internet_cidr(rule[key])
	]
	count(direct) > 0
} else := sort([[i, key] |
	some i, rule in lib.ingress(r)
	lib.all_ports_rule(rule)
	some key in lib.cidr_keys
	lib.cidr(rule[key])
])[0]

unknown contains lib.finding(r, msg, ["SecurityGroupIngress", i, key]) if {
	some r in input.resources
	r.type == "AWS::EC2::SecurityGroup"
	r.has_unknown
	lib.undecided_all(r)
	[i, key] := sort([[i, key] |
		some i, rule in lib.ingress(r)
		lib.all_ports_rule(rule)
		some key in lib.cidr_keys
		lib.is_unknown(rule[key])
	])[0]
	msg := sprintf("security group %s: the source range of a rule allowing all traffic is known only after apply", [r.address])
}
