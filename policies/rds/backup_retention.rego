# METADATA
# title: RDS automated backups are kept for less than 7 days
# description: |
#   Automated backups kept for less than a week (or disabled with 0) leave little room to restore after data loss noticed late.
# custom:
#   id: AWS-RDS-003
#   severity: medium
#   resource_types: [AWS::RDS::DBInstance, AWS::RDS::DBCluster]
#   remediation: Keep automated backups for at least 7 days.
#   terraform: |
#     resource "aws_db_instance" "main" {
#       backup_retention_period = 7
#     }
#   cloudformation: |
#     Database:
#       Type: AWS::RDS::DBInstance
#       Properties:
#         BackupRetentionPeriod: 7
#   cis: []
#   fsbp: ["RDS.11"]
package iacvet.rules.rds_backup_retention

import data.iacvet.lib

path := ["BackupRetentionPeriod"]

in_cluster(r) if {
	r.type == "AWS::RDS::DBInstance"
	r.properties.DBClusterIdentifier
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	not in_cluster(r)
	days := lib.number(r.properties.BackupRetentionPeriod)
	days < 7
	msg := sprintf("%s keeps automated backups for %d days, less than 7", [r.address, days])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	not in_cluster(r)
	lib.missing(r, path)
	msg := sprintf("%s keeps automated backups for the default of 1 day", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.BackupRetentionPeriod)
	msg := sprintf("%s: the backup retention is known only after apply", [r.address])
}
