package iacvet.rules.efs_access_point_root_test

import data.iacvet.rules.efs_access_point_root as rule

ap(props) := {"resources": [{
	"address": "App",
	"type": "AWS::EFS::AccessPoint",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"FileSystemId": "fs-0123456789abcdef0"}, props),
}]}

test_absent_fails if {
	count(rule.deny) == 1 with input as ap({})
	count(rule.deny) == 1 with input as ap({"RootDirectory": {"CreationInfo": {"OwnerUid": "1000", "OwnerGid": "1000", "Permissions": "750"}}})
}

test_slash_fails if {
	count(rule.deny) == 1 with input as ap({"RootDirectory": {"Path": "/"}})
}

test_subdirectory_passes if {
	count(rule.deny) == 0 with input as ap({"RootDirectory": {"Path": "/app"}})
}

test_unknown if {
	inp := json.patch(ap({"RootDirectory": {"Path": {"$unknown": true}}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
