# METADATA
# title: Kinesis data stream is not encrypted at rest
# description: |
#   A Kinesis data stream without server-side encryption keeps its records in the clear for the whole retention period. Streams are created unencrypted unless StreamEncryption (Terraform encryption_type = "KMS") is set.
# custom:
#   id: AWS-KIN-040
#   severity: medium
#   resource_types: [AWS::Kinesis::Stream]
#   remediation: Enable server-side encryption with KMS (the AWS managed key alias/aws/kinesis or a customer managed key).
#   terraform: |
#     resource "aws_kinesis_stream" "events" {
#       encryption_type = "KMS"
#       kms_key_id      = "alias/aws/kinesis"
#     }
#   cloudformation: |
#     Events:
#       Type: AWS::Kinesis::Stream
#       Properties:
#         StreamEncryption:
#           EncryptionType: KMS
#           KeyId: alias/aws/kinesis
#   cis: []
#   fsbp: ["Kinesis.1"]
package iacvet.rules.kinesis_encryption

import data.iacvet.lib

path := ["StreamEncryption", "EncryptionType"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("Kinesis stream %s is not encrypted at rest", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	is_string(v)
	v != ""
	upper(v) != "KMS"
	msg := sprintf("Kinesis stream %s is not encrypted at rest (encryption type %s)", [r.address, v])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("Kinesis stream %s: encryption is known only after apply", [r.address])
}
