# METADATA
# title: Neptune cluster does not publish audit logs to CloudWatch Logs
# description: |
#   A Neptune cluster that does not export its audit log (EnableCloudwatchLogsExports without "audit") keeps the record of who connected and which queries ran only on the instances, out of reach of alarms, retention policies and investigations. The cluster parameter group must also set neptune_enable_audit_log to 1.
# custom:
#   id: AWS-NEP-082
#   severity: medium
#   resource_types: [AWS::Neptune::DBCluster]
#   remediation: Add "audit" to EnableCloudwatchLogsExports (enable_cloudwatch_logs_exports) and set neptune_enable_audit_log to 1 in the cluster parameter group.
#   terraform: |
#     resource "aws_neptune_cluster" "graph" {
#       # ...
#       enable_cloudwatch_logs_exports = ["audit"]
#     }
#   cloudformation: |
#     Graph:
#       Type: AWS::Neptune::DBCluster
#       Properties:
#         # ...
#         EnableCloudwatchLogsExports: [audit]
#   cis: []
#   fsbp: ["Neptune.2"]
package iacvet.rules.neptune_audit_logs

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
