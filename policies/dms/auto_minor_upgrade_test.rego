package iacvet.rules.dms_auto_minor_upgrade_test

import data.iacvet.rules.dms_auto_minor_upgrade

res(props) := {"resources": [{
	"address": "Res", "type": "AWS::DMS::ReplicationInstance", "name": "Res", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": props,
}]}

test_fail_explicit if {
	count(dms_auto_minor_upgrade.deny) > 0 with input as res({"ReplicationInstanceClass": "dms.t3.medium", "PubliclyAccessible": false, "AutoMinorVersionUpgrade": false})
}

test_fail_string if {
	count(dms_auto_minor_upgrade.deny) > 0 with input as res({"ReplicationInstanceClass": "dms.t3.medium", "PubliclyAccessible": false, "AutoMinorVersionUpgrade": "false"})
}

test_pass_explicit if {
	count(dms_auto_minor_upgrade.deny) == 0 with input as res({"ReplicationInstanceClass": "dms.t3.medium", "PubliclyAccessible": false, "AutoMinorVersionUpgrade": true})
}

test_pass_default if {
	count(dms_auto_minor_upgrade.deny) == 0 with input as res({"ReplicationInstanceClass": "dms.t3.medium", "PubliclyAccessible": false})
}

test_unknown if {
	inp := json.patch(res({"ReplicationInstanceClass": "dms.t3.medium", "PubliclyAccessible": false, "AutoMinorVersionUpgrade": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(dms_auto_minor_upgrade.deny) == 0 with input as inp
	count(dms_auto_minor_upgrade.unknown) > 0 with input as inp
}
