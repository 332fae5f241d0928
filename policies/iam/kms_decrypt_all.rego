# METADATA
# title: IAM policy allows decrypting with every KMS key
# description: |
#   An Allow statement that grants kms:Decrypt or kms:ReEncryptFrom on Resource "*" lets its principals decrypt data encrypted under any key of the account, and of other accounts whose key policies trust it, instead of the keys their job uses. Statements limited by kms:ViaService, an encryption context or key tags are not reported; statements that grant every action on every resource are AWS-IAM-001's.
# custom:
#   id: AWS-IAM-026
#   severity: medium
#   resource_types: [AWS::IAM::ManagedPolicy, AWS::IAM::Policy, AWS::IAM::Role, AWS::IAM::User, AWS::IAM::Group]
#   remediation: Name the key ARNs in Resource, or limit the statement with kms:ViaService or key tags.
#   terraform: |
#     resource "aws_iam_policy" "reader" {
#       name = "reader"
#       policy = jsonencode({
#         Version = "2012-10-17"
#         Statement = [{
#           Effect   = "Allow"
#           Action   = "kms:Decrypt"
#           Resource = aws_kms_key.reports.arn
#         }]
#       })
#     }
#   cloudformation: |
#     Reader:
#       Type: AWS::IAM::ManagedPolicy
#       Properties:
#         PolicyDocument:
#           Version: '2012-10-17'
#           Statement:
#             - Effect: Allow
#               Action: kms:Decrypt
#               Resource: !GetAtt ReportsKey.Arn
#   cis: []
#   fsbp: ["KMS.1", "KMS.2"]
package iacvet.rules.iam_kms_decrypt_all

import data.iacvet.lib
import data.iacvet.lib.iam

decrypt_actions := ["kms:Decrypt", "kms:ReEncryptFrom"]

# restricted holds for statements whose conditions limit which keys, or
# through which service, they decrypt with.
restricted(s) if {
	some op, conds in s.Condition
	not endswith(lower(op), "ifexists")
	some k, _ in conds
	restricting_key(lower(k))
}

restricting_key("kms:viaservice")

restricting_key(k) if startswith(k, "kms:encryptioncontext")

restricting_key(k) if startswith(k, "aws:resourcetag/")

decrypts_any(s) := {a |
	some a in decrypt_actions
	iam.allows_action(s, a)
	iam.all_resources(s)
	not restricted(s)
	not everything(s)
}

everything(s) if {
	iam.all_actions(s)
	iam.all_resources(s)
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	found := {[p, a] |
		some [p, s] in iam.policy_statements(r)
		some a in decrypts_any(s)
	}
	count(found) > 0
	path := min({p | some [p, _] in found})
	msg := sprintf("%s allows %s on every KMS key", [r.address, concat(" and ", sort({a | some [_, a] in found}))])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	some path in iam.undecided_policies(r)
	msg := sprintf("%s: the policy document is known only after apply", [r.address])
}
