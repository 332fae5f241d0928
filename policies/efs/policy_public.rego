# METADATA
# title: EFS file system policy lets anyone in
# description: |
#   A file system policy that allows principal * (or uses NotPrincipal) without a condition that restricts the caller lets any IAM principal of any account that can reach a mount target mount, write to and (with ClientRootAccess) administer the file system; a condition such as aws:SecureTransport does not restrict who the caller is. Network reachability is then the only barrier left.
# custom:
#   id: AWS-EFS-020
#   severity: high
#   resource_types: [AWS::EFS::FileSystem]
#   remediation: Name the principals (roles of the account) in the policy, or restrict principal * with aws:PrincipalAccount, aws:PrincipalOrgID or elasticfilesystem:AccessPointArn.
#   terraform: |
#     resource "aws_efs_file_system_policy" "shared" {
#       file_system_id = aws_efs_file_system.shared.id
#       policy = jsonencode({
#         "Version": "2012-10-17",
#         "Statement": [
#           {
#             "Effect": "Allow",
#             "Principal": {"AWS": "arn:aws:iam::111122223333:role/app"},
#             "Action": ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"],
#             "Resource": aws_efs_file_system.shared.arn
#           }
#         ]
#       })
#     }
#   cloudformation: |
#     Shared:
#       Type: AWS::EFS::FileSystem
#       Properties:
#         FileSystemPolicy:
#           Version: '2012-10-17'
#           Statement:
#           - Effect: Allow
#             Principal:
#               AWS: arn:aws:iam::111122223333:role/app
#             Action: [elasticfilesystem:ClientMount, elasticfilesystem:ClientWrite]
#             Resource: '*'
#   cis: []
#   fsbp: []
package iacvet.rules.efs_policy_public

import data.iacvet.lib
import data.iacvet.lib.iam

prop := "FileSystemPolicy"

deny contains lib.finding(r, msg, iam.statement_path([prop], doc, i)) if {
	some r in input.resources
	doc := r.properties[prop]
	indexes := iam.public_indexes(doc)
	count(indexes) > 0
	i := min(indexes)
	msg := sprintf("%s file system policy lets anyone in (%s) without a condition that restricts the caller", [r.address, iam.public_msg(doc)])
}

unknown contains lib.finding(r, msg, [prop]) if {
	some r in input.resources
	r.has_unknown
	iam.public_undecided(r.properties[prop])
	msg := sprintf("%s: whether its file system policy lets anyone in is known only after apply", [r.address])
}
