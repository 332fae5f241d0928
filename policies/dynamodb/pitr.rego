# METADATA
# title: DynamoDB table has no point-in-time recovery
# description: |
#   Without point-in-time recovery a table cannot be restored to a moment before accidental writes or deletes.
# custom:
#   id: AWS-DDB-001
#   severity: medium
#   resource_types: [AWS::DynamoDB::Table]
#   remediation: Enable point-in-time recovery.
#   terraform: |
#     resource "aws_dynamodb_table" "orders" {
#       point_in_time_recovery {
#         enabled = true
#       }
#     }
#   cloudformation: |
#     Orders:
#       Type: AWS::DynamoDB::Table
#       Properties:
#         PointInTimeRecoverySpecification:
#           PointInTimeRecoveryEnabled: true
#   cis: []
#   fsbp: ["DynamoDB.2"]
package iacvet.rules.dynamodb_pitr

import data.iacvet.lib

path := ["PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s has no point-in-time recovery", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s has no point-in-time recovery", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
