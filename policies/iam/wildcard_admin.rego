# METADATA
# title: IAM policy allows all actions on all resources
# description: |
#   A policy statement allowing "*" on "*" grants full administrator rights to whoever holds it, defeating least privilege.
# custom:
#   id: AWS-IAM-001
#   severity: high
#   resource_types: [AWS::IAM::ManagedPolicy, AWS::IAM::Policy, AWS::IAM::Role, AWS::IAM::User, AWS::IAM::Group]
#   remediation: Grant only the actions and resources the principal needs.
#   terraform: |
#     resource "aws_iam_policy" "app" {
#       policy = jsonencode({
#         Version   = "2012-10-17"
#         Statement = [{
#           Effect   = "Allow"
#           Action   = ["s3:GetObject"]
#           Resource = "arn:aws:s3:::example-data/*"
#         }]
#       })
#     }
#   cloudformation: |
#     AppPolicy:
#       Type: AWS::IAM::ManagedPolicy
#       Properties:
#         PolicyDocument:
#           Version: '2012-10-17'
#           Statement:
#             - Effect: Allow
#               Action: [s3:GetObject]
#               Resource: arn:aws:s3:::example-data/*
#   cis: ["1.16"]
#   fsbp: ["IAM.1"]
package iacvet.rules.iam_wildcard_admin

import data.iacvet.lib
import data.iacvet.lib.iam

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	some [path, s] in iam.policy_statements(r)
	iam.allow(s)
	iam.all_actions(s)
	iam.all_resources(s)
	msg := sprintf("%s allows every action on every resource", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	some path in iam.undecided_policies(r)
	msg := sprintf("%s: the policy document is known only after apply", [r.address])
}
