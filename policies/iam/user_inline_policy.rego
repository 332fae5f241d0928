# METADATA
# title: IAM user has an inline policy
# description: |
#   Permissions attached to users directly are hard to audit and to revoke consistently; they should come from groups or roles.
# custom:
#   id: AWS-IAM-003
#   severity: low
#   resource_types: [AWS::IAM::User, AWS::IAM::Policy]
#   remediation: Move the permissions to a group (or a role) and add the user to the group.
#   terraform: |
#     resource "aws_iam_group_policy" "readers" {
#       group  = aws_iam_group.readers.name
#       policy = data.aws_iam_policy_document.read.json
#     }
#   cloudformation: |
#     Readers:
#       Type: AWS::IAM::Group
#       Properties:
#         Policies:
#           - PolicyName: read
#             PolicyDocument: {...}
#   cis: ["1.15"]
#   fsbp: ["IAM.2"]
package iacvet.rules.iam_user_inline_policy

import data.iacvet.lib

deny contains lib.finding(r, msg, ["Policies", i]) if {
	some r in input.resources
	r.type == "AWS::IAM::User"
	some i, _ in r.properties.Policies
	msg := sprintf("IAM user %s has an inline policy", [r.address])
}

deny contains lib.finding(r, msg, "Users") if {
	some r in input.resources
	r.type == "AWS::IAM::Policy"
	count(r.properties.Users) > 0
	msg := sprintf("IAM policy %s is attached to users directly", [r.address])
}
