package iacvet.rules.rds_public_subnet_test

import data.iacvet.rules.rds_public_subnet

res(addr, typ, props) := {"address": addr, "type": typ, "properties": props}

network := [
	res("Igw", "AWS::EC2::InternetGateway", {}),
	res("PublicSubnet", "AWS::EC2::Subnet", {}),
	res("PrivateSubnet", "AWS::EC2::Subnet", {}),
	res("PublicRoutes", "AWS::EC2::RouteTable", {}),
	res("DefaultRoute", "AWS::EC2::Route", {"RouteTableId": {"$ref": "PublicRoutes"}, "DestinationCidrBlock": "0.0.0.0/0", "GatewayId": {"$ref": "Igw"}}),
	res("PublicAssoc", "AWS::EC2::SubnetRouteTableAssociation", {"SubnetId": {"$ref": "PublicSubnet"}, "RouteTableId": {"$ref": "PublicRoutes"}}),
]

test_fail if {
	findings := rds_public_subnet.deny with input as {"resources": array.concat(network, [
		res("Group", "AWS::RDS::DBSubnetGroup", {"SubnetIds": [{"$ref": "PublicSubnet"}, {"$ref": "PrivateSubnet"}]}),
		res("Db", "AWS::RDS::DBInstance", {"DBSubnetGroupName": {"$ref": "Group"}}),
	])}
	count(findings) == 1
	some f in findings
	f.msg == "Db is placed in a DB subnet group with public subnets: PublicSubnet (internet gateway Igw)"
}

test_fail_cluster_by_name if {
	count(rds_public_subnet.deny) == 1 with input as {"resources": array.concat(network, [
		res("Group", "AWS::RDS::DBSubnetGroup", {"DBSubnetGroupName": "db", "SubnetIds": [{"$ref": "PublicSubnet"}]}),
		res("Aurora", "AWS::RDS::DBCluster", {"DBSubnetGroupName": "db"}),
	])}
}

test_pass_private if {
	count(rds_public_subnet.deny) == 0 with input as {"resources": array.concat(network, [
		res("Group", "AWS::RDS::DBSubnetGroup", {"SubnetIds": [{"$ref": "PrivateSubnet"}, "subnet-0abc"]}),
		res("Db", "AWS::RDS::DBInstance", {"DBSubnetGroupName": {"$ref": "Group"}}),
		res("Other", "AWS::RDS::DBInstance", {}),
	])}
}
