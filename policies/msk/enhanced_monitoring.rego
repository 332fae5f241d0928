# METADATA
# title: MSK cluster has no enhanced monitoring
# description: |
#   Below the PER_TOPIC_PER_BROKER monitoring level an MSK cluster reports no per-topic traffic: at DEFAULT (AWS's default when EnhancedMonitoring is not set) it has only cluster-wide metrics, without per-broker disk, CPU, network or under-replicated partition metrics, and PER_BROKER still hides which topic floods or stalls a broker.
# custom:
#   id: AWS-MSK-081
#   severity: low
#   resource_types: [AWS::MSK::Cluster]
#   remediation: Set EnhancedMonitoring (enhanced_monitoring) to PER_TOPIC_PER_BROKER or PER_TOPIC_PER_PARTITION.
#   terraform: |
#     resource "aws_msk_cluster" "events" {
#       # ...
#       enhanced_monitoring = "PER_TOPIC_PER_BROKER"
#     }
#   cloudformation: |
#     Events:
#       Type: AWS::MSK::Cluster
#       Properties:
#         # ...
#         EnhancedMonitoring: PER_TOPIC_PER_BROKER
#   cis: []
#   fsbp: ["MSK.2"]
package iacvet.rules.msk_enhanced_monitoring

import data.iacvet.lib

path := ["EnhancedMonitoring"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s has only DEFAULT monitoring, no per-broker or per-topic metrics (EnhancedMonitoring is not set)", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	level := r.properties.EnhancedMonitoring
	is_string(level)
	not upper(level) in {"PER_TOPIC_PER_BROKER", "PER_TOPIC_PER_PARTITION"}
	msg := sprintf("%s has %s monitoring, no per-topic metrics", [r.address, level])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: its monitoring level is known only after apply", [r.address])
}
