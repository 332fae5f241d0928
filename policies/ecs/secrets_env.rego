# METADATA
# title: ECS container passes a secret as a plain environment variable
# description: |
#   Environment variables of a task definition are stored and shown in clear text to anyone who can describe the task definition, and they end up in the Terraform state and CloudFormation templates. Passwords, tokens and keys should be injected from Secrets Manager or Parameter Store through the container's secrets (valueFrom) instead.
# custom:
#   id: AWS-ECS-003
#   severity: high
#   resource_types: [AWS::ECS::TaskDefinition]
#   remediation: Store the value in Secrets Manager or SSM Parameter Store and pass it with the container's secrets list (name and valueFrom) instead of environment.
#   terraform: |
#     resource "aws_ecs_task_definition" "app" {
#       container_definitions = jsonencode([{
#         name  = "app"
#         image = "111122223333.dkr.ecr.us-east-1.amazonaws.com/app:1.4.2"
#         secrets = [{
#           name      = "DB_PASSWORD"
#           valueFrom = aws_secretsmanager_secret.db.arn
#         }]
#       }])
#     }
#   cloudformation: |
#     App:
#       Type: AWS::ECS::TaskDefinition
#       Properties:
#         ContainerDefinitions:
#           - Name: app
#             Image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/app:1.4.2
#             Secrets:
#               - Name: DB_PASSWORD
#                 ValueFrom: !Ref DbSecret
#   cis: []
#   fsbp: ["ECS.8"]
package iacvet.rules.ecs_secrets_env

import data.iacvet.lib

# Variable names that hold credentials (case-insensitive).
secret_name := `(?i)(password|passwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential|auth[_-]?data)`

# Names that only point at or describe a credential.
describes := `(?i)[_-](arn|name|path|file|url|uri|endpoint|region|ttl|expiry|expiration|length|header|type|version|enabled)$`

containers(r) := [[i, c] |
	defs := r.properties.ContainerDefinitions
	is_array(defs)
	some i, c in defs
	is_object(c)
]

cname(c) := lib.any_of(c, ["Name", "name"])

cname(c) := "?" if not lib.any_of(c, ["Name", "name"])

# variables yields {path, name, value} for a container's environment
# variables that look like credentials.
variables(i, c) := [{"path": ["ContainerDefinitions", i, ek, j], "name": n, "value": v} |
	ek := [k | some k in ["Environment", "environment"]; is_array(c[k])][0]
	some j, e in c[ek]
	is_object(e)
	n := lib.any_of(e, ["Name", "name"])
	is_string(n)
	regex.match(secret_name, n)
	not regex.match(describes, n)
	v := lib.any_of(e, ["Value", "value"])
]

# A literal value: a non-empty string that is not a flag.
literal(v) if {
	is_string(v)
	v != ""
	not lower(v) in {"true", "false"}
}

deny contains lib.finding(r, msg, x.path) if {
	some r in input.resources
	some [i, c] in containers(r)
	some x in variables(i, c)
	literal(x.value)
	msg := sprintf("%s: container %v passes %s as a plain environment variable; pass it as a secret (valueFrom)", [r.address, cname(c), x.name])
}

# A value redacted as sensitive (a NoEcho parameter, a sensitive variable)
# is still stored in clear text in the task definition.
deny contains lib.finding(r, msg, x.path) if {
	some r in input.resources
	some [i, c] in containers(r)
	some x in variables(i, c)
	lib.is_sensitive(x.value)
	msg := sprintf("%s: container %v passes the sensitive value %s as a plain environment variable; pass it as a secret (valueFrom)", [r.address, cname(c), x.name])
}

unknown contains lib.finding(r, msg, ["ContainerDefinitions"]) if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.ContainerDefinitions)
	msg := sprintf("%s: its container definitions are known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, x.path) if {
	some r in input.resources
	r.has_unknown
	some [i, c] in containers(r)
	some x in variables(i, c)
	lib.is_unknown(x.value)
	msg := sprintf("%s: container %v sets %s from a value known only after apply; pass it as a secret (valueFrom)", [r.address, cname(c), x.name])
}
