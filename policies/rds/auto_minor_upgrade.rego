# METADATA
# title: RDS instance does not apply minor version upgrades
# description: |
#   Minor engine versions carry security fixes; turning off automatic minor upgrades leaves known vulnerabilities in place.
# custom:
#   id: AWS-RDS-007
#   severity: low
#   resource_types: [AWS::RDS::DBInstance]
#   remediation: Enable automatic minor version upgrades.
#   terraform: |
#     resource "aws_db_instance" "main" {
#       auto_minor_version_upgrade = true
#     }
#   cloudformation: |
#     Database:
#       Type: AWS::RDS::DBInstance
#       Properties:
#         AutoMinorVersionUpgrade: true
#   cis: ["2.3.2"]
#   fsbp: ["RDS.13"]
package iacvet.rules.rds_auto_minor_upgrade

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
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
