# METADATA
# title: ECS container does not have a read-only root filesystem
# description: |
#   A writable root filesystem lets an intruder in the container change its binaries and configuration or drop tools and persist them for the life of the task. Containers should write only to the volumes mounted for that purpose. Windows task definitions are exempt: ECS does not support read-only root filesystems for Windows containers.
# custom:
#   id: AWS-ECS-002
#   severity: low
#   resource_types: [AWS::ECS::TaskDefinition]
#   remediation: Set readonlyRootFilesystem to true on every container and mount volumes for the paths it must write to.
#   terraform: |
#     resource "aws_ecs_task_definition" "app" {
#       container_definitions = jsonencode([{
#         name                   = "app"
#         image                  = "111122223333.dkr.ecr.us-east-1.amazonaws.com/app:1.4.2"
#         readonlyRootFilesystem = true
#       }])
#     }
#   cloudformation: |
#     App:
#       Type: AWS::ECS::TaskDefinition
#       Properties:
#         ContainerDefinitions:
#           - Name: app
#             Image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/app:1.4.2
#             ReadonlyRootFilesystem: true
#   cis: []
#   fsbp: ["ECS.5"]
package iacvet.rules.ecs_readonly_root

import data.iacvet.lib

# CloudFormation spells container definition keys in PascalCase, Terraform's
# container_definitions JSON in camelCase.
keys := ["ReadonlyRootFilesystem", "readonlyRootFilesystem"]

containers(r) := [[i, c] |
	not windows(r)
	defs := r.properties.ContainerDefinitions
	is_array(defs)
	some i, c in defs
	is_object(c)
]

# ECS does not support read-only root filesystems on Windows.
windows(r) if startswith(upper(r.properties.RuntimePlatform.OperatingSystemFamily), "WINDOWS")

name(c) := lib.any_of(c, ["Name", "name"])

name(c) := "?" if not lib.any_of(c, ["Name", "name"])

# set returns [key, value] of the container's read-only setting.
set(c) := [k, c[k]] if {
	k := [x | some x in keys; c[x] != null][0]
}

# Absent: the root filesystem is writable by default.
deny contains lib.finding(r, msg, ["ContainerDefinitions", i]) if {
	some r in input.resources
	lib.whole(r)
	some [i, c] in containers(r)
	not set(c)
	msg := sprintf("%s: container %v has a writable root filesystem", [r.address, name(c)])
}

deny contains lib.finding(r, msg, ["ContainerDefinitions", i, k]) if {
	some r in input.resources
	some [i, c] in containers(r)
	[k, v] := set(c)
	lib.known(v)
	not lib.is_true(v)
	msg := sprintf("%s: container %v has a writable root filesystem", [r.address, name(c)])
}

unknown contains lib.finding(r, msg, ["ContainerDefinitions"]) if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.ContainerDefinitions)
	msg := sprintf("%s: its container definitions are known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, ["ContainerDefinitions", i, k]) if {
	some r in input.resources
	r.has_unknown
	some [i, c] in containers(r)
	[k, v] := set(c)
	lib.is_unknown(v)
	msg := sprintf("%s: whether container %v has a read-only root filesystem is known only after apply", [r.address, name(c)])
}
