package iacvet.rules.ebs_default_encryption_test

import data.iacvet.rules.ebs_default_encryption

setting(props) := {"resources": [{
	"address": "aws_ebs_encryption_by_default.this",
	"type": "AWS::EC2::EBSEncryptionByDefault",
	"name": "this",
	"format": "terraform-plan",
	"partial": false,
	"has_unknown": false,
	"properties": props,
}]}

test_disabled_fails if {
	count(ebs_default_encryption.deny) == 1 with input as setting({"EbsEncryptionByDefault": false})
}

test_disabled_as_string_fails if {
	count(ebs_default_encryption.deny) == 1 with input as setting({"EbsEncryptionByDefault": "false"})
}

test_enabled_passes if {
	count(ebs_default_encryption.deny) == 0 with input as setting({"EbsEncryptionByDefault": true})
}

test_default_passes if {
	count(ebs_default_encryption.deny) == 0 with input as setting({})
}

test_unknown_is_unknown if {
	inp := {"resources": [object.union(setting({})["resources"][0], {
		"has_unknown": true,
		"properties": {"EbsEncryptionByDefault": {"$unknown": true}},
	})]}
	count(ebs_default_encryption.deny) == 0 with input as inp
	count(ebs_default_encryption.unknown) == 1 with input as inp
}
