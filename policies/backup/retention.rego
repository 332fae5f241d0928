# METADATA
# title: AWS Backup plan keeps recovery points for less than 7 days
# description: |
#   A backup rule that deletes its recovery points within a week leaves little room to restore after
#   data loss, tampering or ransomware noticed late. A rule without a lifecycle keeps them until
#   deleted and passes.
# custom:
#   id: AWS-BAK-080
#   severity: medium
#   resource_types: [AWS::Backup::BackupPlan]
#   remediation: Keep recovery points for at least 7 days (35 or more for production data).
#   terraform: |
#     resource "aws_backup_plan" "daily" {
#       rule {
#         rule_name         = "daily"
#         target_vault_name = aws_backup_vault.main.name
#         schedule          = "cron(0 5 * * ? *)"
#         lifecycle {
#           delete_after = 35
#         }
#       }
#     }
#   cloudformation: |
#     Daily:
#       Type: AWS::Backup::BackupPlan
#       Properties:
#         BackupPlan:
#           BackupPlanName: daily
#           BackupPlanRule:
#             - RuleName: daily
#               TargetBackupVault: !Ref Vault
#               ScheduleExpression: cron(0 5 * * ? *)
#               Lifecycle:
#                 DeleteAfterDays: 35
#   cis: []
#   fsbp: []
package iacvet.rules.backup_retention

import data.iacvet.lib


rules_of(r) := lib.as_list(object.get(r.properties, ["BackupPlan", "BackupPlanRule"], []))

short_rules(r) := [[i, name, days] |
	some i, rule in rules_of(r)
	days := lib.number(object.get(rule, ["Lifecycle", "DeleteAfterDays"], null))
	days < 7
	name := object.get(rule, "RuleName", format_int(i, 10))
]

deny contains lib.finding(r, msg, ["BackupPlan", "BackupPlanRule", i, "Lifecycle", "DeleteAfterDays"]) if {
	some r in input.resources
	found := short_rules(r)
	count(found) > 0
	i := found[0][0]
	msg := sprintf("%s deletes recovery points after less than 7 days: %s", [r.address, concat(", ", [sprintf("rule %v after %d days", [name, days]) | some [_, name, days] in found])])
}

unknown contains lib.finding(r, msg, ["BackupPlan", "BackupPlanRule", i, "Lifecycle", "DeleteAfterDays"]) if {
	some r in input.resources
	r.has_unknown
	some i, rule in rules_of(r)
	lib.unknown_at(rule, ["Lifecycle", "DeleteAfterDays"])
	msg := sprintf("%s: how long it keeps recovery points is known only after apply", [r.address])
}
