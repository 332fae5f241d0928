# METADATA
# title: Lambda, ECS task or Batch role has administrator rights
# description: |
#   A role that Lambda, ECS tasks or Batch assume and that is granted "*" on "*" (inline, through an attached policy, or AdministratorAccess) gives full control of the account to any code execution flaw, dependency or image of the workload.
# custom:
#   id: AWS-IAM-023
#   severity: critical
#   resource_types: [AWS::IAM::Role, AWS::IAM::Policy, AWS::IAM::ManagedPolicy]
#   remediation: Grant the workload's role only the actions and resources its code calls.
#   terraform: |
#     resource "aws_iam_role_policy_attachment" "logs" {
#       role       = aws_iam_role.fn.name
#       policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
#     }
#   cloudformation: |
#     FunctionRole:
#       Type: AWS::IAM::Role
#       Properties:
#         AssumeRolePolicyDocument:
#           Statement:
#             - Effect: Allow
#               Principal: {Service: lambda.amazonaws.com}
#               Action: sts:AssumeRole
#         ManagedPolicyArns:
#           - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
#   cis: []
#   fsbp: []
package iacvet.rules.iam_compute_role_admin

import data.iacvet.lib
import data.iacvet.lib.iam

compute_services := {"lambda.amazonaws.com", "edgelambda.amazonaws.com", "ecs-tasks.amazonaws.com", "batch.amazonaws.com"}

compute_role(r) if {
	r.type == "AWS::IAM::Role"
	some [_, s] in iam.trust_statements(r)
	iam.allow(s)
	some svc in iam.service_principals(s)
	lower(svc) in compute_services
}

admin_statement(s) if {
	iam.allow(s)
	iam.all_actions(s)
	iam.all_resources(s)
}

admin_arn(arn) if {
	is_string(arn)
	regex.match(`^arn:aws[a-z-]*:iam::aws:policy/AdministratorAccess$`, arn)
}

policies := [p | some p in input.resources; p.type in {"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"}]

admin_policy(p) if {
	some [_, s] in iam.policy_statements(p)
	admin_statement(s)
}

attached(p, role) if {
	some v in p.properties.Roles
	lib.refers_to(v, role)
}

attached(p, role) if {
	some v in p.properties.Roles
	is_string(v)
	v == role.properties.RoleName
}

attached(p, role) if {
	some arn in role.properties.ManagedPolicyArns
	lib.refers_to(arn, p)
}

# grants yields [path, how] for every way a role is given "*" on "*".
grants(role) := {[path, "an inline policy"] | some [path, s] in iam.policy_statements(role); admin_statement(s)} | {[["ManagedPolicyArns", i], "AdministratorAccess"] |
	some i, arn in role.properties.ManagedPolicyArns
	admin_arn(arn)
} | {["RoleName", sprintf("policy %s", [p.address])] |
	some p in policies
	attached(p, role)
	admin_policy(p)
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	compute_role(r)
	found := grants(r)
	count(found) > 0
	path := min({p | some [p, _] in found})
	hows := sort({h | some [_, h] in found})
	msg := sprintf("workload role %s has administrator rights (%s)", [r.address, concat(", ", hows)])
}

unknown contains lib.finding(r, msg, ["ManagedPolicyArns", i]) if {
	some r in input.resources
	compute_role(r)
	count(grants(r)) == 0
	some i, arn in r.properties.ManagedPolicyArns
	iam.unknown_value(arn)
	msg := sprintf("workload role %s: an attached policy is known only after apply", [r.address])
}
