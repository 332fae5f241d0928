# METADATA
# title: RDS instance is publicly accessible
# description: A publicly accessible database instance gets a public DNS name and address, reachable from the internet wherever its security groups allow.
# custom:
#   id: AWS-RDS-002
#   severity: critical
#   resource_types: [AWS::RDS::DBInstance]
#   remediation: Set publicly accessible to false and reach the database from inside the VPC.
#   terraform: |
#     resource "aws_db_instance" "main" {
#       # ...
#       publicly_accessible = false
#     }
#   cloudformation: |
#     Database:
#       Type: AWS::RDS::DBInstance
#       Properties:
#         PubliclyAccessible: false
#   cis: ["2.3.3"]
#   fsbp: ["RDS.2"]
package iacvet.rules.rds_public

import data.iacvet.lib

deny contains lib.finding(r, msg, "PubliclyAccessible") if {
	some r in input.resources
	lib.is_true(r.properties.PubliclyAccessible)
	msg := sprintf("%s is publicly accessible", [r.address])
}

unknown contains lib.finding(r, msg, "PubliclyAccessible") if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.PubliclyAccessible)
	msg := sprintf("%s: public accessibility is known only after apply", [r.address])
}
