# METADATA
# title: IAM access key is created in the code
# description: |
#   An active access key created by Terraform (aws_iam_access_key) or CloudFormation (AWS::IAM::AccessKey) is a long-lived credential whose secret ends up in the Terraform state or in the stack's outputs and whatever reads them, and which nobody rotates. Roles give workloads temporary credentials instead.
# custom:
#   id: AWS-IAM-100
#   severity: medium
#   resource_types: [AWS::IAM::AccessKey]
#   remediation: Use an IAM role (instance profile, task role, IAM Roles Anywhere or OIDC federation) instead of an access key; if a key is unavoidable, create it outside the code and keep it in a secrets store.
#   terraform: |
#     resource "aws_iam_role" "ci" {
#       name = "ci"
#       assume_role_policy = jsonencode({
#         Version = "2012-10-17"
#         Statement = [{
#           Effect    = "Allow"
#           Principal = { Federated = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" }
#           Action    = "sts:AssumeRoleWithWebIdentity"
#           Condition = { StringEquals = { "token.actions.githubusercontent.com:sub" = "repo:example/app:ref:refs/heads/main" } }
#         }]
#       })
#     }
#   cloudformation: |
#     CiRole:
#       Type: AWS::IAM::Role
#       Properties:
#         AssumeRolePolicyDocument:
#           Version: '2012-10-17'
#           Statement:
#             - Effect: Allow
#               Principal:
#                 Federated: arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com
#               Action: sts:AssumeRoleWithWebIdentity
#   cis: []
#   fsbp: []
package iacvet.rules.iam_access_key

import data.iacvet.lib

path := ["Status"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	status := lib.get(r.properties, "Status", "Active")
	is_string(status)
	lower(status) == "active"
	msg := sprintf("%s creates an active access key for %s in the code; its secret is kept in the state or stack outputs", [r.address, user(r)])
}

user(r) := r.properties.UserName if {
	is_string(r.properties.UserName)
} else := r.properties.UserName["$ref"] if {
	is_string(r.properties.UserName["$ref"])
} else := "its user"

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether the access key is active is known only after apply", [r.address])
}
