# METADATA
# title: Amazon MQ broker does not apply minor version upgrades
# description: |
#   Minor ActiveMQ and RabbitMQ versions carry security fixes; a broker with AutoMinorVersionUpgrade set to false keeps running the version it was created with until someone upgrades it by hand. AWS's default is true.
# custom:
#   id: AWS-MQ-001
#   severity: low
#   resource_types: [AWS::AmazonMQ::Broker]
#   remediation: Set AutoMinorVersionUpgrade (auto_minor_version_upgrade) to true.
#   terraform: |
#     resource "aws_mq_broker" "events" {
#       # ...
#       auto_minor_version_upgrade = true
#     }
#   cloudformation: |
#     Events:
#       Type: AWS::AmazonMQ::Broker
#       Properties:
#         # ...
#         AutoMinorVersionUpgrade: true
#   cis: []
#   fsbp: ["MQ.3"]
package iacvet.rules.mq_auto_minor_upgrade

import data.iacvet.lib

path := ["AutoMinorVersionUpgrade"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s does not upgrade minor engine versions automatically", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it upgrades minor versions is known only after apply", [r.address])
}
