# METADATA
# title: Security group allows RDP from the internet
# description: Port 3389 (RDP) open to 0.0.0.0/0 or ::/0 exposes Windows hosts to brute-force and remote exploits.
# custom:
#   id: AWS-EC2-002
#   severity: high
#   resource_types: [AWS::EC2::SecurityGroup]
#   remediation: Restrict the ingress rule's source to known address ranges or security groups; reach hosts through a bastion, SSM Session Manager or a VPN instead.
#   terraform: |
#     ingress {
#       from_port   = 3389
#       to_port     = 3389
#       protocol    = "tcp"
#       cidr_blocks = ["10.0.0.0/16"]
#     }
#   cloudformation: |
#     SecurityGroupIngress:
#       - IpProtocol: tcp
#         FromPort: 3389
#         ToPort: 3389
#         CidrIp: 10.0.0.0/16
#   cis: ["5.2", "5.3"]
#   fsbp: ["EC2.14", "EC2.19", "EC2.53", "EC2.54"]
package iacvet.rules.ec2_sg_open_rdp

import data.iacvet.lib

# wanted are the [protocol, port] pairs the rule watches.
wanted := lib.rdp_ports

deny contains lib.finding(r, msg, ["SecurityGroupIngress", i, key]) if {
	some r in input.resources
	r.type == "AWS::EC2::SecurityGroup"
	[i, key, msg] := lib.port_deny(r, wanted, "RDP")
}

unknown contains lib.finding(r, msg, ["SecurityGroupIngress", i, key]) if {
	some r in input.resources
	r.type == "AWS::EC2::SecurityGroup"
	[i, key, msg] := lib.port_unknown(r, wanted, "RDP")
}
