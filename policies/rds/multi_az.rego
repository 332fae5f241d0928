# METADATA
# title: RDS instance is not Multi-AZ
# description: |
#   A single-AZ database instance goes down with its availability zone and during many maintenance operations.
# custom:
#   id: AWS-RDS-006
#   severity: low
#   resource_types: [AWS::RDS::DBInstance]
#   remediation: Enable Multi-AZ deployment.
#   terraform: |
#     resource "aws_db_instance" "main" {
#       multi_az = true
#     }
#   cloudformation: |
#     Database:
#       Type: AWS::RDS::DBInstance
#       Properties:
#         MultiAZ: true
#   cis: []
#   fsbp: ["RDS.5"]
package iacvet.rules.rds_multi_az

import data.iacvet.lib

path := ["MultiAZ"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	not in_cluster(r)
	lib.missing(r, path)
	msg := sprintf("%s runs in one availability zone", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	not in_cluster(r)
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s runs in one availability zone", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	not in_cluster(r)
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}

in_cluster(r) if {
	r.properties.DBClusterIdentifier
}
