# METADATA
# title: Security group allows database ports from the internet
# description: Database and cache ports (MySQL, PostgreSQL, SQL Server, Oracle, MongoDB, Redis, Memcached, Elasticsearch, Redshift) open to the internet let anyone attempt to log in or exploit the service.
# custom:
#   id: AWS-EC2-003
#   severity: critical
#   resource_types: [AWS::EC2::SecurityGroup]
#   remediation: Restrict the ingress rule's source to known address ranges or security groups; reach hosts through a bastion, SSM Session Manager or a VPN instead.
#   terraform: |
#     ingress {
#       from_port   = 3306
#       to_port     = 3306
#       protocol    = "tcp"
#       cidr_blocks = ["10.0.0.0/16"]
#     }
#   cloudformation: |
#     SecurityGroupIngress:
#       - IpProtocol: tcp
#         FromPort: 3306
#         ToPort: 3306
#         CidrIp: 10.0.0.0/16
#   cis: []
#   fsbp: ["EC2.19"]
package iacvet.rules.ec2_sg_open_database

import data.iacvet.lib

# wanted are the [protocol, port] pairs the rule watches.
wanted := lib.database_ports

deny contains lib.finding(r, msg, ["SecurityGroupIngress", i, key]) if {
	some r in input.resources
	r.type == "AWS::EC2::SecurityGroup"
	[i, key, msg] := lib.port_deny(r, wanted, "database and cache traffic")
}

unknown contains lib.finding(r, msg, ["SecurityGroupIngress", i, key]) if {
	some r in input.resources
	r.type == "AWS::EC2::SecurityGroup"
	[i, key, msg] := lib.port_unknown(r, wanted, "database and cache traffic")
}
