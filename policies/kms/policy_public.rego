# METADATA
# title: KMS key policy lets anyone use the key
# description: |
#   A key policy statement that allows principal * (or NotPrincipal) without a condition that restricts the caller (kms:CallerAccount, kms:ViaService, aws:PrincipalOrgID, aws:SourceAccount, ...) lets any AWS account use or manage the key.
# custom:
#   id: AWS-KMS-020
#   severity: critical
#   resource_types: [AWS::KMS::Key]
#   remediation: Grant the key to the account root and named roles, or restrict principal * with kms:CallerAccount and kms:ViaService.
#   terraform: |
#     resource "aws_kms_key" "app" {
#       description = "app"
#       enable_key_rotation = true
#       policy = jsonencode({
#         "Version": "2012-10-17",
#         "Statement": [
#           {
#             "Sid": "Admin",
#             "Effect": "Allow",
#             "Principal": {
#               "AWS": "arn:aws:iam::111122223333:root"
#             },
#             "Action": "kms:*",
#             "Resource": "*"
#           },
#           {
#             "Sid": "ViaS3",
#             "Effect": "Allow",
#             "Principal": {
#               "AWS": "*"
#             },
#             "Action": [
#               "kms:Decrypt",
#               "kms:DescribeKey"
#             ],
#             "Resource": "*",
#             "Condition": {
#               "StringEquals": {
#                 "kms:CallerAccount": "111122223333",
#                 "kms:ViaService": "s3.us-east-1.amazonaws.com"
#               }
#             }
#           }
#         ]
#       })
#     }
#   cloudformation: |
#     AppKey:
#       Type: AWS::KMS::Key
#       Properties:
#         Description: app
#         EnableKeyRotation: true
#         KeyPolicy:
#           Version: '2012-10-17'
#           Statement:
#           - Sid: Admin
#             Effect: Allow
#             Principal:
#               AWS: arn:aws:iam::111122223333:root
#             Action: kms:*
#             Resource: '*'
#           - Sid: ViaS3
#             Effect: Allow
#             Principal:
#               AWS: '*'
#             Action:
#             - kms:Decrypt
#             - kms:DescribeKey
#             Resource: '*'
#             Condition:
#               StringEquals:
#                 kms:CallerAccount: '111122223333'
#                 kms:ViaService: s3.us-east-1.amazonaws.com
#   cis: []
#   fsbp: ["KMS.5"]
package iacvet.rules.kms_policy_public

import data.iacvet.lib
import data.iacvet.lib.iam

# policy_types maps each resource type to its policy document property.
policy_types := {"AWS::KMS::Key": "KeyPolicy"}

deny contains lib.finding(r, msg, iam.statement_path([prop], doc, i)) if {
	some r in input.resources
	prop := policy_types[r.type]
	doc := r.properties[prop]
	indexes := iam.public_indexes(doc)
	count(indexes) > 0
	i := min(indexes)
	msg := sprintf("KMS key policy %s lets anyone in (%s) without a condition that restricts the caller", [r.address, iam.public_msg(doc)])
}

unknown contains lib.finding(r, msg, [prop]) if {
	some r in input.resources
	r.has_unknown
	prop := policy_types[r.type]
	iam.public_undecided(r.properties[prop])
	msg := sprintf("KMS key policy %s: whether it lets anyone in is known only after apply", [r.address])
}
