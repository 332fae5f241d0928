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

ports := {3306, 5432, 1433, 1521, 27017, 6379, 11211, 9200, 5439}

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
