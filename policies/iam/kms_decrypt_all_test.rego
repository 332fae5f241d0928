package iacvet.rules.iam_kms_decrypt_all_test

import data.iacvet.rules.iam_kms_decrypt_all

policy(statements) := {"resources": [{
	"address": "Reader", "type": "AWS::IAM::ManagedPolicy", "name": "Reader", "format": "cloudformation",
	"partial": false, "has_unknown": false,
	"properties": {"PolicyDocument": {"Version": "2012-10-17", "Statement": statements}},
}]}

role(statements) := {"resources": [{
	"address": "App", "type": "AWS::IAM::Role", "name": "App", "format": "cloudformation",
	"partial": false, "has_unknown": false,
	"properties": {"Policies": [{"PolicyName": "app", "PolicyDocument": {"Version": "2012-10-17", "Statement": statements}}]},
}]}

test_fail_decrypt if {
	count(iam_kms_decrypt_all.deny) == 1 with input as policy([{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"}])
}

test_fail_wildcard_inline if {
	count(iam_kms_decrypt_all.deny) == 1 with input as role([{"Effect": "Allow", "Action": ["kms:*"], "Resource": "*"}])
}

test_fail_reencrypt if {
	count(iam_kms_decrypt_all.deny) == 1 with input as policy([{"Effect": "Allow", "Action": "kms:ReEncrypt*", "Resource": "*"}])
}

test_fail_ifexists_does_not_restrict if {
	count(iam_kms_decrypt_all.deny) == 1 with input as policy([{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*", "Condition": {"StringEqualsIfExists": {"kms:ViaService": "s3.us-east-1.amazonaws.com"}}}])
}

test_pass_key_arn if {
	count(iam_kms_decrypt_all.deny) == 0 with input as policy([{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}])
}

test_pass_via_service if {
	count(iam_kms_decrypt_all.deny) == 0 with input as policy([{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*", "Condition": {"StringEquals": {"kms:ViaService": "secretsmanager.us-east-1.amazonaws.com"}}}])
}

test_pass_encrypt_only if {
	count(iam_kms_decrypt_all.deny) == 0 with input as policy([{"Effect": "Allow", "Action": ["kms:Encrypt", "kms:GenerateDataKey"], "Resource": "*"}])
}

test_pass_everything_is_iam_001 if {
	count(iam_kms_decrypt_all.deny) == 0 with input as policy([{"Effect": "Allow", "Action": "*", "Resource": "*"}])
}

test_unknown if {
	inp := json.patch(policy([]), [
		{"op": "replace", "path": "/resources/0/properties/PolicyDocument", "value": {"$unknown": true}},
		{"op": "replace", "path": "/resources/0/has_unknown", "value": true},
	])
	count(iam_kms_decrypt_all.deny) == 0 with input as inp
	count(iam_kms_decrypt_all.unknown) == 1 with input as inp
}
