# METADATA
# title: SNS topic policy lets anyone publish or subscribe
# description: |
#   A topic policy statement that allows principal * (or NotPrincipal) without a condition that restricts the caller (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, ...) lets any AWS account publish to or subscribe to the topic; aws:Referer and aws:UserAgent are set by the caller and restrict nothing.
# custom:
#   id: AWS-SNS-020
#   severity: high
#   resource_types: [AWS::SNS::TopicPolicy]
#   remediation: Name the publishing service or account, and restrict service principals with aws:SourceArn or aws:SourceAccount.
#   terraform: |
#     resource "aws_sns_topic_policy" "alerts" {
#       arn = aws_sns_topic.alerts.arn
#       policy = jsonencode({
#         "Version": "2012-10-17",
#         "Statement": [
#           {
#             "Sid": "SameAccount",
#             "Effect": "Allow",
#             "Principal": "*",
#             "Action": "sns:Publish",
#             "Resource": "arn:aws:sns:us-east-1:111122223333:alerts",
#             "Condition": {
#               "StringEquals": {
#                 "aws:SourceAccount": "111122223333"
#               }
#             }
#           }
#         ]
#       })
#     }
#   cloudformation: |
#     Alerts:
#       Type: AWS::SNS::Topic
#       Properties:
#         TopicName: alerts
#     AlertsPolicy:
#       Type: AWS::SNS::TopicPolicy
#       Properties:
#         Topics: [!Ref Alerts]
#         PolicyDocument:
#           Version: '2012-10-17'
#           Statement:
#           - Sid: SameAccount
#             Effect: Allow
#             Principal: '*'
#             Action: sns:Publish
#             Resource: arn:aws:sns:us-east-1:111122223333:alerts
#             Condition:
#               StringEquals:
#                 aws:SourceAccount: '111122223333'
#   cis: []
#   fsbp: ["SNS.4"]
package iacvet.rules.sns_policy_public

import data.iacvet.lib
import data.iacvet.lib.iam

# policy_types maps each resource type to its policy document property.
policy_types := {"AWS::SNS::TopicPolicy": "PolicyDocument"}

deny contains lib.finding(r, msg, iam.statement_path([prop], doc, i)) if {
	some r in input.resources
	prop := policy_types[r.type]
	doc := r.properties[prop]
	indexes := iam.public_indexes(doc)
	count(indexes) > 0
	i := min(indexes)
	msg := sprintf("SNS topic policy %s lets anyone in (%s) without a condition that restricts the caller", [r.address, iam.public_msg(doc)])
}

unknown contains lib.finding(r, msg, [prop]) if {
	some r in input.resources
	r.has_unknown
	prop := policy_types[r.type]
	iam.public_undecided(r.properties[prop])
	msg := sprintf("SNS topic policy %s: whether it lets anyone in is known only after apply", [r.address])
}
