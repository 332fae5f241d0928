# METADATA
# title: Amazon MQ broker is publicly accessible
# description: |
#   A publicly accessible broker has endpoints that resolve to public IP addresses, so anyone on
#   the internet can reach its console and messaging ports and try its credentials.
# custom:
#   id: AWS-MQ-060
#   severity: high
#   resource_types: [AWS::AmazonMQ::Broker]
#   remediation: Set PubliclyAccessible (publicly_accessible) to false and place the broker in private subnets.
#   terraform: |
#     resource "aws_mq_broker" "main" {
#       # ...
#       publicly_accessible = false
#       subnet_ids          = [aws_subnet.private.id]
#     }
#   cloudformation: |
#     Broker:
#       Type: AWS::AmazonMQ::Broker
#       Properties:
#         # ...
#         PubliclyAccessible: false
#         SubnetIds: [!Ref PrivateSubnet]
#   cis: []
#   fsbp: []
package iacvet.rules.mq_public

import data.iacvet.lib

deny contains lib.finding(r, msg, "PubliclyAccessible") if {
	some r in input.resources
	r.type == "AWS::AmazonMQ::Broker"
	lib.is_true(r.properties.PubliclyAccessible)
	msg := sprintf("Amazon MQ broker %s is publicly accessible", [r.address])
}

unknown contains lib.finding(r, msg, "PubliclyAccessible") if {
	some r in input.resources
	r.type == "AWS::AmazonMQ::Broker"
	r.has_unknown
	lib.is_unknown(r.properties.PubliclyAccessible)
	msg := sprintf("Amazon MQ broker %s: whether it is publicly accessible is known only after apply", [r.address])
}
