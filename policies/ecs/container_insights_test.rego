package iacvet.rules.ecs_container_insights_test

import data.iacvet.rules.ecs_container_insights

res(props) := {"resources": [{
	"address": "Apps", "type": "AWS::ECS::Cluster", "name": "Apps", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"ClusterName": "apps"}, props),
}]}

test_fail_unset if {
	count(ecs_container_insights.deny) == 1 with input as res({})
}

test_fail_disabled if {
	count(ecs_container_insights.deny) == 1 with input as res({"ClusterSettings": [{"Name": "containerInsights", "Value": "disabled"}]})
}

test_pass_enabled if {
	count(ecs_container_insights.deny) == 0 with input as res({"ClusterSettings": [{"Name": "containerInsights", "Value": "enabled"}]})
}

test_pass_enhanced if {
	count(ecs_container_insights.deny) == 0 with input as res({"ClusterSettings": [{"Name": "containerInsights", "Value": "enhanced"}]})
}

test_unknown if {
	inp := json.patch(res({"ClusterSettings": [{"Name": "containerInsights", "Value": {"$unknown": true}}]}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(ecs_container_insights.deny) == 0 with input as inp
	count(ecs_container_insights.unknown) == 1 with input as inp
}

test_fail_other_setting if {
	count(ecs_container_insights.deny) == 1 with input as res({"ClusterSettings": [{"Name": "other", "Value": "enabled"}]})
}
