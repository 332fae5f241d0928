package iacvet.rules.redshift_audit_logging_test

import data.iacvet.rules.redshift_audit_logging

res(props) := {"resources": [{
	"address": "Warehouse", "type": "AWS::Redshift::Cluster", "name": "Warehouse", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"NodeType": "ra3.xlplus", "DBName": "sales"}, props),
}]}

test_fail_none if {
	count(redshift_audit_logging.deny) == 1 with input as res({})
}

test_fail_no_destination if {
	count(redshift_audit_logging.deny) == 1 with input as res({"LoggingProperties": {"LogExports": ["userlog"]}})
}

test_pass_cloudwatch if {
	count(redshift_audit_logging.deny) == 0 with input as res({"LoggingProperties": {"LogDestinationType": "cloudwatch", "LogExports": ["userlog"]}})
}

test_pass_s3 if {
	count(redshift_audit_logging.deny) == 0 with input as res({"LoggingProperties": {"BucketName": "audit-logs"}})
}

test_pass_bucket_after_apply if {
	count(redshift_audit_logging.deny) == 0 with input as res({"LoggingProperties": {"BucketName": {"$unknown": true}}})
}

test_pass_partial if {
	inp := json.patch(res({}), [{"op": "replace", "path": "/resources/0/partial", "value": true}])
	count(redshift_audit_logging.deny) == 0 with input as inp
}

test_unknown if {
	inp := json.patch(res({"LoggingProperties": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(redshift_audit_logging.deny) == 0 with input as inp
	count(redshift_audit_logging.unknown) == 1 with input as inp
}
