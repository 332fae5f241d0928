package iacvet.rules.ecs_fargate_platform_test

import data.iacvet.rules.ecs_fargate_platform

svc(props) := {
	"address": "Web", "type": "AWS::ECS::Service", "name": "Web", "format": "cloudformation",
	"partial": false, "has_unknown": false,
	"properties": object.union({"TaskDefinition": {"$unknown": true, "$ref": "WebTask"}, "DesiredCount": 2}, props),
}

td(family) := {
	"address": "WebTask", "type": "AWS::ECS::TaskDefinition", "name": "WebTask", "format": "cloudformation",
	"partial": false, "has_unknown": false,
	"properties": {"RequiresCompatibilities": ["FARGATE"], "RuntimePlatform": {"OperatingSystemFamily": family}},
}

test_fail_old_linux if {
	count(ecs_fargate_platform.deny) == 1 with input as {"resources": [svc({"LaunchType": "FARGATE", "PlatformVersion": "1.3.0"}), td("LINUX")]}
}

test_fail_windows_version_on_linux if {
	count(ecs_fargate_platform.deny) == 1 with input as {"resources": [svc({"LaunchType": "FARGATE", "PlatformVersion": "1.0.0"}), td("LINUX")]}
}

test_fail_capacity_provider if {
	inp := {"resources": [svc({"CapacityProviderStrategy": [{"CapacityProvider": "FARGATE_SPOT", "Weight": 1}], "PlatformVersion": "1.2.0"})]}
	count(ecs_fargate_platform.deny) == 1 with input as inp
}

test_pass_latest if {
	count(ecs_fargate_platform.deny) == 0 with input as {"resources": [svc({"LaunchType": "FARGATE", "PlatformVersion": "LATEST"}), td("LINUX")]}
}

test_pass_unset if {
	count(ecs_fargate_platform.deny) == 0 with input as {"resources": [svc({"LaunchType": "FARGATE"}), td("LINUX")]}
}

test_pass_newest_linux if {
	count(ecs_fargate_platform.deny) == 0 with input as {"resources": [svc({"LaunchType": "FARGATE", "PlatformVersion": "1.4.0"}), td("LINUX")]}
}

test_pass_newest_windows if {
	count(ecs_fargate_platform.deny) == 0 with input as {"resources": [svc({"LaunchType": "FARGATE", "PlatformVersion": "1.0.0"}), td("WINDOWS_SERVER_2022_CORE")]}
}

test_pass_ec2 if {
	count(ecs_fargate_platform.deny) == 0 with input as {"resources": [svc({"LaunchType": "EC2", "PlatformVersion": "1.3.0"})]}
}

test_unknown_task_definition_outside if {
	inp := {"resources": [svc({"LaunchType": "FARGATE", "PlatformVersion": "1.0.0"})]}
	count(ecs_fargate_platform.deny) == 0 with input as inp
	count(ecs_fargate_platform.unknown) == 1 with input as inp
}

test_unknown if {
	inp := {"resources": [json.patch(svc({"LaunchType": "FARGATE", "PlatformVersion": {"$unknown": true}}), [{"op": "replace", "path": "/has_unknown", "value": true}])]}
	count(ecs_fargate_platform.deny) == 0 with input as inp
	count(ecs_fargate_platform.unknown) == 1 with input as inp
}
