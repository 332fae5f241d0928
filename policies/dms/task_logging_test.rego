package iacvet.rules.dms_task_logging_test

import data.iacvet.rules.dms_task_logging

res(props) := {"resources": [{
	"address": "Orders", "type": "AWS::DMS::ReplicationTask", "name": "Orders", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"MigrationType": "full-load-and-cdc", "TableMappings": "{}"}, props),
}]}

test_fail_no_settings if {
	count(dms_task_logging.deny) == 1 with input as res({})
}

test_fail_logging_off if {
	count(dms_task_logging.deny) == 1 with input as res({"ReplicationTaskSettings": "{\"Logging\": {\"EnableLogging\": false}}"})
}

test_fail_settings_without_logging if {
	count(dms_task_logging.deny) == 1 with input as res({"ReplicationTaskSettings": "{\"TargetMetadata\": {\"LobChunkSize\": 64}}"})
}

test_fail_quiet_component if {
	settings := {"Logging": {"EnableLogging": true, "LogComponents": [
		{"Id": "TARGET_APPLY", "Severity": "LOGGER_SEVERITY_ERROR"},
		{"Id": "SOURCE_CAPTURE", "Severity": "LOGGER_SEVERITY_DEFAULT"},
	]}}
	count(dms_task_logging.deny) == 1 with input as res({"ReplicationTaskSettings": json.marshal(settings)})
}

test_pass if {
	settings := {"Logging": {"EnableLogging": true, "LogComponents": [
		{"Id": "TARGET_APPLY", "Severity": "LOGGER_SEVERITY_DEBUG"},
		{"Id": "TRANSFORMATION", "Severity": "LOGGER_SEVERITY_ERROR"},
	]}}
	count(dms_task_logging.deny) == 0 with input as res({"ReplicationTaskSettings": json.marshal(settings)})
}

test_pass_object if {
	count(dms_task_logging.deny) == 0 with input as res({"ReplicationTaskSettings": {"Logging": {"EnableLogging": "true"}}})
}

test_unknown if {
	inp := json.patch(res({"ReplicationTaskSettings": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(dms_task_logging.deny) == 0 with input as inp
	count(dms_task_logging.unknown) == 1 with input as inp
}
