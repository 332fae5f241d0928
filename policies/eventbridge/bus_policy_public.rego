# METADATA
# title: EventBridge event bus policy lets anyone send events
# description: |
#   An event bus whose resource policy allows principal * (or uses NotPrincipal) without a condition that restricts the caller lets any AWS account put events on it, and through the bus's rules trigger whatever the rules target (Lambda functions, Step Functions, queues) with forged events. Both the bus's Policy document and EventBusPolicy resources are checked, including the older form that grants Principal * with an optional Condition (aws_cloudwatch_event_permission).
# custom:
#   id: AWS-EVB-020
#   severity: high
#   resource_types: [AWS::Events::EventBus, AWS::Events::EventBusPolicy]
#   remediation: Name the accounts allowed to put events, or restrict principal * with aws:PrincipalOrgID.
#   terraform: |
#     resource "aws_cloudwatch_event_permission" "org" {
#       event_bus_name = aws_cloudwatch_event_bus.orders.name
#       statement_id   = "OrganizationAccounts"
#       principal      = "*"
#       condition {
#         key   = "aws:PrincipalOrgID"
#         type  = "StringEquals"
#         value = "o-a1b2c3d4e5"
#       }
#     }
#   cloudformation: |
#     OrgAccounts:
#       Type: AWS::Events::EventBusPolicy
#       Properties:
#         EventBusName: !Ref Orders
#         StatementId: OrganizationAccounts
#         Statement:
#           Effect: Allow
#           Principal: '*'
#           Action: events:PutEvents
#           Resource: !GetAtt Orders.Arn
#           Condition:
#             StringEquals:
#               aws:PrincipalOrgID: o-a1b2c3d4e5
#   cis: []
#   fsbp: []
package iacvet.rules.eventbridge_bus_policy_public

import data.iacvet.lib
import data.iacvet.lib.iam

msg(r, what) := sprintf("%s lets anyone send events (%s) without a condition that restricts the caller", [r.address, what])

deny contains lib.finding(r, msg(r, iam.public_msg(doc)), iam.statement_path(["Policy"], doc, i)) if {
	some r in input.resources
	r.type == "AWS::Events::EventBus"
	doc := r.properties.Policy
	indexes := iam.public_indexes(doc)
	count(indexes) > 0
	i := min(indexes)
}

deny contains lib.finding(r, msg(r, iam.public_msg(doc)), ["Statement"]) if {
	some r in input.resources
	r.type == "AWS::Events::EventBusPolicy"
	stmt := r.properties.Statement
	is_object(stmt)
	not lib.is_unknown(stmt)
	doc := {"Version": "2012-10-17", "Statement": [stmt]}
	count(iam.public_indexes(doc)) > 0
}

# The older form: Principal * (or an account id) and an optional single
# Condition {Type, Key, Value}.
legacy_restricted(r) if {
	c := r.properties.Condition
	is_object(c)
	stmt := {"Effect": "Allow", "Principal": "*", "Action": "events:PutEvents", "Condition": {c.Type: {c.Key: c.Value}}}
	count(iam.public_indexes({"Statement": [stmt]})) == 0
}

deny contains lib.finding(r, msg(r, "events:PutEvents"), ["Principal"]) if {
	some r in input.resources
	r.type == "AWS::Events::EventBusPolicy"
	not r.properties.Statement
	r.properties.Principal == "*"
	not legacy_restricted(r)
	not legacy_undecided(r)
}

legacy_undecided(r) if lib.is_unknown(r.properties.Condition)

legacy_undecided(r) if {
	some k in ["Type", "Key", "Value"]
	lib.is_unknown(object.get(r.properties.Condition, k, null))
}

unknown contains lib.finding(r, sprintf("%s: whether its policy lets anyone send events is known only after apply", [r.address]), ["Policy"]) if {
	some r in input.resources
	r.type == "AWS::Events::EventBus"
	r.has_unknown
	iam.public_undecided(r.properties.Policy)
}

unknown contains lib.finding(r, sprintf("%s: whether it lets anyone send events is known only after apply", [r.address]), ["Statement"]) if {
	some r in input.resources
	r.type == "AWS::Events::EventBusPolicy"
	r.has_unknown
	lib.is_unknown(r.properties.Statement)
}

unknown contains lib.finding(r, sprintf("%s: whether it lets anyone send events is known only after apply", [r.address]), ["Principal"]) if {
	some r in input.resources
	r.type == "AWS::Events::EventBusPolicy"
	r.has_unknown
	not r.properties.Statement
	lib.is_unknown(r.properties.Principal)
}

unknown contains lib.finding(r, sprintf("%s: whether it lets anyone send events is known only after apply", [r.address]), ["Condition"]) if {
	some r in input.resources
	r.type == "AWS::Events::EventBusPolicy"
	r.has_unknown
	not r.properties.Statement
	r.properties.Principal == "*"
	legacy_undecided(r)
}
