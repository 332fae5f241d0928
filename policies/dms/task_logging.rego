# METADATA
# title: DMS replication task does not log its source and target work
# description: |
#   A replication task whose settings do not turn logging on (Logging.EnableLogging, off by default), or that log the source capture and unload or the target apply and load components below LOGGER_SEVERITY_DEFAULT, leaves no CloudWatch record of what was read and written, so failed or tampered migrations go unnoticed.
# custom:
#   id: AWS-DMS-080
#   severity: medium
#   resource_types: [AWS::DMS::ReplicationTask]
#   remediation: Set Logging.EnableLogging to true in the task settings and keep SOURCE_CAPTURE, SOURCE_UNLOAD, TARGET_APPLY and TARGET_LOAD at LOGGER_SEVERITY_DEFAULT or more verbose.
#   terraform: |
#     resource "aws_dms_replication_task" "orders" {
#       # ...
#       replication_task_settings = jsonencode({
#         Logging = {
#           EnableLogging = true
#           LogComponents = [
#             { Id = "SOURCE_CAPTURE", Severity = "LOGGER_SEVERITY_DEFAULT" },
#             { Id = "TARGET_APPLY", Severity = "LOGGER_SEVERITY_DEFAULT" },
#           ]
#         }
#       })
#     }
#   cloudformation: |
#     Orders:
#       Type: AWS::DMS::ReplicationTask
#       Properties:
#         # ...
#         ReplicationTaskSettings: '{"Logging": {"EnableLogging": true}}'
#   cis: []
#   fsbp: ["DMS.7", "DMS.8"]
package iacvet.rules.dms_task_logging

import data.iacvet.lib

path := ["ReplicationTaskSettings"]

# components are the log components of the source and target sides.
components := {"SOURCE_CAPTURE", "SOURCE_UNLOAD", "TARGET_APPLY", "TARGET_LOAD"}

# quiet are the severities below LOGGER_SEVERITY_DEFAULT.
quiet := {"LOGGER_SEVERITY_ERROR", "LOGGER_SEVERITY_WARNING", "LOGGER_SEVERITY_INFO"}

settings(r) := s if {
	v := r.properties.ReplicationTaskSettings
	is_string(v)
	s := json.unmarshal(v)
} else := v if {
	v := r.properties.ReplicationTaskSettings
	is_object(v)
	not lib.is_unknown(v)
}

logging_on(s) if lib.is_true(object.get(s, ["Logging", "EnableLogging"], false))

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not log (no task settings, so Logging.EnableLogging is off)", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	s := settings(r)
	not logging_on(s)
	not lib.is_unknown(object.get(s, ["Logging", "EnableLogging"], false))
	msg := sprintf("%s does not log (Logging.EnableLogging is not true)", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	s := settings(r)
	logging_on(s)
	low := {sprintf("%s at %s", [c.Id, c.Severity]) |
		some c in object.get(s, ["Logging", "LogComponents"], [])
		c.Id in components
		c.Severity in quiet
	}
	count(low) > 0
	msg := sprintf("%s logs %s, below LOGGER_SEVERITY_DEFAULT", [r.address, concat(", ", sort(low))])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: its task settings are known only after apply", [r.address])
}
