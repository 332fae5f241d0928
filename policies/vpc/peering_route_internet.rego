# METADATA
# title: Route sends the whole internet to a VPC peering connection
# description: |
#   A route for 0.0.0.0/0 or ::/0 (any range of prefix length 0) through a VPC peering
#   connection lets the subnets of the route table reach every address of the peer VPC and
#   makes the peer the path for all traffic without a more specific route. Peering routes should
#   name only the peer's CIDR ranges that need to be reached.
# custom:
#   id: AWS-VPC-061
#   severity: medium
#   resource_types: [AWS::EC2::Route, AWS::EC2::RouteTable]
#   remediation: Route only the peer VPC's CIDR blocks (or the specific subnets needed) through the peering connection.
#   terraform: |
#     resource "aws_route" "to_shared" {
#       route_table_id            = aws_route_table.app.id
#       destination_cidr_block    = "10.20.0.0/16"
#       vpc_peering_connection_id = aws_vpc_peering_connection.shared.id
#     }
#   cloudformation: |
#     ToShared:
#       Type: AWS::EC2::Route
#       Properties:
#         RouteTableId: !Ref AppRouteTable
#         DestinationCidrBlock: 10.20.0.0/16
#         VpcPeeringConnectionId: !Ref SharedPeering
#   cis: ["5.5"]
#   fsbp: []
package iacvet.rules.vpc_peering_route_internet

import data.iacvet.lib

dest_keys := ["DestinationCidrBlock", "DestinationIpv6CidrBlock"]

peering(route) if not lib.empty(lib.get(route, "VpcPeeringConnectionId", ""))

deny contains lib.finding(r, msg, k) if {
	some r in input.resources
	r.type == "AWS::EC2::Route"
	peering(r.properties)
	some k in dest_keys
	lib.internet_cidr(r.properties[k])
	msg := sprintf("route %s sends %s to a VPC peering connection", [r.address, trim_space(r.properties[k])])
}

deny contains lib.finding(r, msg, ["Routes", i, k]) if {
	some r in input.resources
	r.type == "AWS::EC2::RouteTable"
	some i, route in r.properties.Routes
	peering(route)
	some k in dest_keys
	lib.internet_cidr(route[k])
	msg := sprintf("route table %s sends %s to a VPC peering connection", [r.address, trim_space(route[k])])
}
