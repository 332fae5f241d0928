# METADATA
# title: SQS queue is not encrypted
# description: |
#   Messages of a queue without server-side encryption (SSE-SQS or SSE-KMS) are stored in the clear.
# custom:
#   id: AWS-SQS-001
#   severity: medium
#   resource_types: [AWS::SQS::Queue]
#   remediation: Enable SSE-SQS or set a KMS key.
#   terraform: |
#     resource "aws_sqs_queue" "jobs" {
#       sqs_managed_sse_enabled = true
#     }
#   cloudformation: |
#     Jobs:
#       Type: AWS::SQS::Queue
#       Properties:
#         SqsManagedSseEnabled: true
#   cis: []
#   fsbp: ["SQS.1"]
package iacvet.rules.sqs_encryption

import data.iacvet.lib

path := ["SqsManagedSseEnabled"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.empty(lib.get(r.properties, "KmsMasterKeyId", null))
	sse := lib.get(r.properties, "SqsManagedSseEnabled", null)
	lib.known(sse)
	lib.is_false(sse)
	msg := sprintf("SQS queue %s is not encrypted at rest", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.SqsManagedSseEnabled)
	msg := sprintf("SQS queue %s: encryption is known only after apply", [r.address])
}
