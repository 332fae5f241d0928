# METADATA
# title: Neptune cluster keeps automated backups for less than 7 days
# description: |
#   Neptune keeps automated backups for 1 day unless told otherwise, which leaves little room to
#   restore after data loss or tampering noticed late.
# custom:
#   id: AWS-NEP-080
#   severity: medium
#   resource_types: [AWS::Neptune::DBCluster]
#   remediation: Keep automated backups for at least 7 days.
#   terraform: |
#     resource "aws_neptune_cluster" "main" {
#       backup_retention_period = 7
#     }
#   cloudformation: |
#     Cluster:
#       Type: AWS::Neptune::DBCluster
#       Properties:
#         BackupRetentionPeriod: 7
#   cis: []
#   fsbp: ["Neptune.5"]
package iacvet.rules.neptune_backup_retention

import data.iacvet.lib

path := ["BackupRetentionPeriod"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	days := lib.number(r.properties.BackupRetentionPeriod)
	days < 7
	msg := sprintf("%s keeps automated backups for %d days, less than 7", [r.address, days])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s keeps automated backups for the default of 1 day", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.BackupRetentionPeriod)
	msg := sprintf("%s: the backup retention is known only after apply", [r.address])
}
