# METADATA
# title: OpenSearch domain has fewer than three data nodes or no zone awareness
# description: |
#   A domain with one or two data nodes, or with all of them in one Availability Zone, loses data availability (and with one node, the data) when a node or a zone fails. AWS recommends at least three data nodes spread across zones with zone awareness; a domain has one data node and no zone awareness unless InstanceCount and ZoneAwarenessEnabled say otherwise.
# custom:
#   id: AWS-OS-082
#   severity: medium
#   resource_types: [AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain]
#   remediation: Run at least three data nodes with zone awareness enabled (and replicas for every index).
#   terraform: |
#     resource "aws_opensearch_domain" "search" {
#       cluster_config {
#         instance_type          = "r6g.large.search"
#         instance_count         = 3
#         zone_awareness_enabled = true
#         zone_awareness_config {
#           availability_zone_count = 3
#         }
#       }
#     }
#   cloudformation: |
#     Search:
#       Type: AWS::OpenSearchService::Domain
#       Properties:
#         ClusterConfig:
#           InstanceType: r6g.large.search
#           InstanceCount: 3
#           ZoneAwarenessEnabled: true
#           ZoneAwarenessConfig:
#             AvailabilityZoneCount: 3
#   cis: []
#   fsbp: ["Opensearch.6"]
package iacvet.rules.opensearch_data_nodes

import data.iacvet.lib
import data.iacvet.lib.opensearch_cluster as cluster

count_of(r) := n if n := lib.number(cluster.value(r, "InstanceCount", 1))

deny contains lib.finding(r, msg, cluster.path(r, "InstanceCount")) if {
	some r in input.resources
	lib.whole(r)
	not cluster.undecided(r, "InstanceCount")
	n := count_of(r)
	n < 3
	msg := sprintf("%s has %d data node(s); at least three are needed to survive a node failure", [r.address, n])
}

deny contains lib.finding(r, msg, cluster.path(r, "ZoneAwarenessEnabled")) if {
	some r in input.resources
	lib.whole(r)
	not cluster.undecided(r, "ZoneAwarenessEnabled")
	not lib.is_true(cluster.value(r, "ZoneAwarenessEnabled", false))
	msg := sprintf("%s places its data nodes without zone awareness", [r.address])
}

unknown contains lib.finding(r, msg, cluster.path(r, setting)) if {
	some r in input.resources
	r.has_unknown
	some setting in ["InstanceCount", "ZoneAwarenessEnabled"]
	cluster.undecided(r, setting)
	msg := sprintf("%s: its %s is known only after apply", [r.address, setting])
}
