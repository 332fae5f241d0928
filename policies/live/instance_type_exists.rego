# METADATA
# title: Instance type does not exist
# description: The instance type is not one AWS offers anywhere (checked against the AWS SDK's list of instance types and the live offerings), so the apply fails.
# custom:
#   id: AWS-LIVE-001
#   severity: high
#   resource_types: [AWS::EC2::Instance, AWS::EC2::LaunchTemplate, AWS::AutoScaling::LaunchConfiguration, AWS::AutoScaling::AutoScalingGroup]
#   remediation: Use an existing instance type (aws ec2 describe-instance-types lists them); check the spelling of family, generation and size.
#   terraform: |
#     resource "aws_instance" "web" {
#       instance_type = "t3.micro"
#     }
#   cloudformation: |
#     Web:
#       Type: AWS::EC2::Instance
#       Properties:
#         InstanceType: t3.micro
package iacvet.rules.live_instance_type_exists

import data.iacvet.lib
import data.iacvet.lib.live

deny contains lib.finding_with(r, msg, path, data.aws.provenance.ec2.instance_types) if {
	some [r, path, t] in live.type_refs
	data.aws.ec2.instance_types
	not data.aws.ec2.instance_types[t]
	msg := sprintf("instance type %q does not exist", [t])
}
