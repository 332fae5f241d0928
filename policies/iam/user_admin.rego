# METADATA
# title: IAM user has the AdministratorAccess policy attached
# description: |
#   A user with AdministratorAccess attached directly holds long-lived credentials with full rights; permissions should come from groups or roles.
# custom:
#   id: AWS-IAM-002
#   severity: high
#   resource_types: [AWS::IAM::User]
#   remediation: Detach AdministratorAccess from the user; grant administrators a role they assume, or a group with scoped policies.
#   terraform: |
#     resource "aws_iam_group_policy_attachment" "admins" {
#       group      = aws_iam_group.admins.name
#       policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
#     }
#   cloudformation: |
#     Admins:
#       Type: AWS::IAM::Group
#       Properties:
#         ManagedPolicyArns:
#           - arn:aws:iam::aws:policy/AdministratorAccess
#   cis: ["1.15"]
#   fsbp: ["IAM.2"]
package iacvet.rules.iam_user_admin

import data.iacvet.lib

admin_arn := "AdministratorAccess"

admin(arn) if {
	is_string(arn)
	regex.match(`^arn:aws[a-z-]*:iam::aws:policy/AdministratorAccess$`, arn)
}

deny contains lib.finding(r, msg, ["ManagedPolicyArns", i]) if {
	some r in input.resources
	some i, arn in r.properties.ManagedPolicyArns
	admin(arn)
	msg := sprintf("IAM user %s has %s attached", [r.address, admin_arn])
}

unknown contains lib.finding(r, msg, ["ManagedPolicyArns", i]) if {
	some r in input.resources
	r.has_unknown
	some i, arn in r.properties.ManagedPolicyArns
	lib.is_unknown(arn)
	msg := sprintf("IAM user %s: an attached policy is known only after apply", [r.address])
}
