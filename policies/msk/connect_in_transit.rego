# METADATA
# title: MSK Connect connector talks to Kafka in plaintext
# description: |
#   A connector whose Kafka cluster encryption in transit is PLAINTEXT (the default of Terraform's encryption_type) moves every record between the workers and the brokers unencrypted.
# custom:
#   id: AWS-MSK-041
#   severity: medium
#   resource_types: [AWS::KafkaConnect::Connector]
#   remediation: Set the connector's Kafka cluster encryption in transit to TLS.
#   terraform: |
#     resource "aws_mskconnect_connector" "sink" {
#       kafka_cluster_encryption_in_transit {
#         encryption_type = "TLS"
#       }
#     }
#   cloudformation: |
#     Sink:
#       Type: AWS::KafkaConnect::Connector
#       Properties:
#         KafkaClusterEncryptionInTransit:
#           EncryptionType: TLS
#   cis: []
#   fsbp: ["MSK.3"]
package iacvet.rules.msk_connect_in_transit

import data.iacvet.lib

path := ["KafkaClusterEncryptionInTransit", "EncryptionType"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("MSK Connect connector %s talks to Kafka without TLS (no encryption in transit set)", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	is_string(v)
	v != ""
	upper(v) != "TLS"
	msg := sprintf("MSK Connect connector %s talks to Kafka without TLS (encryption in transit %s)", [r.address, v])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("MSK Connect connector %s: encryption in transit is known only after apply", [r.address])
}
