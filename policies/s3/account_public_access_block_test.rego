package iacvet.rules.s3_account_public_access_block_test

import data.iacvet.rules.s3_account_public_access_block

block(pab, unknown) := {"resources": [{
	"address": "aws_s3_account_public_access_block.this",
	"type": "AWS::S3::AccountPublicAccessBlock",
	"partial": false,
	"has_unknown": unknown,
	"properties": {"PublicAccessBlockConfiguration": pab},
}]}

all_on := {"BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": true}

paths(findings) := {f.path[1] | some f in findings}

test_all_on_passes if {
	count(s3_account_public_access_block.deny) == 0 with input as block(all_on, false)
}

test_strings_pass if {
	pab := {"BlockPublicAcls": "true", "BlockPublicPolicy": "TRUE", "IgnorePublicAcls": true, "RestrictPublicBuckets": true}
	count(s3_account_public_access_block.deny) == 0 with input as block(pab, false)
}

test_one_off_fails if {
	paths(s3_account_public_access_block.deny) == {"RestrictPublicBuckets"} with input as block(object.union(all_on, {"RestrictPublicBuckets": false}), false)
}

test_left_out_is_off if {
	paths(s3_account_public_access_block.deny) == {"IgnorePublicAcls", "RestrictPublicBuckets"} with input as block({"BlockPublicAcls": true, "BlockPublicPolicy": true}, false)
}

test_no_configuration_is_all_off if {
	inp := {"resources": [object.union(block({}, false).resources[0], {"properties": {}})]}
	count(s3_account_public_access_block.deny) == 4 with input as inp
}

test_unknown_is_unknown if {
	pab := object.union(all_on, {"BlockPublicPolicy": {"$unknown": true}})
	count(s3_account_public_access_block.deny) == 0 with input as block(pab, true)
	paths(s3_account_public_access_block.unknown) == {"BlockPublicPolicy"} with input as block(pab, true)
}
