# METADATA
# title: Redshift cluster does not take major version upgrades
# description: |
#   A cluster with AllowVersionUpgrade set to false stays on its engine version when Redshift releases a new major version, and misses the security fixes that come with it. AWS's default is true.
# custom:
#   id: AWS-RS-003
#   severity: medium
#   resource_types: [AWS::Redshift::Cluster]
#   remediation: Set AllowVersionUpgrade (allow_version_upgrade) to true, or leave it unset.
#   terraform: |
#     resource "aws_redshift_cluster" "warehouse" {
#       # ...
#       allow_version_upgrade = true
#     }
#   cloudformation: |
#     Warehouse:
#       Type: AWS::Redshift::Cluster
#       Properties:
#         # ...
#         AllowVersionUpgrade: true
#   cis: []
#   fsbp: ["Redshift.6"]
package iacvet.rules.redshift_version_upgrade

import data.iacvet.lib

path := ["AllowVersionUpgrade"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s does not take major version upgrades during its maintenance window", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it takes major version upgrades is known only after apply", [r.address])
}
