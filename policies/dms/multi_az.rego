# METADATA
# title: DMS replication instance is not Multi-AZ
# description: |
#   A replication instance without MultiAZ (off by default) runs in one availability zone: a zone outage or an instance failure stops ongoing replication until someone recreates the instance, and change data capture can fall behind the source's log retention.
# custom:
#   id: AWS-DMS-081
#   severity: low
#   resource_types: [AWS::DMS::ReplicationInstance]
#   remediation: Set MultiAZ (multi_az) to true for replication instances that run ongoing replication.
#   terraform: |
#     resource "aws_dms_replication_instance" "migrate" {
#       # ...
#       multi_az = true
#     }
#   cloudformation: |
#     Migrate:
#       Type: AWS::DMS::ReplicationInstance
#       Properties:
#         # ...
#         MultiAZ: true
#   cis: []
#   fsbp: []
package iacvet.rules.dms_multi_az

import data.iacvet.lib

path := ["MultiAZ"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s runs in one availability zone", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s runs in one availability zone (MultiAZ is not set)", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is Multi-AZ is known only after apply", [r.address])
}
