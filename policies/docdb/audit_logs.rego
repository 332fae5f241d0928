# METADATA
# title: DocumentDB cluster does not publish audit logs to CloudWatch Logs
# description: |
#   A DocumentDB cluster that does not export its audit log (EnableCloudwatchLogsExports without "audit") keeps the record of authentication attempts, user and role changes and DDL only on the instances, out of reach of alarms, retention policies and investigations. The cluster parameter group must also set audit_logs to enabled.
# custom:
#   id: AWS-DOCDB-082
#   severity: medium
#   resource_types: [AWS::DocDB::DBCluster]
#   remediation: Add "audit" to EnableCloudwatchLogsExports (enabled_cloudwatch_logs_exports) and set audit_logs to enabled in the cluster parameter group.
#   terraform: |
#     resource "aws_docdb_cluster" "docs" {
#       # ...
#       enabled_cloudwatch_logs_exports = ["audit", "profiler"]
#     }
#   cloudformation: |
#     Docs:
#       Type: AWS::DocDB::DBCluster
#       Properties:
#         # ...
#         EnableCloudwatchLogsExports: [audit, profiler]
#   cis: []
#   fsbp: ["DocumentDB.4"]
package iacvet.rules.docdb_audit_logs

import data.iacvet.lib

path := ["EnableCloudwatchLogsExports"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not publish its audit log to CloudWatch Logs", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	logs := r.properties.EnableCloudwatchLogsExports
	is_array(logs)
	count(logs) > 0
	not audit(logs)
	not undecided(logs)
	msg := sprintf("%s does not publish its audit log to CloudWatch Logs", [r.address])
}

audit(logs) if {
	some l in logs
	is_string(l)
	lower(l) == "audit"
}

undecided(logs) if {
	some l in logs
	lib.is_unknown(l)
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: which logs it publishes is known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	logs := r.properties.EnableCloudwatchLogsExports
	is_array(logs)
	not audit(logs)
	undecided(logs)
	msg := sprintf("%s: which logs it publishes is known only after apply", [r.address])
}
