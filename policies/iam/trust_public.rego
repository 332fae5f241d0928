# METADATA
# title: Role trust policy lets anyone assume the role
# description: |
#   A trust policy statement with principal * (or {"AWS": "*"}, or NotPrincipal) and no condition that restricts the caller (aws:PrincipalOrgID, aws:PrincipalArn, aws:PrincipalAccount, ...) lets every AWS account in the world assume the role and use its permissions.
# custom:
#   id: AWS-IAM-021
#   severity: critical
#   resource_types: [AWS::IAM::Role]
#   remediation: Name the accounts, roles or services that assume the role, or restrict principal * with aws:PrincipalOrgID.
#   terraform: |
#     resource "aws_iam_role" "ops" {
#       assume_role_policy = jsonencode({
#         Version   = "2012-10-17"
#         Statement = [{
#           Effect    = "Allow"
#           Principal = { AWS = "*" }
#           Action    = "sts:AssumeRole"
#           Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
#         }]
#       })
#     }
#   cloudformation: |
#     OpsRole:
#       Type: AWS::IAM::Role
#       Properties:
#         AssumeRolePolicyDocument:
#           Statement:
#             - Effect: Allow
#               Principal: {AWS: '*'}
#               Action: sts:AssumeRole
#               Condition:
#                 StringEquals: {aws:PrincipalOrgID: o-a1b2c3d4e5}
#   cis: []
#   fsbp: []
package iacvet.rules.iam_trust_public

import data.iacvet.lib
import data.iacvet.lib.iam

deny contains lib.finding(r, msg, iam.statement_path(["AssumeRolePolicyDocument"], doc, i)) if {
	some r in input.resources
	r.type == "AWS::IAM::Role"
	doc := r.properties.AssumeRolePolicyDocument
	indexes := iam.public_indexes(doc)
	count(indexes) > 0
	i := min(indexes)
	msg := sprintf("role %s can be assumed by anyone (%s)", [r.address, iam.public_msg(doc)])
}

unknown contains lib.finding(r, msg, ["AssumeRolePolicyDocument"]) if {
	some r in input.resources
	r.type == "AWS::IAM::Role"
	r.has_unknown
	iam.public_undecided(r.properties.AssumeRolePolicyDocument)
	msg := sprintf("role %s: whether anyone can assume it is known only after apply", [r.address])
}
