# METADATA
# title: EKS control plane audit logging is not enabled
# description: |
#   Without control plane logs (at least audit, api and authenticator) nobody can tell who did what in the cluster.
# custom:
#   id: AWS-EKS-003
#   severity: medium
#   resource_types: [AWS::EKS::Cluster]
#   remediation: Enable the api, audit and authenticator control plane log types.
#   terraform: |
#     resource "aws_eks_cluster" "main" {
#       enabled_cluster_log_types = ["api", "audit", "authenticator"]
#     }
#   cloudformation: |
#     Cluster:
#       Type: AWS::EKS::Cluster
#       Properties:
#         Logging:
#           ClusterLogging:
#             EnabledTypes:
#               - Type: api
#               - Type: audit
#               - Type: authenticator
#   cis: []
#   fsbp: ["EKS.8"]
package iacvet.rules.eks_logging

import data.iacvet.lib

required := {"api", "audit", "authenticator"}

types_path := ["Logging", "ClusterLogging", "EnabledTypes"]

enabled(r) := {t.Type | some t in lib.as_list(object.get(r.properties, types_path, []))}

deny contains lib.finding(r, msg, types_path) if {
	some r in input.resources
	lib.whole(r)
	not lib.unknown_at(r.properties, types_path)
	missing := required - enabled(r)
	count(missing) > 0
	msg := sprintf("EKS cluster %s does not log %s", [r.address, concat(", ", sort(missing))])
}

unknown contains lib.finding(r, msg, types_path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, types_path)
	msg := sprintf("EKS cluster %s: control plane logging is known only after apply", [r.address])
}
