# METADATA
# title: RDS database has no deletion protection
# description: |
#   A database without deletion protection is lost to one mistaken delete or a replacement in a plan.
# custom:
#   id: AWS-RDS-004
#   severity: low
#   resource_types: [AWS::RDS::DBInstance, AWS::RDS::DBCluster]
#   remediation: Enable deletion protection.
#   terraform: |
#     resource "aws_db_instance" "main" {
#       deletion_protection = true
#     }
#   cloudformation: |
#     Database:
#       Type: AWS::RDS::DBInstance
#       Properties:
#         DeletionProtection: true
#   cis: []
#   fsbp: ["RDS.7", "RDS.8"]
package iacvet.rules.rds_deletion_protection

import data.iacvet.lib

path := ["DeletionProtection"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	not in_cluster(r)
	lib.missing(r, path)
	msg := sprintf("%s has no deletion protection", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	not in_cluster(r)
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s has no deletion protection", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	not in_cluster(r)
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}

in_cluster(r) if {
	r.type == "AWS::RDS::DBInstance"
	r.properties.DBClusterIdentifier
}
