# METADATA
# title: Customer managed policy allows every action of a service
# description: |
#   An Allow statement with an action such as "s3:*" or "*" grants every present and future action of the service, including deleting resources, changing their policies and reading every secret they hold, where the job needs a few named actions. Statements that grant every action on every resource are AWS-IAM-001's.
# custom:
#   id: AWS-IAM-025
#   severity: medium
#   resource_types: [AWS::IAM::ManagedPolicy]
#   remediation: List the actions the principals need instead of service:* wildcards.
#   terraform: |
#     resource "aws_iam_policy" "reports" {
#       name = "reports"
#       policy = jsonencode({
#         Version = "2012-10-17"
#         Statement = [{
#           Effect   = "Allow"
#           Action   = ["s3:GetObject", "s3:PutObject"]
#           Resource = "arn:aws:s3:::reports/*"
#         }]
#       })
#     }
#   cloudformation: |
#     Reports:
#       Type: AWS::IAM::ManagedPolicy
#       Properties:
#         PolicyDocument:
#           Version: '2012-10-17'
#           Statement:
#             - Effect: Allow
#               Action: [s3:GetObject, s3:PutObject]
#               Resource: arn:aws:s3:::reports/*
#   cis: []
#   fsbp: ["IAM.21"]
package iacvet.rules.iam_service_wildcard

import data.iacvet.lib
import data.iacvet.lib.iam

# wildcards are a statement's action patterns that grant a whole service.
wildcards(s) := {p |
	some p in lib.as_list(s.Action)
	is_string(p)
	service_wildcard(p)
}

service_wildcard("*")

service_wildcard(p) if regex.match(`^[A-Za-z0-9-]+:\*+$`, p)

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.type == "AWS::IAM::ManagedPolicy"
	found := {[p, w] |
		some [p, s] in iam.policy_statements(r)
		iam.allow(s)
		not everything(s)
		some w in wildcards(s)
	}
	count(found) > 0
	path := min({p | some [p, _] in found})
	msg := sprintf("%s allows every action of a service (%s)", [r.address, concat(", ", sort({w | some [_, w] in found}))])
}

# everything holds for statements that grant every action on every resource.
everything(s) if {
	iam.all_actions(s)
	iam.all_resources(s)
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.type == "AWS::IAM::ManagedPolicy"
	r.has_unknown
	some path in iam.undecided_policies(r)
	msg := sprintf("%s: the policy document is known only after apply", [r.address])
}
