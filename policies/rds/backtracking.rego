# METADATA
# title: Aurora MySQL cluster has no backtracking
# description: |
#   Backtracking rewinds an Aurora MySQL cluster to a point in time within minutes, without restoring to a new cluster, which undoes a bad migration or a destructive statement. It is off unless BacktrackWindow is set (above 0). Serverless v1 and global clusters, which cannot backtrack, are not judged.
# custom:
#   id: AWS-RDS-012
#   severity: low
#   resource_types: [AWS::RDS::DBCluster]
#   remediation: Set BacktrackWindow (backtrack_window) to the number of seconds to keep, for example 86400 for 24 hours; it can only be set when the cluster is created.
#   terraform: |
#     resource "aws_rds_cluster" "main" {
#       engine           = "aurora-mysql"
#       # ...
#       backtrack_window = 86400
#     }
#   cloudformation: |
#     Cluster:
#       Type: AWS::RDS::DBCluster
#       Properties:
#         Engine: aurora-mysql
#         # ...
#         BacktrackWindow: 86400
#   cis: []
#   fsbp: ["RDS.14"]
package iacvet.rules.rds_backtracking

import data.iacvet.lib

path := ["BacktrackWindow"]

mysql(r) if lower(r.properties.Engine) in {"aurora", "aurora-mysql"}

judged(r) if {
	mysql(r)
	not lower(lib.get(r.properties, "EngineMode", "provisioned")) in {"serverless", "global", "multimaster"}
	lib.empty(lib.get(r.properties, "GlobalClusterIdentifier", null))
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	judged(r)
	lib.missing(r, path)
	msg := sprintf("%s cannot be backtracked (BacktrackWindow is not set)", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	judged(r)
	lib.number(r.properties.BacktrackWindow) == 0
	msg := sprintf("%s cannot be backtracked (BacktrackWindow is 0)", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	mysql(r)
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: its backtrack window is known only after apply", [r.address])
}
