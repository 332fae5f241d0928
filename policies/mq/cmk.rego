# METADATA
# title: Amazon MQ ActiveMQ broker is not encrypted with a customer managed KMS key
# description: |
#   ActiveMQ brokers encrypt messages at rest with an AWS owned key unless EncryptionOptions sets UseAwsOwnedKey to false, and then with the AWS managed key aws/mq unless KmsKeyId names a key of yours. Only a customer managed key lets a key policy restrict who may decrypt the broker's storage and CloudTrail record each use. RabbitMQ brokers support AWS owned keys only and are not judged.
# custom:
#   id: AWS-MQ-040
#   severity: low
#   resource_types: [AWS::AmazonMQ::Broker]
#   remediation: Create the broker with EncryptionOptions using a customer managed KMS key.
#   terraform: |
#     resource "aws_mq_broker" "orders" {
#       engine_type = "ActiveMQ"
#       encryption_options {
#         use_aws_owned_key = false
#         kms_key_id        = aws_kms_key.mq.arn
#       }
#     }
#   cloudformation: |
#     Orders:
#       Type: AWS::AmazonMQ::Broker
#       Properties:
#         EngineType: ACTIVEMQ
#         EncryptionOptions:
#           UseAwsOwnedKey: false
#           KmsKeyId: !GetAtt MqKey.Arn
#   cis: []
#   fsbp: []
package iacvet.rules.mq_cmk

import data.iacvet.lib

aws_managed(k) if {
	is_string(k)
	contains(k, "alias/aws/")
}

activemq(r) if upper(r.properties.EngineType) == "ACTIVEMQ"

opts(r) := lib.get(r.properties, "EncryptionOptions", {})

problem(r) := [["EncryptionOptions", "UseAwsOwnedKey"], "an AWS owned key"] if {
	owned := lib.get(opts(r), "UseAwsOwnedKey", true)
	lib.known(owned)
	not lib.is_false(owned)
} else := [["EncryptionOptions", "KmsKeyId"], "the AWS managed key aws/mq"] if {
	lib.missing(r, ["EncryptionOptions", "KmsKeyId"])
} else := [["EncryptionOptions", "KmsKeyId"], "the AWS managed key aws/mq"] if {
	aws_managed(opts(r).KmsKeyId)
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.whole(r)
	activemq(r)
	lib.known(opts(r))
	[path, why] := problem(r)
	msg := sprintf("Amazon MQ broker %s is encrypted with %s, not a customer managed KMS key", [r.address, why])
}

unknown contains lib.finding(r, msg, ["EncryptionOptions"]) if {
	some r in input.resources
	r.has_unknown
	activemq(r)
	some path in [["EncryptionOptions"], ["EncryptionOptions", "UseAwsOwnedKey"], ["EncryptionOptions", "KmsKeyId"]]
	lib.unknown_at(r.properties, path)
	msg := sprintf("Amazon MQ broker %s: its encryption key is known only after apply", [r.address])
}
