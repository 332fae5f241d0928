package iacvet.rules.docdb_audit_logs_test

import data.iacvet.rules.docdb_audit_logs

res(props) := {"resources": [{
	"address": "Docs", "type": "AWS::DocDB::DBCluster", "name": "Docs", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"DBClusterIdentifier": "docs", "StorageEncrypted": true}, props),
}]}

test_fail_none if {
	count(docdb_audit_logs.deny) == 1 with input as res({})
}

test_fail_empty if {
	count(docdb_audit_logs.deny) == 1 with input as res({"EnableCloudwatchLogsExports": []})
}

test_fail_profiler_only if {
	count(docdb_audit_logs.deny) == 1 with input as res({"EnableCloudwatchLogsExports": ["profiler"]})
}

test_pass if {
	count(docdb_audit_logs.deny) == 0 with input as res({"EnableCloudwatchLogsExports": ["profiler", "audit"]})
}

test_unknown_item if {
	inp := json.patch(res({"EnableCloudwatchLogsExports": ["profiler", {"$unknown": true}]}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(docdb_audit_logs.deny) == 0 with input as inp
	count(docdb_audit_logs.unknown) == 1 with input as inp
}

test_unknown if {
	inp := json.patch(res({"EnableCloudwatchLogsExports": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(docdb_audit_logs.deny) == 0 with input as inp
	count(docdb_audit_logs.unknown) == 1 with input as inp
}
