# METADATA
# title: DynamoDB table is not encrypted with a customer managed KMS key
# description: |
#   Every DynamoDB table is encrypted at rest; without an SSESpecification it uses an AWS owned key, and with SSEEnabled but no KMSMasterKeyId the AWS managed key aws/dynamodb. Neither lets you restrict who may decrypt the table in a key policy, audit each use in CloudTrail, or revoke access by disabling the key. Where data classification asks for it, use a customer managed key.
# custom:
#   id: AWS-DDB-040
#   severity: low
#   resource_types: [AWS::DynamoDB::Table]
#   remediation: Enable SSE with KMS and a customer managed key (kms_key_arn / KMSMasterKeyId).
#   terraform: |
#     resource "aws_dynamodb_table" "orders" {
#       server_side_encryption {
#         enabled     = true
#         kms_key_arn = aws_kms_key.dynamodb.arn
#       }
#     }
#   cloudformation: |
#     Orders:
#       Type: AWS::DynamoDB::Table
#       Properties:
#         SSESpecification:
#           SSEEnabled: true
#           SSEType: KMS
#           KMSMasterKeyId: !GetAtt DynamoKey.Arn
#   cis: []
#   fsbp: []
package iacvet.rules.dynamodb_cmk

import data.iacvet.lib

# aws_managed holds for an AWS managed key named by alias (alias/aws/...),
# alone or in an ARN.
aws_managed(k) if {
	is_string(k)
	contains(k, "alias/aws/")
}

sse(r) := lib.get(r.properties, "SSESpecification", {})

problem(r) := [["SSESpecification"], "uses an AWS owned key"] if {
	enabled := lib.get(sse(r), "SSEEnabled", false)
	lib.known(enabled)
	not lib.is_true(enabled)
} else := [["SSESpecification", "KMSMasterKeyId"], "uses the AWS managed key aws/dynamodb"] if {
	lib.missing(r, ["SSESpecification", "KMSMasterKeyId"])
} else := [["SSESpecification", "KMSMasterKeyId"], "uses the AWS managed key aws/dynamodb"] if {
	aws_managed(sse(r).KMSMasterKeyId)
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.whole(r)
	lib.known(sse(r))
	[path, why] := problem(r)
	msg := sprintf("DynamoDB table %s %s, not a customer managed KMS key", [r.address, why])
}

unknown contains lib.finding(r, msg, ["SSESpecification"]) if {
	some r in input.resources
	r.has_unknown
	some path in [["SSESpecification"], ["SSESpecification", "SSEEnabled"], ["SSESpecification", "KMSMasterKeyId"]]
	lib.unknown_at(r.properties, path)
	msg := sprintf("DynamoDB table %s: its encryption key is known only after apply", [r.address])
}
