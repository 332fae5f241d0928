package iacvet.rules.dms_multi_az_test

import data.iacvet.rules.dms_multi_az

res(props) := {"resources": [{
	"address": "Res", "type": "AWS::DMS::ReplicationInstance", "name": "Res", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": props,
}]}

test_fail_explicit if {
	count(dms_multi_az.deny) > 0 with input as res({"ReplicationInstanceClass": "dms.t3.medium", "PubliclyAccessible": false, "MultiAZ": false})
}

test_fail_string if {
	count(dms_multi_az.deny) > 0 with input as res({"ReplicationInstanceClass": "dms.t3.medium", "PubliclyAccessible": false, "MultiAZ": "false"})
}

test_pass_explicit if {
	count(dms_multi_az.deny) == 0 with input as res({"ReplicationInstanceClass": "dms.t3.medium", "PubliclyAccessible": false, "MultiAZ": true})
}

test_fail_default if {
	count(dms_multi_az.deny) > 0 with input as res({"ReplicationInstanceClass": "dms.t3.medium", "PubliclyAccessible": false})
}

test_unknown if {
	inp := json.patch(res({"ReplicationInstanceClass": "dms.t3.medium", "PubliclyAccessible": false, "MultiAZ": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(dms_multi_az.deny) == 0 with input as inp
	count(dms_multi_az.unknown) > 0 with input as inp
}
