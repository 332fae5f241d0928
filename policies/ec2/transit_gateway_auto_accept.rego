# METADATA
# title: Transit gateway accepts shared VPC attachments automatically
# description: |
#   With AutoAcceptSharedAttachments enabled, any account the transit gateway is shared with can attach a VPC to it without review and route traffic into the networks behind it.
# custom:
#   id: AWS-EC2-063
#   severity: medium
#   resource_types: [AWS::EC2::TransitGateway]
#   remediation: Set AutoAcceptSharedAttachments (auto_accept_shared_attachments) to disable and accept attachment requests one by one.
#   terraform: |
#     resource "aws_ec2_transit_gateway" "hub" {
#       auto_accept_shared_attachments = "disable"
#     }
#   cloudformation: |
#     Hub:
#       Type: AWS::EC2::TransitGateway
#       Properties:
#         AutoAcceptSharedAttachments: disable
#   cis: []
#   fsbp: ["EC2.23"]
package iacvet.rules.ec2_transit_gateway_auto_accept

import data.iacvet.lib

deny contains lib.finding(r, msg, "AutoAcceptSharedAttachments") if {
	some r in input.resources
	r.type == "AWS::EC2::TransitGateway"
	v := r.properties.AutoAcceptSharedAttachments
	is_string(v)
	lower(v) == "enable"
	msg := sprintf("transit gateway %s accepts VPC attachments from the accounts it is shared with automatically", [r.address])
}

unknown contains lib.finding(r, msg, "AutoAcceptSharedAttachments") if {
	some r in input.resources
	r.type == "AWS::EC2::TransitGateway"
	r.has_unknown
	lib.is_unknown(r.properties.AutoAcceptSharedAttachments)
	msg := sprintf("transit gateway %s: whether it accepts shared attachments automatically is known only after apply", [r.address])
}
