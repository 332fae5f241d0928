# METADATA
# title: SQS queue policy lets anyone send or receive messages
# description: |
#   A queue policy statement that allows principal * (or NotPrincipal) without a condition that restricts the caller (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, aws:SourceVpce, ...) lets any AWS account send, read or delete the queue's messages.
# custom:
#   id: AWS-SQS-020
#   severity: critical
#   resource_types: [AWS::SQS::QueuePolicy]
#   remediation: Name the sending service or account, and restrict service principals with aws:SourceArn.
#   terraform: |
#     resource "aws_sqs_queue_policy" "jobs" {
#       queue_url = aws_sqs_queue.jobs.id
#       policy = jsonencode({
#         "Version": "2012-10-17",
#         "Statement": [
#           {
#             "Sid": "FromTopic",
#             "Effect": "Allow",
#             "Principal": {
#               "Service": "sns.amazonaws.com"
#             },
#             "Action": "sqs:SendMessage",
#             "Resource": "arn:aws:sqs:us-east-1:111122223333:jobs",
#             "Condition": {
#               "ArnEquals": {
#                 "aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:jobs"
#               }
#             }
#           },
#           {
#             "Sid": "Org",
#             "Effect": "Allow",
#             "Principal": "*",
#             "Action": "sqs:ReceiveMessage",
#             "Resource": "arn:aws:sqs:us-east-1:111122223333:jobs",
#             "Condition": {
#               "StringEquals": {
#                 "aws:PrincipalOrgID": "o-a1b2c3d4e5"
#               }
#             }
#           }
#         ]
#       })
#     }
#   cloudformation: |
#     Jobs:
#       Type: AWS::SQS::Queue
#       Properties:
#         QueueName: jobs
#     JobsPolicy:
#       Type: AWS::SQS::QueuePolicy
#       Properties:
#         Queues: [!Ref Jobs]
#         PolicyDocument:
#           Version: '2012-10-17'
#           Statement:
#           - Sid: FromTopic
#             Effect: Allow
#             Principal:
#               Service: sns.amazonaws.com
#             Action: sqs:SendMessage
#             Resource: arn:aws:sqs:us-east-1:111122223333:jobs
#             Condition:
#               ArnEquals:
#                 aws:SourceArn: arn:aws:sns:us-east-1:111122223333:jobs
#           - Sid: Org
#             Effect: Allow
#             Principal: '*'
#             Action: sqs:ReceiveMessage
#             Resource: arn:aws:sqs:us-east-1:111122223333:jobs
#             Condition:
#               StringEquals:
#                 aws:PrincipalOrgID: o-a1b2c3d4e5
#   cis: []
#   fsbp: ["SQS.3"]
package iacvet.rules.sqs_policy_public

import data.iacvet.lib
import data.iacvet.lib.iam

# policy_types maps each resource type to its policy document property.
policy_types := {"AWS::SQS::QueuePolicy": "PolicyDocument"}

deny contains lib.finding(r, msg, iam.statement_path([prop], doc, i)) if {
	some r in input.resources
	prop := policy_types[r.type]
	doc := r.properties[prop]
	indexes := iam.public_indexes(doc)
	count(indexes) > 0
	i := min(indexes)
	msg := sprintf("SQS queue policy %s lets anyone in (%s) without a condition that restricts the caller", [r.address, iam.public_msg(doc)])
}

unknown contains lib.finding(r, msg, [prop]) if {
	some r in input.resources
	r.has_unknown
	prop := policy_types[r.type]
	iam.public_undecided(r.properties[prop])
	msg := sprintf("SQS queue policy %s: whether it lets anyone in is known only after apply", [r.address])
}
