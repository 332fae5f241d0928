package iacvet.rules.ec2_instance_public_subnet_test

import data.iacvet.rules.ec2_instance_public_subnet

res(addr, typ, props) := {"address": addr, "type": typ, "properties": props}

network(map_public) := [
	res("aws_internet_gateway.gw", "AWS::EC2::InternetGateway", {}),
	res("aws_subnet.public", "AWS::EC2::Subnet", {"MapPublicIpOnLaunch": map_public}),
	res("aws_route_table.public", "AWS::EC2::RouteTable", {"Routes": [{"DestinationCidrBlock": "0.0.0.0/0", "GatewayId": {"$ref": "aws_internet_gateway.gw.id"}}]}),
	res("aws_route_table_association.public", "AWS::EC2::SubnetRouteTableAssociation", {"SubnetId": {"$ref": "aws_subnet.public.id"}, "RouteTableId": {"$ref": "aws_route_table.public.id"}}),
]

test_fail_explicit if {
	findings := ec2_instance_public_subnet.deny with input as {"resources": array.concat(network(false), [res("aws_instance.web", "AWS::EC2::Instance", {"SubnetId": {"$ref": "aws_subnet.public.id"}, "AssociatePublicIpAddress": true})])}
	count(findings) == 1
	some f in findings
	f.msg == "instance aws_instance.web has a public IP address in public subnet aws_subnet.public (internet gateway aws_internet_gateway.gw)"
}

test_fail_from_subnet if {
	count(ec2_instance_public_subnet.deny) == 1 with input as {"resources": array.concat(network(true), [res("aws_instance.web", "AWS::EC2::Instance", {"SubnetId": {"$ref": "aws_subnet.public.id"}})])}
}

test_fail_interface if {
	count(ec2_instance_public_subnet.deny) == 1 with input as {"resources": array.concat(network(false), [res("Web", "AWS::EC2::Instance", {"NetworkInterfaces": [{"DeviceIndex": "0", "SubnetId": {"$ref": "aws_subnet.public.id"}, "AssociatePublicIpAddress": "true"}]})])}
}

test_pass_opted_out if {
	count(ec2_instance_public_subnet.deny) == 0 with input as {"resources": array.concat(network(true), [res("aws_instance.web", "AWS::EC2::Instance", {"SubnetId": {"$ref": "aws_subnet.public.id"}, "AssociatePublicIpAddress": false})])}
}

test_pass_no_public_ip if {
	count(ec2_instance_public_subnet.deny) == 0 with input as {"resources": array.concat(network(false), [res("aws_instance.web", "AWS::EC2::Instance", {"SubnetId": {"$ref": "aws_subnet.public.id"}})])}
}

test_pass_subnet_unknown_routes if {
	count(ec2_instance_public_subnet.deny) == 0 with input as {"resources": [res("aws_instance.web", "AWS::EC2::Instance", {"SubnetId": "subnet-0abc", "AssociatePublicIpAddress": true})]}
}
