# METADATA
# title: Instance type not offered in the region
# description: The instance type exists but is not offered in the region the resource is deployed to (EC2 DescribeInstanceTypeOfferings), so launching it fails.
# custom:
#   id: AWS-LIVE-002
#   severity: high
#   resource_types: [AWS::EC2::Instance, AWS::EC2::LaunchTemplate, AWS::AutoScaling::LaunchConfiguration, AWS::AutoScaling::AutoScalingGroup]
#   remediation: Pick an instance type offered in the region (aws ec2 describe-instance-type-offerings --location-type region --region <region>), or deploy to a region that offers it.
#   terraform: |
#     resource "aws_instance" "web" {
#       instance_type = "m7i.large" # offered in this region
#     }
#   cloudformation: |
#     Web:
#       Type: AWS::EC2::Instance
#       Properties:
#         InstanceType: m7i.large
package iacvet.rules.live_instance_type_region

import data.iacvet.lib
import data.iacvet.lib.live

deny contains lib.finding_with(r, msg, path, data.aws.provenance.ec2.offerings[region].region) if {
	some [r, path, t] in live.type_refs
	region := live.region(r)
	offered := data.aws.ec2.offerings[region].region
	live.exists(t)
	not offered[t]
	msg := sprintf("instance type %q is not offered in region %s", [t, region])
}
