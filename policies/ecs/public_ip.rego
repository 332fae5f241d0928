# METADATA
# title: ECS service assigns public IP addresses to its tasks
# description: |
#   A service whose awsvpc network configuration sets AssignPublicIp to ENABLED gives every task an elastic network interface with a public IPv4 address, reachable from the internet wherever its security groups allow.
# custom:
#   id: AWS-ECS-060
#   severity: medium
#   resource_types: [AWS::ECS::Service]
#   remediation: Set AssignPublicIp (assign_public_ip) to DISABLED (false), run the tasks in private subnets and put a load balancer in front of them.
#   terraform: |
#     network_configuration {
#       subnets          = [aws_subnet.private.id]
#       security_groups  = [aws_security_group.app.id]
#       assign_public_ip = false
#     }
#   cloudformation: |
#     NetworkConfiguration:
#       AwsvpcConfiguration:
#         AssignPublicIp: DISABLED
#         Subnets: [!Ref PrivateSubnet]
#   cis: []
#   fsbp: ["ECS.2"]
package iacvet.rules.ecs_public_ip

import data.iacvet.lib

path := ["NetworkConfiguration", "AwsvpcConfiguration", "AssignPublicIp"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.type == "AWS::ECS::Service"
	enabled(lib.at(r.properties, path))
	msg := sprintf("ECS service %s gives its tasks public IP addresses", [r.address])
}

enabled(v) if lib.is_true(v)

enabled(v) if {
	is_string(v)
	upper(v) == "ENABLED"
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.type == "AWS::ECS::Service"
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("ECS service %s: whether its tasks get public IP addresses is known only after apply", [r.address])
}
