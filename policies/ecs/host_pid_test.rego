package iacvet.rules.ecs_host_pid_test

import data.iacvet.rules.ecs_host_pid

res(props) := {"resources": [{
	"address": "Agent", "type": "AWS::ECS::TaskDefinition", "name": "Agent", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"Family": "agent", "NetworkMode": "bridge"}, props),
}]}

test_fail if {
	count(ecs_host_pid.deny) == 1 with input as res({"PidMode": "host"})
}

test_pass_task if {
	count(ecs_host_pid.deny) == 0 with input as res({"PidMode": "task"})
}

test_pass_unset if {
	count(ecs_host_pid.deny) == 0 with input as res({})
}

test_unknown if {
	inp := json.patch(res({"PidMode": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(ecs_host_pid.deny) == 0 with input as inp
	count(ecs_host_pid.unknown) == 1 with input as inp
}
