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
#   cis: []
#   fsbp: ["IAM.1"]
package iacvet.rules.iam_wildcard_admin

import data.iacvet.lib
import data.iacvet.lib.iam

# documents yields [path, document] for every policy document of a resource.
documents(r) := [[["PolicyDocument"], r.properties.PolicyDocument]] if r.type in {"AWS::IAM::ManagedPolicy", "AWS::IAM::Policy"}

documents(r) := [[["Policies", i, "PolicyDocument"], p.PolicyDocument] | some i, p in r.properties.Policies] if {
	r.type in {"AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"}
}

deny contains lib.finding(r, msg, array.concat(path, ["Statement"])) if {
	some r in input.resources
	some [path, doc] in documents(r)
	some s in iam.statements(doc)
	iam.allow(s)
	iam.all_actions(s)
	iam.all_resources(s)
	msg := sprintf("%s allows every action on every resource", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	some [path, doc] in documents(r)
	iam.undecided_document(doc)
	msg := sprintf("%s: the policy document is known only after apply", [r.address])
}
