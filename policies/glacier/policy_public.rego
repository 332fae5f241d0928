# METADATA
# title: Glacier vault access policy lets anyone in
# description: |
#   A vault access policy statement that allows principal * (or NotPrincipal) without a condition that restricts the caller lets any AWS account retrieve or delete the vault's archives.
# custom:
#   id: AWS-GLACIER-020
#   severity: high
#   resource_types: [AWS::Glacier::Vault]
#   remediation: Name the accounts that use the vault, or restrict principal * with aws:PrincipalOrgID.
#   terraform: |
#     resource "aws_glacier_vault" "archive" {
#       name = "archive"
#       access_policy = jsonencode({
#         "Version": "2012-10-17",
#         "Statement": [
#           {
#             "Sid": "Retrieve",
#             "Effect": "Allow",
#             "Principal": "*",
#             "Action": [
#               "glacier:InitiateJob",
#               "glacier:GetJobOutput"
#             ],
#             "Resource": "arn:aws:glacier:us-east-1:111122223333:vaults/archive",
#             "Condition": {
#               "StringEquals": {
#                 "aws:PrincipalAccount": [
#                   "111122223333",
#                   "444455556666"
#                 ]
#               }
#             }
#           }
#         ]
#       })
#     }
#   cloudformation: |
#     Archive:
#       Type: AWS::Glacier::Vault
#       Properties:
#         VaultName: archive
#         AccessPolicy:
#           Version: '2012-10-17'
#           Statement:
#           - Sid: Retrieve
#             Effect: Allow
#             Principal: '*'
#             Action:
#             - glacier:InitiateJob
#             - glacier:GetJobOutput
#             Resource: arn:aws:glacier:us-east-1:111122223333:vaults/archive
#             Condition:
#               StringEquals:
#                 aws:PrincipalAccount:
#                 - '111122223333'
#                 - '444455556666'
#   cis: []
#   fsbp: []
package iacvet.rules.glacier_policy_public

import data.iacvet.lib
import data.iacvet.lib.iam

# policy_types maps each resource type to its policy document property.
policy_types := {"AWS::Glacier::Vault": "AccessPolicy"}

deny contains lib.finding(r, msg, iam.statement_path([prop], doc, i)) if {
	some r in input.resources
	prop := policy_types[r.type]
	doc := r.properties[prop]
	indexes := iam.public_indexes(doc)
	count(indexes) > 0
	i := min(indexes)
	msg := sprintf("Glacier vault access policy %s lets anyone in (%s) without a condition that restricts the caller", [r.address, iam.public_msg(doc)])
}

unknown contains lib.finding(r, msg, [prop]) if {
	some r in input.resources
	r.has_unknown
	prop := policy_types[r.type]
	iam.public_undecided(r.properties[prop])
	msg := sprintf("Glacier vault access policy %s: whether it lets anyone in is known only after apply", [r.address])
}
