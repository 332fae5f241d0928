# METADATA
# title: Attached security group is open to the internet on a sensitive port
# description: A security group that already exists in the account and is attached by this resource allows ingress from 0.0.0.0/0 or ::/0 to a remote administration or database port (22, 3389, 3306, 5432, 1433, 1521, 6379, 27017, 9200).
# custom:
#   id: AWS-LIVE-006
#   severity: high
#   resource_types: [AWS::EC2::Instance, AWS::EC2::LaunchTemplate, AWS::AutoScaling::LaunchConfiguration]
#   remediation: Attach a security group that admits these ports only from known ranges or other security groups, or restrict the existing group's rules.
#   terraform: |
#     resource "aws_security_group" "web" {
#       ingress {
#         from_port   = 22
#         to_port     = 22
#         protocol    = "tcp"
#         cidr_blocks = ["10.0.0.0/16"]
#       }
#     }
#   cloudformation: |
#     WebSecurityGroup:
#       Type: AWS::EC2::SecurityGroup
#       Properties:
#         SecurityGroupIngress:
#           - IpProtocol: tcp
#             FromPort: 22
#             ToPort: 22
#             CidrIp: 10.0.0.0/16
#   cis: ["5.2", "5.3"]
#   fsbp: ["EC2.19"]
package iacvet.rules.live_sg_open

import data.iacvet.lib
import data.iacvet.lib.live

sensitive_ports := {22, 3389, 3306, 5432, 1433, 1521, 6379, 27017, 9200}

deny contains lib.finding_with(r, msg, path, group.provenance) if {
	some [r, path, id] in live.group_refs
	region := live.region(r)
	group := data.aws.ec2.security_groups[region][id]
	not group.missing
	open := {p |
		some rule in group.ingress
		some key in lib.cidr_keys
		lib.open_cidr(rule[key])
		some p in sensitive_ports
		lib.covers_port(rule, p)
	}
	count(open) > 0
	msg := sprintf("security group %s (%s) attached here allows ingress from the internet to port %s", [id, object.get(group, "name", ""), concat(", ", [format_int(p, 10) | some p in sort(open)])])
}
