package iacvet.rules.dms_public_test

import data.iacvet.rules.dms_public

ri(props) := {"resources": [{"address": "Dms", "type": "AWS::DMS::ReplicationInstance", "has_unknown": true, "properties": props}]}

test_fail_explicit if count(dms_public.deny) == 1 with input as ri({"ReplicationInstanceClass": "dms.t3.medium", "PubliclyAccessible": "true"})

test_fail_default if count(dms_public.deny) == 1 with input as ri({"ReplicationInstanceClass": "dms.t3.medium"})

test_pass if count(dms_public.deny) == 0 with input as ri({"ReplicationInstanceClass": "dms.t3.medium", "PubliclyAccessible": false})

test_unknown if {
	inp := ri({"PubliclyAccessible": {"$unknown": true}})
	count(dms_public.deny) == 0 with input as inp
	count(dms_public.unknown) == 1 with input as inp
}
