# METADATA
# title: Referenced security group does not exist
# description: The resource attaches a security group id that does not exist in its region (EC2 DescribeSecurityGroups), so the apply fails or the instance runs without the intended rules.
# custom:
#   id: AWS-LIVE-005
#   severity: high
#   resource_types: [AWS::EC2::Instance, AWS::EC2::LaunchTemplate, AWS::AutoScaling::LaunchConfiguration]
#   remediation: Reference an existing security group, preferably by its resource in the same configuration instead of a hard-coded id.
#   terraform: |
#     resource "aws_instance" "web" {
#       vpc_security_group_ids = [aws_security_group.web.id]
#     }
#   cloudformation: |
#     Web:
#       Type: AWS::EC2::Instance
#       Properties:
#         SecurityGroupIds:
#           - !Ref WebSecurityGroup
package iacvet.rules.live_sg_missing

import data.iacvet.lib
import data.iacvet.lib.live

deny contains lib.finding_with(r, msg, path, group.provenance) if {
	some [r, path, id] in live.group_refs
	region := live.region(r)
	group := data.aws.ec2.security_groups[region][id]
	group.missing == true
	msg := sprintf("security group %s does not exist in region %s", [id, region])
}
