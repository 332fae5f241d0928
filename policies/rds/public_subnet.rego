# METADATA
# title: RDS database is placed in a public subnet
# description: |
#   The DB subnet group of the instance or cluster holds a subnet whose route table sends the
#   internet (0.0.0.0/0 or ::/0) to an internet gateway, in the same configuration. A database in a
#   public subnet is one setting (PubliclyAccessible) or one security group rule away from the
#   internet, and RDS may move it to that subnet at any failover. DB subnet groups should hold
#   private subnets only. Subnets whose route tables are not in the configuration are not judged.
# custom:
#   id: AWS-RDS-060
#   severity: medium
#   resource_types: [AWS::RDS::DBInstance, AWS::RDS::DBCluster, AWS::RDS::DBSubnetGroup, AWS::EC2::Subnet, AWS::EC2::SubnetRouteTableAssociation, AWS::EC2::RouteTable, AWS::EC2::Route, AWS::EC2::InternetGateway]
#   remediation: Give the DB subnet group only private subnets (route tables without a route to an internet gateway; use a NAT gateway for outbound traffic).
#   terraform: |
#     resource "aws_db_subnet_group" "db" {
#       name       = "db"
#       subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]
#     }
#   cloudformation: |
#     DbSubnetGroup:
#       Type: AWS::RDS::DBSubnetGroup
#       Properties:
#         DBSubnetGroupDescription: private subnets only
#         SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
#   cis: []
#   fsbp: ["RDS.46"]
package iacvet.rules.rds_public_subnet

import data.iacvet.lib

groups := [r | some r in input.resources; r.type == "AWS::RDS::DBSubnetGroup"]

# group_public holds [key, public subnets described] for the subnet groups
# with public subnets, under every key that names them (address, literal
# name).
group_public contains [k, subnets] if {
	count(lib.public_subnets) > 0
	some g in groups
	subnets := {sprintf("%s (internet gateway %s)", [name, lib.subnet_gateway(s)]) |
		some s in g.properties.SubnetIds
		name := lib.public_subnet(s)
	}
	count(subnets) > 0
	some k in group_keys(g)
}

group_keys(g) := {g.address} | {n | n := g.properties.DBSubnetGroupName; is_string(n)}

deny contains lib.finding(r, msg, "DBSubnetGroupName") if {
	count(group_public) > 0
	some r in input.resources
	r.type in {"AWS::RDS::DBInstance", "AWS::RDS::DBCluster"}
	v := r.properties.DBSubnetGroupName
	subnets := [s | some k in lib.ref_keys(v); some [k2, set] in group_public; k2 == k; some s in set]
	count(subnets) > 0
	msg := sprintf("%s is placed in a DB subnet group with public subnets: %s", [r.address, concat(", ", sort({s | some s in subnets}))])
}
