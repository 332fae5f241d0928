# METADATA
# title: Secrets Manager secret is not rotated
# description: |
#   A secret that is never rotated stays valid for as long as anyone who once read it keeps a copy.
# custom:
#   id: AWS-SM-002
#   severity: medium
#   resource_types: [AWS::SecretsManager::Secret, AWS::SecretsManager::RotationSchedule]
#   remediation: Add a rotation schedule for the secret.
#   terraform: |
#     resource "aws_secretsmanager_secret_rotation" "db" {
#       secret_id           = aws_secretsmanager_secret.db.id
#       rotation_lambda_arn = aws_lambda_function.rotate.arn
#       rotation_rules {
#         automatically_after_days = 30
#       }
#     }
#   cloudformation: |
#     DbSecretRotation:
#       Type: AWS::SecretsManager::RotationSchedule
#       Properties:
#         SecretId: !Ref DbSecret
#         RotationLambdaARN: !GetAtt Rotate.Arn
#         RotationRules:
#           AutomaticallyAfterDays: 30
#   cis: []
#   fsbp: ["SecretsManager.1"]
package iacvet.rules.secretsmanager_rotation

import data.iacvet.lib

secrets := [r | some r in input.resources; r.type == "AWS::SecretsManager::Secret"]

schedules := [r | some r in input.resources; r.type == "AWS::SecretsManager::RotationSchedule"]

rotated(secret) if {
	some s in schedules
	lib.refers_to(s.properties.SecretId, secret)
}

rotated(secret) if {
	some s in schedules
	s.properties.SecretId in {secret.properties.Name, secret.address}
}

# A schedule whose secret is decided at apply may rotate any secret.
maybe_rotated if {
	some s in schedules
	lib.is_unknown(s.properties.SecretId)
	not s.properties.SecretId["$ref"]
}

deny contains lib.finding(r, msg, "") if {
	some r in secrets
	lib.whole(r)
	not rotated(r)
	not maybe_rotated
	msg := sprintf("secret %s has no rotation schedule", [r.address])
}

unknown contains lib.finding(r, msg, "") if {
	some r in secrets
	not rotated(r)
	maybe_rotated
	msg := sprintf("secret %s: whether a rotation schedule covers it is known only after apply", [r.address])
}
