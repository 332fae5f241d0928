# METADATA
# title: ECS task definition runs a privileged container
# description: |
#   A privileged container gets root-equivalent access to the host it runs on: every device and kernel capability, so a compromise of the container is a compromise of the container instance and of the other tasks on it.
# custom:
#   id: AWS-ECS-001
#   severity: high
#   resource_types: [AWS::ECS::TaskDefinition]
#   remediation: Remove privileged from the container definitions (or set it to false); grant only the Linux capabilities the container needs.
#   terraform: |
#     resource "aws_ecs_task_definition" "app" {
#       container_definitions = jsonencode([{
#         name       = "app"
#         image      = "111122223333.dkr.ecr.us-east-1.amazonaws.com/app:1.4.2"
#         privileged = false
#       }])
#     }
#   cloudformation: |
#     App:
#       Type: AWS::ECS::TaskDefinition
#       Properties:
#         ContainerDefinitions:
#           - Name: app
#             Image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/app:1.4.2
#             Privileged: false
#   cis: []
#   fsbp: ["ECS.4"]
package iacvet.rules.ecs_privileged

import data.iacvet.lib

# CloudFormation spells container definition keys in PascalCase, Terraform's
# container_definitions JSON in camelCase.
keys := ["Privileged", "privileged"]

# containers yields [index, container] for every container definition.
containers(r) := [[i, c] |
	defs := r.properties.ContainerDefinitions
	is_array(defs)
	some i, c in defs
	is_object(c)
]

# key returns the spelling of the privileged key a container uses.
key(c) := [k | some k in keys; c[k] != null][0]

name(c) := lib.any_of(c, ["Name", "name"])

name(c) := "?" if not lib.any_of(c, ["Name", "name"])

deny contains lib.finding(r, msg, ["ContainerDefinitions", i, k]) if {
	some r in input.resources
	some [i, c] in containers(r)
	k := key(c)
	lib.is_true(c[k])
	msg := sprintf("%s runs container %v privileged, with root access to the host", [r.address, name(c)])
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
	k := key(c)
	lib.is_unknown(c[k])
	msg := sprintf("%s: whether container %v runs privileged is known only after apply", [r.address, name(c)])
}
