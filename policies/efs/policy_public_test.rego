package iacvet.rules.efs_policy_public_test

import data.iacvet.rules.efs_policy_public as rule

stmt := {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"], "Resource": "*"}

fs(statements) := {"resources": [{
	"address": "Shared",
	"type": "AWS::EFS::FileSystem",
	"partial": false,
	"has_unknown": false,
	"properties": {"Encrypted": true, "FileSystemPolicy": {"Version": "2012-10-17", "Statement": statements}},
}]}

test_public_fails if {
	count(rule.deny) == 1 with input as fs([stmt])
}

test_secure_transport_only_fails if {
	count(rule.deny) == 1 with input as fs([object.union(stmt, {"Condition": {"Bool": {"aws:SecureTransport": "true"}}})])
}

test_org_condition_passes if {
	count(rule.deny) == 0 with input as fs([object.union(stmt, {"Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}})])
}

test_named_principal_passes if {
	count(rule.deny) == 0 with input as fs([object.union(stmt, {"Principal": {"AWS": "arn:aws:iam::111122223333:role/app"}})])
}

test_deny_passes if {
	count(rule.deny) == 0 with input as fs([object.union(stmt, {"Effect": "Deny", "Condition": {"Bool": {"aws:SecureTransport": "false"}}})])
}

test_unknown if {
	inp := json.patch(fs([object.union(stmt, {"Principal": {"$unknown": true}})]), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
