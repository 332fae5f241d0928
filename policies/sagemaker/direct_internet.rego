# METADATA
# title: SageMaker notebook instance has direct internet access
# description: |
#   A notebook instance with direct internet access (AWS's default when DirectInternetAccess is not set) reaches and is reached through SageMaker's own network, outside the controls of your VPC, so data can leave it unchecked.
# custom:
#   id: AWS-SGM-060
#   severity: medium
#   resource_types: [AWS::SageMaker::NotebookInstance]
#   remediation: Set DirectInternetAccess (direct_internet_access) to Disabled and give the instance a subnet (with a NAT gateway or VPC endpoints for what it needs).
#   terraform: |
#     resource "aws_sagemaker_notebook_instance" "lab" {
#       # ...
#       subnet_id              = aws_subnet.private.id
#       security_groups        = [aws_security_group.lab.id]
#       direct_internet_access = "Disabled"
#     }
#   cloudformation: |
#     Lab:
#       Type: AWS::SageMaker::NotebookInstance
#       Properties:
#         # ...
#         SubnetId: !Ref PrivateSubnet
#         SecurityGroupIds: [!Ref LabSecurityGroup]
#         DirectInternetAccess: Disabled
#   cis: []
#   fsbp: ["SageMaker.1"]
package iacvet.rules.sagemaker_direct_internet

import data.iacvet.lib

deny contains lib.finding(r, msg, "DirectInternetAccess") if {
	some r in input.resources
	r.type == "AWS::SageMaker::NotebookInstance"
	enabled(r)
	msg := sprintf("SageMaker notebook instance %s has direct internet access", [r.address])
}

enabled(r) if {
	v := r.properties.DirectInternetAccess
	is_string(v)
	lower(v) == "enabled"
}

enabled(r) if lib.missing(r, ["DirectInternetAccess"])

unknown contains lib.finding(r, msg, "DirectInternetAccess") if {
	some r in input.resources
	r.type == "AWS::SageMaker::NotebookInstance"
	r.has_unknown
	lib.is_unknown(r.properties.DirectInternetAccess)
	msg := sprintf("SageMaker notebook instance %s: whether it has direct internet access is known only after apply", [r.address])
}
