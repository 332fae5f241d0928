# METADATA
# title: Firehose delivery stream is not encrypted at rest
# description: |
#   A Direct PUT Firehose delivery stream without server-side encryption buffers the records it receives in the clear until it delivers them. SSE is off unless DeliveryStreamEncryptionConfigurationInput (Terraform server_side_encryption with enabled = true) is set. Streams that read from a Kinesis data stream or an MSK cluster take their protection from the source and cannot enable SSE themselves; they are not judged.
# custom:
#   id: AWS-FH-040
#   severity: medium
#   resource_types: [AWS::KinesisFirehose::DeliveryStream]
#   remediation: Enable server-side encryption on the delivery stream (an AWS owned key or a customer managed key).
#   terraform: |
#     resource "aws_kinesis_firehose_delivery_stream" "logs" {
#       server_side_encryption {
#         enabled  = true
#         key_type = "CUSTOMER_MANAGED_CMK"
#         key_arn  = aws_kms_key.firehose.arn
#       }
#     }
#   cloudformation: |
#     Logs:
#       Type: AWS::KinesisFirehose::DeliveryStream
#       Properties:
#         DeliveryStreamEncryptionConfigurationInput:
#           KeyType: CUSTOMER_MANAGED_CMK
#           KeyARN: !GetAtt FirehoseKey.Arn
#   cis: []
#   fsbp: ["DataFirehose.1"]
package iacvet.rules.firehose_encryption

import data.iacvet.lib

path := ["DeliveryStreamEncryptionConfigurationInput"]

# from_source holds for streams that read from a Kinesis data stream or an
# MSK cluster (SSE is not available for them).
from_source(r) if r.properties.DeliveryStreamType in {"KinesisStreamAsSource", "MSKAsSource"}

from_source(r) if lib.get(r.properties, "KinesisStreamSourceConfiguration", null) != null

from_source(r) if lib.get(r.properties, "MSKSourceConfiguration", null) != null

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	not from_source(r)
	lib.missing(r, path)
	msg := sprintf("Firehose delivery stream %s does not encrypt buffered records at rest", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	not from_source(r)
	lib.unknown_at(r.properties, path)
	msg := sprintf("Firehose delivery stream %s: server-side encryption is known only after apply", [r.address])
}
