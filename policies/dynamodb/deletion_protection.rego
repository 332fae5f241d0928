# METADATA
# title: DynamoDB table has no deletion protection
# description: |
#   A table without deletion protection is lost to one mistaken delete call or a replacement in a plan.
# custom:
#   id: AWS-DDB-002
#   severity: low
#   resource_types: [AWS::DynamoDB::Table]
#   remediation: Enable deletion protection.
#   terraform: |
#     resource "aws_dynamodb_table" "orders" {
#       deletion_protection_enabled = true
#     }
#   cloudformation: |
#     Orders:
#       Type: AWS::DynamoDB::Table
#       Properties:
#         DeletionProtectionEnabled: true
#   cis: []
#   fsbp: ["DynamoDB.6"]
package iacvet.rules.dynamodb_deletion_protection

import data.iacvet.lib

path := ["DeletionProtectionEnabled"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s can be deleted without turning off deletion protection", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s can be deleted without turning off deletion protection", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
