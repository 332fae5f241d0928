# METADATA
# title: Redshift cluster keeps automated snapshots for less than 7 days
# description: |
#   Redshift keeps automated snapshots for 1 day unless told otherwise, and 0 turns them off, which
#   leaves little or no room to restore after data loss or tampering noticed late.
# custom:
#   id: AWS-RS-080
#   severity: medium
#   resource_types: [AWS::Redshift::Cluster]
#   remediation: Keep automated snapshots for at least 7 days.
#   terraform: |
#     resource "aws_redshift_cluster" "main" {
#       automated_snapshot_retention_period = 7
#     }
#   cloudformation: |
#     Warehouse:
#       Type: AWS::Redshift::Cluster
#       Properties:
#         AutomatedSnapshotRetentionPeriod: 7
#   cis: []
#   fsbp: ["Redshift.3"]
package iacvet.rules.redshift_snapshot_retention

import data.iacvet.lib

path := ["AutomatedSnapshotRetentionPeriod"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	days := lib.number(r.properties.AutomatedSnapshotRetentionPeriod)
	days == 0
	msg := sprintf("%s takes no automated snapshots", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	days := lib.number(r.properties.AutomatedSnapshotRetentionPeriod)
	days > 0
	days < 7
	msg := sprintf("%s keeps automated snapshots for %d days, less than 7", [r.address, days])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s keeps automated snapshots for the default of 1 day", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.AutomatedSnapshotRetentionPeriod)
	msg := sprintf("%s: the snapshot retention is known only after apply", [r.address])
}
