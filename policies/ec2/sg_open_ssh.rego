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
#   fsbp: ["EC2.13", "EC2.19", "EC2.53", "EC2.54"]
package iacvet.rules.ec2_sg_open_ssh

import data.iacvet.lib

# wanted are the [protocol, port] pairs the rule watches.
wanted := lib.ssh_ports

deny contains lib.finding(r, msg, ["SecurityGroupIngress", i, key]) if {
	some r in input.resources
	r.type == "AWS::EC2::SecurityGroup"
	[i, key, msg] := lib.port_deny(r, wanted, "SSH")
}

unknown contains lib.finding(r, msg, ["SecurityGroupIngress", i, key]) if {
	some r in input.resources
	r.type == "AWS::EC2::SecurityGroup"
	[i, key, msg] := lib.port_unknown(r, wanted, "SSH")
}
