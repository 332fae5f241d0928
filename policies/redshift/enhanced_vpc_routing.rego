# METADATA
# title: Redshift cluster does not use enhanced VPC routing
# description: |
#   Without enhanced VPC routing (off unless EnhancedVpcRouting is true), COPY and UNLOAD traffic between the cluster and its data stores goes outside the VPC, beyond the reach of its security groups, network ACLs, VPC endpoint policies and flow logs.
# custom:
#   id: AWS-RS-004
#   severity: medium
#   resource_types: [AWS::Redshift::Cluster]
#   remediation: Set EnhancedVpcRouting (enhanced_vpc_routing) to true, and give the VPC an S3 gateway endpoint or a NAT route.
#   terraform: |
#     resource "aws_redshift_cluster" "warehouse" {
#       # ...
#       enhanced_vpc_routing = true
#     }
#   cloudformation: |
#     Warehouse:
#       Type: AWS::Redshift::Cluster
#       Properties:
#         # ...
#         EnhancedVpcRouting: true
#   cis: []
#   fsbp: ["Redshift.7"]
package iacvet.rules.redshift_enhanced_vpc_routing

import data.iacvet.lib

path := ["EnhancedVpcRouting"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s routes COPY and UNLOAD traffic outside its VPC", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s routes COPY and UNLOAD traffic outside its VPC (EnhancedVpcRouting is not set)", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it uses enhanced VPC routing is known only after apply", [r.address])
}
