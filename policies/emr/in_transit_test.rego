package iacvet.rules.emr_in_transit_test

import data.iacvet.rules.emr_in_transit as rule

sc(doc) := {"resources": [{
	"address": "Analytics",
	"type": "AWS::EMR::SecurityConfiguration",
	"partial": false,
	"has_unknown": false,
	"properties": {"Name": "analytics", "SecurityConfiguration": doc},
}]}

test_off_fails if {
	count(rule.deny) == 1 with input as sc({"EncryptionConfiguration": {"EnableAtRestEncryption": true, "EnableInTransitEncryption": false}})
	count(rule.deny) == 1 with input as sc({"EncryptionConfiguration": {"EnableAtRestEncryption": true}})
}

test_on_passes if {
	count(rule.deny) == 0 with input as sc({"EncryptionConfiguration": {"EnableInTransitEncryption": true, "InTransitEncryptionConfiguration": {"TLSCertificateConfiguration": {"CertificateProviderType": "PEM"}}}})
}

test_unknown if {
	inp := json.patch(sc({"EncryptionConfiguration": {"EnableInTransitEncryption": {"$unknown": true}}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
