# METADATA
# title: ECS task definition shares the host's process namespace
# description: |
#   With PidMode host every container of the task sees, and with enough privileges can signal or trace, every process on the container instance, including other tasks' processes and the ECS agent; a compromised container gets a view of the whole host.
# custom:
#   id: AWS-ECS-004
#   severity: high
#   resource_types: [AWS::ECS::TaskDefinition]
#   remediation: Remove PidMode (pid_mode), or set it to task to share processes only within the task.
#   terraform: |
#     resource "aws_ecs_task_definition" "agent" {
#       # ...
#       pid_mode = "task"
#     }
#   cloudformation: |
#     Agent:
#       Type: AWS::ECS::TaskDefinition
#       Properties:
#         # ...
#         PidMode: task
#   cis: []
#   fsbp: ["ECS.3"]
package iacvet.rules.ecs_host_pid

import data.iacvet.lib

path := ["PidMode"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	mode := r.properties.PidMode
	is_string(mode)
	lower(mode) == "host"
	msg := sprintf("%s shares the host's process namespace with its containers", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: its process namespace mode is known only after apply", [r.address])
}
