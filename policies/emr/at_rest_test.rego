package iacvet.rules.emr_at_rest_test

import data.iacvet.rules.emr_at_rest as rule

sc(doc) := {"resources": [{
	"address": "Analytics",
	"type": "AWS::EMR::SecurityConfiguration",
	"partial": false,
	"has_unknown": false,
	"properties": {"Name": "analytics", "SecurityConfiguration": doc},
}]}

test_off_fails if {
	count(rule.deny) == 1 with input as sc({"EncryptionConfiguration": {"EnableAtRestEncryption": false, "EnableInTransitEncryption": true}})
	count(rule.deny) == 1 with input as sc({"AuthenticationConfiguration": {}})
}

test_json_string if {
	count(rule.deny) == 1 with input as sc(json.marshal({"EncryptionConfiguration": {"EnableAtRestEncryption": false}}))
	count(rule.deny) == 0 with input as sc(json.marshal({"EncryptionConfiguration": {"EnableAtRestEncryption": true}}))
}

test_on_passes if {
	count(rule.deny) == 0 with input as sc({"EncryptionConfiguration": {"EnableAtRestEncryption": "true", "AtRestEncryptionConfiguration": {"S3EncryptionConfiguration": {"EncryptionMode": "SSE-S3"}}}})
}

test_unknown if {
	inp := json.patch(sc({"$unknown": true}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
