# METADATA
# title: iacvet OpenSearch cluster configuration helpers
# description: |
#   Reads the cluster configuration of OpenSearch and Elasticsearch domains,
#   which CloudFormation names ClusterConfig and ElasticsearchClusterConfig.
package iacvet.lib.opensearch_cluster

import data.iacvet.lib

key(r) := "ClusterConfig" if r.type == "AWS::OpenSearchService::Domain"

key(r) := "ElasticsearchClusterConfig" if r.type == "AWS::Elasticsearch::Domain"

# path returns the path of a cluster setting of r.
path(r, setting) := [key(r), setting]

# value returns a cluster setting, or def when it is not set.
value(r, setting, def) := lib.get(config(r), setting, def)

config(r) := c if {
	c := object.get(r.properties, key(r), {})
	is_object(c)
} else := {}

# undecided holds when the setting (or the whole configuration) is known
# only after apply.
undecided(r, setting) if lib.unknown_at(r.properties, path(r, setting))
