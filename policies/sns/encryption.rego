# METADATA
# title: SNS topic is not encrypted
# description: |
#   Messages of an unencrypted topic are stored in the clear.
# custom:
#   id: AWS-SNS-001
#   severity: medium
#   resource_types: [AWS::SNS::Topic]
#   remediation: Set a KMS key on the topic.
#   terraform: |
#     resource "aws_sns_topic" "events" {
#       kms_master_key_id = "alias/aws/sns"
#     }
#   cloudformation: |
#     Events:
#       Type: AWS::SNS::Topic
#       Properties:
#         KmsMasterKeyId: alias/aws/sns
#   cis: []
#   fsbp: ["SNS.1"]
package iacvet.rules.sns_encryption

import data.iacvet.lib

path := ["KmsMasterKeyId"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s is not encrypted at rest", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.at(r.properties, path) == ""
	msg := sprintf("%s is not encrypted at rest", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
