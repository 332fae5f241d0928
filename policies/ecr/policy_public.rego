# METADATA
# title: ECR repository policy lets anyone pull or push images
# description: |
#   A repository policy statement that allows principal * (or NotPrincipal) without a condition that restricts the caller (aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceVpce, ...) lets any AWS account pull the repository's images, or push to it.
# custom:
#   id: AWS-ECR-020
#   severity: high
#   resource_types: [AWS::ECR::Repository]
#   remediation: Name the accounts that pull, or restrict principal * with aws:PrincipalOrgID.
#   terraform: |
#     resource "aws_ecr_repository_policy" "app" {
#       repository = "app"
#       policy = jsonencode({
#         "Version": "2012-10-17",
#         "Statement": [
#           {
#             "Sid": "OrgPull",
#             "Effect": "Allow",
#             "Principal": "*",
#             "Action": [
#               "ecr:BatchGetImage",
#               "ecr:GetDownloadUrlForLayer"
#             ],
#             "Resource": "*",
#             "Condition": {
#               "StringEquals": {
#                 "aws:PrincipalOrgID": "o-a1b2c3d4e5"
#               }
#             }
#           }
#         ]
#       })
#     }
#   cloudformation: |
#     App:
#       Type: AWS::ECR::Repository
#       Properties:
#         RepositoryName: app
#         RepositoryPolicyText:
#           Version: '2012-10-17'
#           Statement:
#           - Sid: OrgPull
#             Effect: Allow
#             Principal: '*'
#             Action:
#             - ecr:BatchGetImage
#             - ecr:GetDownloadUrlForLayer
#             Resource: '*'
#             Condition:
#               StringEquals:
#                 aws:PrincipalOrgID: o-a1b2c3d4e5
#   cis: []
#   fsbp: []
package iacvet.rules.ecr_policy_public

import data.iacvet.lib
import data.iacvet.lib.iam

# policy_types maps each resource type to its policy document property.
policy_types := {"AWS::ECR::Repository": "RepositoryPolicyText"}

deny contains lib.finding(r, msg, iam.statement_path([prop], doc, i)) if {
	some r in input.resources
	prop := policy_types[r.type]
	doc := r.properties[prop]
	indexes := iam.public_indexes(doc)
	count(indexes) > 0
	i := min(indexes)
	msg := sprintf("ECR repository policy %s lets anyone in (%s) without a condition that restricts the caller", [r.address, iam.public_msg(doc)])
}

unknown contains lib.finding(r, msg, [prop]) if {
	some r in input.resources
	r.has_unknown
	prop := policy_types[r.type]
	iam.public_undecided(r.properties[prop])
	msg := sprintf("ECR repository policy %s: whether it lets anyone in is known only after apply", [r.address])
}
