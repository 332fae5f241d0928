# METADATA
# title: S3 bucket sends no event notifications
# description: |
#   A bucket without event notifications tells no one when objects are created, deleted or restored, or when replication fails, so unexpected writes and deletions go unnoticed until someone looks. A bucket counts as notifying when its NotificationConfiguration sends events to a Lambda function, an SQS queue or an SNS topic, or to EventBridge (inline, or in an aws_s3_bucket_notification).
# custom:
#   id: AWS-S3-009
#   severity: low
#   resource_types: [AWS::S3::Bucket]
#   remediation: Send the bucket's events to EventBridge (or to a queue, topic or function) and act on them.
#   terraform: |
#     resource "aws_s3_bucket_notification" "data" {
#       bucket      = aws_s3_bucket.data.id
#       eventbridge = true
#     }
#   cloudformation: |
#     Data:
#       Type: AWS::S3::Bucket
#       Properties:
#         NotificationConfiguration:
#           EventBridgeConfiguration:
#             EventBridgeEnabled: true
#   cis: []
#   fsbp: ["S3.11"]
package iacvet.rules.s3_event_notifications

import data.iacvet.lib

path := ["NotificationConfiguration"]

targets := ["LambdaConfigurations", "QueueConfigurations", "TopicConfigurations"]

notifies(r) if {
	some key in targets
	cs := lib.at(r.properties, array.concat(path, [key]))
	is_array(cs)
	count(cs) > 0
}

notifies(r) if {
	v := lib.at(r.properties, ["NotificationConfiguration", "EventBridgeConfiguration", "EventBridgeEnabled"])
	lib.is_true(v)
}

# CloudFormation turns EventBridge on with an empty EventBridgeConfiguration
# (EventBridgeEnabled defaults to true).
notifies(r) if {
	c := lib.at(r.properties, ["NotificationConfiguration", "EventBridgeConfiguration"])
	is_object(c)
	not lib.is_unknown(c)
	not "EventBridgeEnabled" in object.keys(c)
}

undecided(r) if lib.unknown_at(r.properties, path)

undecided(r) if {
	some key in array.concat(targets, ["EventBridgeConfiguration"])
	lib.unknown_at(r.properties, array.concat(path, [key]))
}

undecided(r) if lib.is_unknown(lib.at(r.properties, ["NotificationConfiguration", "EventBridgeConfiguration", "EventBridgeEnabled"]))

deny contains lib.finding(r, msg, "NotificationConfiguration") if {
	some r in input.resources
	lib.whole(r)
	not notifies(r)
	not undecided(r)
	msg := sprintf("%s sends no event notifications", [r.address])
}

unknown contains lib.finding(r, msg, "NotificationConfiguration") if {
	some r in input.resources
	r.has_unknown
	not notifies(r)
	undecided(r)
	msg := sprintf("%s: whether it sends event notifications is known only after apply", [r.address])
}
