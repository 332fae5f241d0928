# METADATA
# title: Secrets Manager secret does not use a customer managed KMS key
# description: |
#   Secrets encrypted with aws/secretsmanager cannot be shared across accounts and their key use cannot be restricted by a key policy.
# custom:
#   id: AWS-SM-001
#   severity: low
#   resource_types: [AWS::SecretsManager::Secret]
#   remediation: Encrypt the secret with a customer managed KMS key.
#   terraform: |
#     resource "aws_secretsmanager_secret" "db" {
#       kms_key_id = aws_kms_key.secrets.arn
#     }
#   cloudformation: |
#     DbSecret:
#       Type: AWS::SecretsManager::Secret
#       Properties:
#         KmsKeyId: !Ref SecretsKey
#   cis: []
#   fsbp: []
package iacvet.rules.secretsmanager_kms

import data.iacvet.lib

path := ["KmsKeyId"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s is encrypted with the AWS managed key", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.at(r.properties, path) == ""
	msg := sprintf("%s is encrypted with the AWS managed key", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.at(r.properties, path) == "alias/aws/secretsmanager"
	msg := sprintf("%s is encrypted with the AWS managed key", [r.address])
}
