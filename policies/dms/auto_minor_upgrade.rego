# METADATA
# title: DMS replication instance does not apply minor version upgrades
# description: |
#   Minor DMS engine versions carry security and stability fixes; a replication instance with AutoMinorVersionUpgrade set to false keeps running the version it was created with. AWS's default is true.
# custom:
#   id: AWS-DMS-001
#   severity: medium
#   resource_types: [AWS::DMS::ReplicationInstance]
#   remediation: Set AutoMinorVersionUpgrade (auto_minor_version_upgrade) to true.
#   terraform: |
#     resource "aws_dms_replication_instance" "migrate" {
#       # ...
#       auto_minor_version_upgrade = true
#     }
#   cloudformation: |
#     Migrate:
#       Type: AWS::DMS::ReplicationInstance
#       Properties:
#         # ...
#         AutoMinorVersionUpgrade: true
#   cis: []
#   fsbp: ["DMS.6"]
package iacvet.rules.dms_auto_minor_upgrade

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
