# METADATA
# title: OpenSearch domain has fewer than three dedicated master nodes
# description: |
#   Without dedicated master nodes the data nodes also manage the cluster, and heavy indexing or queries can starve cluster management until the cluster stops responding; with one or two dedicated masters, losing one leaves no quorum to elect a new one. AWS recommends three dedicated master (cluster manager) nodes; a domain has none unless DedicatedMasterEnabled is true.
# custom:
#   id: AWS-OS-083
#   severity: medium
#   resource_types: [AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain]
#   remediation: Enable three dedicated master nodes on the domain.
#   terraform: |
#     resource "aws_opensearch_domain" "search" {
#       cluster_config {
#         dedicated_master_enabled = true
#         dedicated_master_type    = "m6g.large.search"
#         dedicated_master_count   = 3
#       }
#     }
#   cloudformation: |
#     Search:
#       Type: AWS::OpenSearchService::Domain
#       Properties:
#         ClusterConfig:
#           DedicatedMasterEnabled: true
#           DedicatedMasterType: m6g.large.search
#           DedicatedMasterCount: 3
#   cis: []
#   fsbp: ["Opensearch.11"]
package iacvet.rules.opensearch_dedicated_masters

import data.iacvet.lib
import data.iacvet.lib.opensearch_cluster as cluster

enabled(r) if lib.is_true(cluster.value(r, "DedicatedMasterEnabled", false))

deny contains lib.finding(r, msg, cluster.path(r, "DedicatedMasterEnabled")) if {
	some r in input.resources
	lib.whole(r)
	not cluster.undecided(r, "DedicatedMasterEnabled")
	not enabled(r)
	msg := sprintf("%s has no dedicated master nodes", [r.address])
}

deny contains lib.finding(r, msg, cluster.path(r, "DedicatedMasterCount")) if {
	some r in input.resources
	enabled(r)
	n := lib.number(cluster.value(r, "DedicatedMasterCount", 3))
	n < 3
	msg := sprintf("%s has %d dedicated master node(s); three are needed for a quorum after a failure", [r.address, n])
}

unknown contains lib.finding(r, msg, cluster.path(r, "DedicatedMasterEnabled")) if {
	some r in input.resources
	r.has_unknown
	cluster.undecided(r, "DedicatedMasterEnabled")
	msg := sprintf("%s: whether it has dedicated master nodes is known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, cluster.path(r, "DedicatedMasterCount")) if {
	some r in input.resources
	r.has_unknown
	enabled(r)
	cluster.undecided(r, "DedicatedMasterCount")
	msg := sprintf("%s: the number of its dedicated master nodes is known only after apply", [r.address])
}
