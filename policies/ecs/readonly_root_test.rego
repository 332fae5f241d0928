package iacvet.rules.ecs_readonly_root_test

import data.iacvet.rules.ecs_readonly_root

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
		{"Name": "app", "Image": "nginx:1.27", "ReadonlyRootFilesystem": true},
		{"Name": "sidecar", "Image": "envoy:1.31"},
	]),
	task("aws_ecs_task_definition.app", "terraform-plan", [{"name": "app", "image": "nginx:1.27", "readonlyRootFilesystem": false}]),
]}

pass_input := {"resources": [
	task("App", "cloudformation", [
		{"Name": "app", "Image": "nginx:1.27", "ReadonlyRootFilesystem": "true"},
		{"Name": "sidecar", "Image": "envoy:1.31", "ReadonlyRootFilesystem": true},
	]),
	task("aws_ecs_task_definition.app", "terraform-plan", [{"name": "app", "image": "nginx:1.27", "readonlyRootFilesystem": true}]),
]}

test_fail if {
	paths := {f.path | some f in ecs_readonly_root.deny} with input as fail_input
	paths == {["ContainerDefinitions", 1], ["ContainerDefinitions", 0, "readonlyRootFilesystem"]}
}

test_pass if {
	count(ecs_readonly_root.deny) == 0 with input as pass_input
}

unknown_input := json.patch(pass_input, [
	{"op": "replace", "path": "/resources/1/properties/ContainerDefinitions", "value": {"$unknown": true}},
	{"op": "replace", "path": "/resources/1/has_unknown", "value": true},
	{"op": "replace", "path": "/resources/0/properties/ContainerDefinitions/1/ReadonlyRootFilesystem", "value": {"$unknown": true}},
	{"op": "replace", "path": "/resources/0/has_unknown", "value": true},
])

test_unknown if {
	count(ecs_readonly_root.deny) == 0 with input as unknown_input
	count(ecs_readonly_root.unknown) == 2 with input as unknown_input
}

windows_input := json.patch(fail_input, [{
	"op": "add",
	"path": "/resources/0/properties/RuntimePlatform",
	"value": {"OperatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "CpuArchitecture": "X86_64"},
}])

test_windows if {
	paths := {f.path | some f in ecs_readonly_root.deny} with input as windows_input
	paths == {["ContainerDefinitions", 0, "readonlyRootFilesystem"]}
}
