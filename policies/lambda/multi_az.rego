# METADATA
# title: VPC Lambda function runs in one availability zone
# description: |
#   A function attached to a VPC runs only in the zones of its subnets: with every subnet in one availability zone (or a single subnet), an outage of that zone stops the function. Subnets of the configuration count by their zone; other subnet ids count as zones of their own.
# custom:
#   id: AWS-LMB-080
#   severity: medium
#   resource_types: [AWS::Lambda::Function, AWS::EC2::Subnet]
#   remediation: Give VpcConfig (vpc_config) subnets in at least two availability zones.
#   terraform: |
#     resource "aws_lambda_function" "worker" {
#       # ...
#       vpc_config {
#         subnet_ids         = [aws_subnet.private_a.id, aws_subnet.private_b.id]
#         security_group_ids = [aws_security_group.worker.id]
#       }
#     }
#   cloudformation: |
#     Worker:
#       Type: AWS::Lambda::Function
#       Properties:
#         # ...
#         VpcConfig:
#           SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
#           SecurityGroupIds: [!Ref WorkerSecurityGroup]
#   cis: []
#   fsbp: ["Lambda.5"]
package iacvet.rules.lambda_multi_az

import data.iacvet.lib
import data.iacvet.lib.zones

path := ["VpcConfig", "SubnetIds"]

subnets(r) := v if {
	r.type == "AWS::Lambda::Function"
	v := lib.at(r.properties, path)
	v != null
	v != []
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := subnets(r)
	not zones.undecided(v)
	count(zones.keys(v)) < 2
	msg := sprintf("%s runs in a single availability zone of its VPC", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	v := subnets(r)
	zones.undecided(v)
	count(zones.keys(v)) < 2
	msg := sprintf("%s: the availability zones of its subnets are known only after apply", [r.address])
}
