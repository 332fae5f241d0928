# METADATA
# title: IAM policy allows iam:PassRole on every role
# description: |
#   A statement that allows iam:PassRole (directly, as iam:Pass*, iam:*, or through NotAction) on Resource "*" lets the holder hand any role of the account, administrators included, to a service it controls: a privilege escalation path.
# custom:
#   id: AWS-IAM-022
#   severity: high
#   resource_types: [AWS::IAM::ManagedPolicy, AWS::IAM::Policy, AWS::IAM::Role, AWS::IAM::User, AWS::IAM::Group]
#   remediation: List the ARNs of the roles that may be passed, and add an iam:PassedToService condition.
#   terraform: |
#     resource "aws_iam_policy" "deploy" {
#       policy = jsonencode({
#         Version   = "2012-10-17"
#         Statement = [{
#           Effect    = "Allow"
#           Action    = "iam:PassRole"
#           Resource  = "arn:aws:iam::111122223333:role/app-task"
#           Condition = { StringEquals = { "iam:PassedToService" = "ecs-tasks.amazonaws.com" } }
#         }]
#       })
#     }
#   cloudformation: |
#     DeployPolicy:
#       Type: AWS::IAM::ManagedPolicy
#       Properties:
#         PolicyDocument:
#           Statement:
#             - Effect: Allow
#               Action: iam:PassRole
#               Resource: !GetAtt AppTaskRole.Arn
#   cis: []
#   fsbp: []
package iacvet.rules.iam_pass_role_any

import data.iacvet.lib
import data.iacvet.lib.iam

# Statements granting everything are AWS-IAM-001's.
passes_any_role(s) if {
	iam.allows_action(s, "iam:PassRole")
	iam.all_resources(s)
	not iam.all_actions(s)
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	paths := {p | some [p, s] in iam.policy_statements(r); passes_any_role(s)}
	count(paths) > 0
	path := min(paths)
	msg := sprintf("%s allows iam:PassRole on every role", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	some path in iam.undecided_policies(r)
	msg := sprintf("%s: the policy document is known only after apply", [r.address])
}
