package iacvet.rules.ecs_log_configuration_test

import data.iacvet.rules.ecs_log_configuration

res(defs) := {"resources": [{
	"address": "Web", "type": "AWS::ECS::TaskDefinition", "name": "Web", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": {"Family": "web", "ContainerDefinitions": defs},
}]}

awslogs := {"LogDriver": "awslogs", "Options": {"awslogs-group": "/ecs/web"}}

test_fail if {
	count(ecs_log_configuration.deny) == 1 with input as res([{"Name": "web", "Image": "nginx"}])
}

test_fail_one_of_two if {
	count(ecs_log_configuration.deny) == 1 with input as res([
		{"Name": "web", "Image": "nginx", "LogConfiguration": awslogs},
		{"name": "sidecar", "image": "envoy"},
	])
}

test_pass if {
	count(ecs_log_configuration.deny) == 0 with input as res([{"Name": "web", "Image": "nginx", "LogConfiguration": awslogs}])
}

test_pass_terraform_spelling if {
	count(ecs_log_configuration.deny) == 0 with input as res([{"name": "web", "image": "nginx", "logConfiguration": {"logDriver": "awsfirelens"}}])
}

test_unknown if {
	inp := {"resources": [{
		"address": "aws_ecs_task_definition.web", "type": "AWS::ECS::TaskDefinition", "name": "web", "format": "terraform-plan",
		"partial": false, "has_unknown": true, "properties": {"Family": "web", "ContainerDefinitions": {"$unknown": true}},
	}]}
	count(ecs_log_configuration.deny) == 0 with input as inp
	count(ecs_log_configuration.unknown) == 1 with input as inp
}
