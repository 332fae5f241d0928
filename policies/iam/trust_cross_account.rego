# METADATA
# title: Role trust policy lets another account assume the role without an external id or MFA
# description: |
#   A trust policy statement that lets an AWS account (or a principal of it) named by id call sts:AssumeRole without a sts:ExternalId condition (third parties: the confused deputy problem) or an aws:MultiFactorAuthPresent condition (people) lets anyone who controls that account assume the role.
# custom:
#   id: AWS-IAM-020
#   severity: medium
#   resource_types: [AWS::IAM::Role]
#   remediation: Require sts:ExternalId for third-party accounts, or aws:MultiFactorAuthPresent for people who assume the role.
#   terraform: |
#     data "aws_iam_policy_document" "vendor" {
#       statement {
#         actions = ["sts:AssumeRole"]
#         principals {
#           type        = "AWS"
#           identifiers = ["arn:aws:iam::444455556666:root"]
#         }
#         condition {
#           test     = "StringEquals"
#           variable = "sts:ExternalId"
#           values   = ["d2f9c1e0-vendor"]
#         }
#       }
#     }
#   cloudformation: |
#     VendorRole:
#       Type: AWS::IAM::Role
#       Properties:
#         AssumeRolePolicyDocument:
#           Statement:
#             - Effect: Allow
#               Principal: {AWS: arn:aws:iam::444455556666:root}
#               Action: sts:AssumeRole
#               Condition:
#                 StringEquals: {sts:ExternalId: d2f9c1e0-vendor}
#   cis: []
#   fsbp: []
package iacvet.rules.iam_trust_cross_account

import data.iacvet.lib
import data.iacvet.lib.iam

guard_keys := ["sts:ExternalId", "aws:MultiFactorAuthPresent", "aws:MultiFactorAuthAge"]

guarded(s) if {
	some k in guard_keys
	iam.tests_key(s, k)
}

# cross_account yields [index, accounts] for trust statements that let
# principals of accounts named by id assume the role unguarded.
cross_account(r) := {[i, accounts] |
	some [i, s] in iam.trust_statements(r)
	iam.allows_action(s, "sts:AssumeRole")
	not iam.public_principal(s)
	not guarded(s)
	accounts := {a | some v in iam.aws_principals(s); a := iam.account_id(v)}
	count(accounts) > 0
}

deny contains lib.finding(r, msg, ["AssumeRolePolicyDocument", "Statement", i]) if {
	some r in input.resources
	found := cross_account(r)
	count(found) > 0
	i := min({j | some [j, _] in found})
	accounts := sort({a | some [_, accts] in found; some a in accts})
	msg := sprintf("role %s lets account %s assume it without sts:ExternalId or MFA", [r.address, concat(", ", accounts)])
}

unknown contains lib.finding(r, msg, ["AssumeRolePolicyDocument"]) if {
	some r in input.resources
	r.type == "AWS::IAM::Role"
	r.has_unknown
	iam.undecided_document(r.properties.AssumeRolePolicyDocument)
	msg := sprintf("role %s: the trust policy is known only after apply", [r.address])
}
