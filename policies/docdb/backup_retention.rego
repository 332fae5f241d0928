# METADATA
# title: DocumentDB cluster keeps automated backups for less than 7 days
# description: |
#   DocumentDB keeps automated backups for 1 day unless told otherwise, which leaves little room to
#   restore after data loss or tampering noticed late.
# custom:
#   id: AWS-DOCDB-080
#   severity: medium
#   resource_types: [AWS::DocDB::DBCluster]
#   remediation: Keep automated backups for at least 7 days.
#   terraform: |
#     resource "aws_docdb_cluster" "main" {
#       backup_retention_period = 7
#     }
#   cloudformation: |
#     Cluster:
#       Type: AWS::DocDB::DBCluster
#       Properties:
#         BackupRetentionPeriod: 7
#   cis: []
#   fsbp: ["DocumentDB.2"]
package iacvet.rules.docdb_backup_retention

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
