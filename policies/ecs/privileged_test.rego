package iacvet.rules.ecs_privileged_test

import data.iacvet.rules.ecs_privileged

task(addr, format, defs) := {
	"address": addr,
	"type": "AWS::ECS::TaskDefinition",
	"name": addr,
	"format": format,
	"partial": false,
	"has_unknown": false,
	"properties": {"Family": "app", "ContainerDefinitions": defs},
}

fail_input := {"resources": [
	task("App", "cloudformation", [
		{"Name": "app", "Image": "nginx:1.27", "Privileged": "true"},
		{"Name": "sidecar", "Image": "envoy:1.31", "Privileged": false},
	]),
	task("aws_ecs_task_definition.app", "terraform-plan", [{"name": "app", "image": "nginx:1.27", "privileged": true}]),
]}

pass_input := {"resources": [
	task("App", "cloudformation", [
		{"Name": "app", "Image": "nginx:1.27", "Privileged": false},
		{"Name": "sidecar", "Image": "envoy:1.31"},
	]),
	task("aws_ecs_task_definition.app", "terraform-plan", [{"name": "app", "image": "nginx:1.27", "privileged": false}]),
]}

test_fail if {
	paths := {f.path | some f in ecs_privileged.deny} with input as fail_input
	paths == {["ContainerDefinitions", 0, "Privileged"], ["ContainerDefinitions", 0, "privileged"]}
}

test_pass if {
	count(ecs_privileged.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [
	{"op": "replace", "path": "/resources/1/properties/ContainerDefinitions", "value": {"$unknown": true}},
	{"op": "replace", "path": "/resources/1/has_unknown", "value": true},
	{"op": "replace", "path": "/resources/0/properties/ContainerDefinitions/0/Privileged", "value": {"$unknown": true}},
	{"op": "replace", "path": "/resources/0/has_unknown", "value": true},
])

test_unknown if {
	count(ecs_privileged.deny) == 0 with input as unknown_input
	count(ecs_privileged.unknown) == 2 with input as unknown_input
}
