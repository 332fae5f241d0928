# METADATA
# title: MSK cluster has no enhanced monitoring
# description: |
#   At the DEFAULT monitoring level (AWS's default when EnhancedMonitoring is not set) an MSK cluster reports only cluster-wide metrics: no per-broker disk, CPU, network or under-replicated partition metrics, so a failing or filling broker is noticed only when clients fail.
# custom:
#   id: AWS-MSK-081
#   severity: low
#   resource_types: [AWS::MSK::Cluster]
#   remediation: Set EnhancedMonitoring (enhanced_monitoring) to PER_BROKER, PER_TOPIC_PER_BROKER or PER_TOPIC_PER_PARTITION.
#   terraform: |
#     resource "aws_msk_cluster" "events" {
#       # ...
#       enhanced_monitoring = "PER_BROKER"
#     }
#   cloudformation: |
#     Events:
#       Type: AWS::MSK::Cluster
#       Properties:
#         # ...
#         EnhancedMonitoring: PER_BROKER
#   cis: []
#   fsbp: ["MSK.2"]
package iacvet.rules.msk_enhanced_monitoring

import data.iacvet.lib

path := ["EnhancedMonitoring"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s has only DEFAULT monitoring (EnhancedMonitoring is not set)", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	level := r.properties.EnhancedMonitoring
	is_string(level)
	upper(level) == "DEFAULT"
	msg := sprintf("%s has only DEFAULT monitoring, no per-broker metrics", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: its monitoring level is known only after apply", [r.address])
}
