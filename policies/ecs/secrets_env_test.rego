package iacvet.rules.ecs_secrets_env_test

import data.iacvet.rules.ecs_secrets_env

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
	task("App", "cloudformation", [{
		"Name": "app",
		"Image": "nginx:1.27",
		"Environment": [
			{"Name": "LOG_LEVEL", "Value": "info"},
			{"Name": "DB_PASSWORD", "Value": "hunter2"},
			{"Name": "STRIPE_API_KEY", "Value": {"$sensitive": true}},
		],
	}]),
	task("aws_ecs_task_definition.app", "terraform-plan", [{
		"name": "app",
		"image": "nginx:1.27",
		"environment": [{"name": "AWS_SECRET_ACCESS_KEY", "value": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}],
	}]),
]}

pass_input := {"resources": [
	task("App", "cloudformation", [{
		"Name": "app",
		"Image": "nginx:1.27",
		"Environment": [
			{"Name": "LOG_LEVEL", "Value": "info"},
			{"Name": "DB_PASSWORD_SECRET_ARN", "Value": "arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf"},
			{"Name": "TOKEN_AUTH", "Value": "true"},
			{"Name": "API_TOKEN", "Value": ""},
		],
		"Secrets": [{"Name": "DB_PASSWORD", "ValueFrom": "arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf"}],
	}]),
	task("aws_ecs_task_definition.app", "terraform-plan", [{
		"name": "app",
		"image": "nginx:1.27",
		"secrets": [{"name": "AWS_SECRET_ACCESS_KEY", "valueFrom": "arn:aws:ssm:us-east-1:111122223333:parameter/app/key"}],
	}]),
]}

test_fail if {
	paths := {f.path | some f in ecs_secrets_env.deny} with input as fail_input
	paths == {
		["ContainerDefinitions", 0, "Environment", 1],
		["ContainerDefinitions", 0, "Environment", 2],
		["ContainerDefinitions", 0, "environment", 0],
	}
}

test_pass if {
	count(ecs_secrets_env.deny) == 0 with input as pass_input
	count(ecs_secrets_env.unknown) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [
	{"op": "replace", "path": "/resources/1/properties/ContainerDefinitions", "value": {"$unknown": true}},
	{"op": "replace", "path": "/resources/1/has_unknown", "value": true},
	{"op": "replace", "path": "/resources/0/properties/ContainerDefinitions/0/Environment/1/Value", "value": {"$unknown": true, "$ref": "DbPassword"}},
	{"op": "remove", "path": "/resources/0/properties/ContainerDefinitions/0/Environment/2"},
	{"op": "replace", "path": "/resources/0/has_unknown", "value": true},
])

test_unknown if {
	count(ecs_secrets_env.deny) == 0 with input as unknown_input
	count(ecs_secrets_env.unknown) == 2 with input as unknown_input
}
