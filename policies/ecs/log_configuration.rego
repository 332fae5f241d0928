# METADATA
# title: ECS container has no log configuration
# description: |
#   A container definition without a LogConfiguration sends its output nowhere ECS can keep it: when the task stops, what the container logged about requests, errors and intrusions is gone.
# custom:
#   id: AWS-ECS-080
#   severity: medium
#   resource_types: [AWS::ECS::TaskDefinition]
#   remediation: Give every container a LogConfiguration (logConfiguration in Terraform's container_definitions), for example the awslogs driver with a log group.
#   terraform: |
#     resource "aws_ecs_task_definition" "web" {
#       # ...
#       container_definitions = jsonencode([{
#         name  = "web"
#         image = "nginx:1.27"
#         logConfiguration = {
#           logDriver = "awslogs"
#           options = {
#             "awslogs-group"         = "/ecs/web"
#             "awslogs-region"        = "us-east-1"
#             "awslogs-stream-prefix" = "web"
#           }
#         }
#       }])
#     }
#   cloudformation: |
#     Web:
#       Type: AWS::ECS::TaskDefinition
#       Properties:
#         # ...
#         ContainerDefinitions:
#           - Name: web
#             Image: nginx:1.27
#             LogConfiguration:
#               LogDriver: awslogs
#               Options:
#                 awslogs-group: /ecs/web
#                 awslogs-region: us-east-1
#                 awslogs-stream-prefix: web
#   cis: []
#   fsbp: ["ECS.9"]
package iacvet.rules.ecs_log_configuration

import data.iacvet.lib

# containers yields [index, container] for every container definition.
containers(r) := [[i, c] |
	defs := r.properties.ContainerDefinitions
	is_array(defs)
	some i, c in defs
	is_object(c)
	not lib.is_unknown(c)
]

name(c) := lib.any_of(c, ["Name", "name"])

name(c) := "?" if not lib.any_of(c, ["Name", "name"])

log_configuration(c) := lib.any_of(c, ["LogConfiguration", "logConfiguration"])

deny contains lib.finding(r, msg, ["ContainerDefinitions", i]) if {
	some r in input.resources
	some [i, c] in containers(r)
	not log_configuration(c)
	msg := sprintf("%s: container %v has no log configuration", [r.address, name(c)])
}

unknown contains lib.finding(r, msg, ["ContainerDefinitions"]) if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.ContainerDefinitions)
	msg := sprintf("%s: its container definitions are known only after apply", [r.address])
}
