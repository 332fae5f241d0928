# METADATA
# title: Secrets Manager rotation schedule is longer than 90 days
# description: |
#   A rotation schedule that rotates a secret less often than every 90 days (AutomaticallyAfterDays above 90, or a rate() expression of more than 90 days) leaves a leaked credential usable for months.
# custom:
#   id: AWS-SM-003
#   severity: low
#   resource_types: [AWS::SecretsManager::RotationSchedule]
#   remediation: Rotate at least every 90 days (automatically_after_days = 90 or less, or a schedule expression such as rate(30 days)).
#   terraform: |
#     resource "aws_secretsmanager_secret_rotation" "db" {
#       secret_id           = aws_secretsmanager_secret.db.id
#       rotation_lambda_arn = aws_lambda_function.rotate.arn
#
#       rotation_rules {
#         automatically_after_days = 30
#       }
#     }
#   cloudformation: |
#     DbRotation:
#       Type: AWS::SecretsManager::RotationSchedule
#       Properties:
#         SecretId: !Ref DbSecret
#         RotationLambdaARN: !GetAtt Rotate.Arn
#         RotationRules:
#           AutomaticallyAfterDays: 30
#   cis: []
#   fsbp: []
package iacvet.rules.secretsmanager_rotation_interval

import data.iacvet.lib

maximum := 90

days(r) := [d, "AutomaticallyAfterDays"] if {
	d := lib.number(r.properties.RotationRules.AutomaticallyAfterDays)
}

days(r) := [d, "ScheduleExpression"] if {
	expr := r.properties.RotationRules.ScheduleExpression
	is_string(expr)
	parts := regex.find_all_string_submatch_n(`^rate\(\s*([0-9]+)\s+days?\s*\)$`, lower(trim_space(expr)), 1)
	count(parts) == 1
	d := to_number(parts[0][1])
}

deny contains lib.finding(r, msg, ["RotationRules", key]) if {
	some r in input.resources
	[d, key] := days(r)
	d > maximum
	msg := sprintf("%s rotates the secret every %v days, less often than every %d", [r.address, d, maximum])
}

unknown contains lib.finding(r, msg, ["RotationRules", key]) if {
	some r in input.resources
	r.has_unknown
	some key in ["AutomaticallyAfterDays", "ScheduleExpression"]
	lib.unknown_at(r.properties, ["RotationRules", key])
	msg := sprintf("%s: its rotation schedule is known only after apply", [r.address])
}
