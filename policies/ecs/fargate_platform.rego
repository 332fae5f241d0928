# METADATA
# title: ECS Fargate service is pinned to an old platform version
# description: |
#   A Fargate service with a PlatformVersion other than LATEST or the newest version of its platform (1.4.0 for Linux, 1.0.0 for Windows) keeps running tasks on an older kernel and container runtime, without the security fixes and features of the newer one. Leaving PlatformVersion unset means LATEST.
# custom:
#   id: AWS-ECS-005
#   severity: medium
#   resource_types: [AWS::ECS::Service, AWS::ECS::TaskDefinition]
#   remediation: Set PlatformVersion (platform_version) to LATEST, or remove it.
#   terraform: |
#     resource "aws_ecs_service" "web" {
#       # ...
#       launch_type      = "FARGATE"
#       platform_version = "LATEST"
#     }
#   cloudformation: |
#     Web:
#       Type: AWS::ECS::Service
#       Properties:
#         # ...
#         LaunchType: FARGATE
#         PlatformVersion: LATEST
#   cis: []
#   fsbp: ["ECS.10"]
package iacvet.rules.ecs_fargate_platform

import data.iacvet.lib

path := ["PlatformVersion"]

fargate(r) if upper(r.properties.LaunchType) == "FARGATE"

fargate(r) if {
	some s in lib.as_list(lib.get(r.properties, "CapacityProviderStrategy", []))
	upper(s.CapacityProvider) in {"FARGATE", "FARGATE_SPOT"}
}

# task_definitions are the task definitions of the input the service runs.
task_definitions(r) := [td |
	some td in input.resources
	td.type == "AWS::ECS::TaskDefinition"
	lib.refers_to(r.properties.TaskDefinition, td)
]

windows(td) if startswith(upper(td.properties.RuntimePlatform.OperatingSystemFamily), "WINDOWS")

# latest is the newest platform version of the service's operating system,
# when its task definition is in the input.
latest(r) := "1.0.0" if {
	some td in task_definitions(r)
	windows(td)
} else := "1.4.0" if count(task_definitions(r)) > 0

old(r, v) if {
	v != "LATEST"
	v != latest(r)
}

# 1.1.0 to 1.3.0 are old on every platform; 1.0.0 is Windows's newest.
old(r, v) if {
	count(task_definitions(r)) == 0
	v in {"1.1.0", "1.2.0", "1.3.0"}
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.type == "AWS::ECS::Service"
	fargate(r)
	v := r.properties.PlatformVersion
	is_string(v)
	old(r, upper(v))
	msg := sprintf("%s runs on Fargate platform version %s, not the latest", [r.address, v])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.type == "AWS::ECS::Service"
	r.has_unknown
	fargate(r)
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: its Fargate platform version is known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.type == "AWS::ECS::Service"
	fargate(r)
	r.properties.PlatformVersion == "1.0.0"
	count(task_definitions(r)) == 0
	msg := sprintf("%s: whether platform version 1.0.0 is the latest depends on the operating system of a task definition outside the input", [r.address])
}
