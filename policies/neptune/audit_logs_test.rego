package iacvet.rules.neptune_audit_logs_test

import data.iacvet.rules.neptune_audit_logs

res(props) := {"resources": [{
	"address": "Graph", "type": "AWS::Neptune::DBCluster", "name": "Graph", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"DBClusterIdentifier": "graph", "StorageEncrypted": true}, props),
}]}

test_fail_none if {
	count(neptune_audit_logs.deny) == 1 with input as res({})
}

test_fail_empty if {
	count(neptune_audit_logs.deny) == 1 with input as res({"EnableCloudwatchLogsExports": []})
}

test_fail_slowquery_only if {
	count(neptune_audit_logs.deny) == 1 with input as res({"EnableCloudwatchLogsExports": ["slowquery"]})
}

test_pass if {
	count(neptune_audit_logs.deny) == 0 with input as res({"EnableCloudwatchLogsExports": ["slowquery", "audit"]})
}

test_unknown_item if {
	inp := json.patch(res({"EnableCloudwatchLogsExports": ["slowquery", {"$unknown": true}]}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(neptune_audit_logs.deny) == 0 with input as inp
	count(neptune_audit_logs.unknown) == 1 with input as inp
}

test_unknown if {
	inp := json.patch(res({"EnableCloudwatchLogsExports": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(neptune_audit_logs.deny) == 0 with input as inp
	count(neptune_audit_logs.unknown) == 1 with input as inp
}
