package iacvet.rules.efs_access_point_user_test

import data.iacvet.rules.efs_access_point_user as rule

ap(props) := {"resources": [{
	"address": "App",
	"type": "AWS::EFS::AccessPoint",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"FileSystemId": "fs-0123456789abcdef0"}, props),
}]}

test_absent_fails if {
	count(rule.deny) == 1 with input as ap({"RootDirectory": {"Path": "/app"}})
}

test_user_passes if {
	count(rule.deny) == 0 with input as ap({"PosixUser": {"Uid": "1000", "Gid": "1000"}})
	count(rule.deny) == 0 with input as ap({"PosixUser": {"Uid": 0, "Gid": 0}})
}

test_partial_is_not_judged if {
	inp := json.patch(ap({}), [{"op": "replace", "path": "/resources/0/partial", "value": true}])
	count(rule.deny) == 0 with input as inp
}

test_unknown if {
	inp := json.patch(ap({"PosixUser": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
