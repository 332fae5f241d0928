# METADATA
# title: Secrets Manager resource policy lets anyone read the secret
# description: |
#   A secret's resource policy statement that allows principal * (or NotPrincipal) without a condition that restricts the caller (aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceVpce, ...) lets any AWS account read or change the secret.
# custom:
#   id: AWS-SM-020
#   severity: critical
#   resource_types: [AWS::SecretsManager::ResourcePolicy]
#   remediation: Name the roles that read the secret, or restrict principal * with aws:PrincipalOrgID; keep block_public_policy on.
#   terraform: |
#     resource "aws_secretsmanager_secret_policy" "db" {
#       secret_arn = aws_secretsmanager_secret.db.arn
#       policy = jsonencode({
#         "Version": "2012-10-17",
#         "Statement": [
#           {
#             "Sid": "Read",
#             "Effect": "Allow",
#             "Principal": {
#               "AWS": "arn:aws:iam::111122223333:role/app"
#             },
#             "Action": "secretsmanager:GetSecretValue",
#             "Resource": "*"
#           }
#         ]
#       })
#     }
#   cloudformation: |
#     Db:
#       Type: AWS::SecretsManager::Secret
#       Properties:
#         Name: db
#     DbPolicy:
#       Type: AWS::SecretsManager::ResourcePolicy
#       Properties:
#         SecretId: !Ref Db
#         ResourcePolicy:
#           Version: '2012-10-17'
#           Statement:
#           - Sid: Read
#             Effect: Allow
#             Principal:
#               AWS: arn:aws:iam::111122223333:role/app
#             Action: secretsmanager:GetSecretValue
#             Resource: '*'
#   cis: []
#   fsbp: []
package iacvet.rules.secretsmanager_policy_public

import data.iacvet.lib
import data.iacvet.lib.iam

# policy_types maps each resource type to its policy document property.
policy_types := {"AWS::SecretsManager::ResourcePolicy": "ResourcePolicy"}

deny contains lib.finding(r, msg, iam.statement_path([prop], doc, i)) if {
	some r in input.resources
	prop := policy_types[r.type]
	doc := r.properties[prop]
	indexes := iam.public_indexes(doc)
	count(indexes) > 0
	i := min(indexes)
	msg := sprintf("Secrets Manager resource policy %s lets anyone in (%s) without a condition that restricts the caller", [r.address, iam.public_msg(doc)])
}

unknown contains lib.finding(r, msg, [prop]) if {
	some r in input.resources
	r.has_unknown
	prop := policy_types[r.type]
	iam.public_undecided(r.properties[prop])
	msg := sprintf("Secrets Manager resource policy %s: whether it lets anyone in is known only after apply", [r.address])
}
