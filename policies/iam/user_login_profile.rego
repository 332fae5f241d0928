# METADATA
# title: IAM user has a console password
# description: |
#   A login profile gives an IAM user a long-lived console password, managed outside an identity provider; whether MFA protects it cannot be enforced from code. People should sign in through IAM Identity Center or federation.
# custom:
#   id: AWS-IAM-024
#   severity: medium
#   resource_types: [AWS::IAM::User]
#   remediation: Remove the login profile and give people access through IAM Identity Center or a federated role.
#   terraform: |
#     resource "aws_iam_user" "ci" {
#       name = "ci"
#     }
#   cloudformation: |
#     CiUser:
#       Type: AWS::IAM::User
#       Properties:
#         UserName: ci
#   cis: ["1.21"]
#   fsbp: []
package iacvet.rules.iam_user_login_profile

import data.iacvet.lib

deny contains lib.finding(r, msg, ["LoginProfile"]) if {
	some r in input.resources
	r.type == "AWS::IAM::User"
	is_object(r.properties.LoginProfile)
	not lib.is_unknown(r.properties.LoginProfile)
	msg := sprintf("IAM user %s has a console password (login profile)", [r.address])
}

unknown contains lib.finding(r, msg, ["LoginProfile"]) if {
	some r in input.resources
	r.type == "AWS::IAM::User"
	r.has_unknown
	lib.is_unknown(r.properties.LoginProfile)
	msg := sprintf("IAM user %s: whether it has a console password is known only after apply", [r.address])
}
