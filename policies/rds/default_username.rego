# METADATA
# title: RDS database uses a default administrator username
# description: |
#   The master user names AWS proposes (admin, and postgres for PostgreSQL engines) and the well-known superuser names (root, sa) are the first ones password-guessing tools try; a custom name makes the administrator account one more thing an attacker has to find.
# custom:
#   id: AWS-RDS-011
#   severity: low
#   resource_types: [AWS::RDS::DBInstance, AWS::RDS::DBCluster]
#   remediation: Give MasterUsername (username / master_username) a name of your own; the name can only be changed by restoring to a new database.
#   terraform: |
#     resource "aws_db_instance" "main" {
#       # ...
#       username                    = "app_owner"
#       manage_master_user_password = true
#     }
#   cloudformation: |
#     Database:
#       Type: AWS::RDS::DBInstance
#       Properties:
#         # ...
#         MasterUsername: app_owner
#         ManageMasterUserPassword: true
#   cis: []
#   fsbp: ["RDS.24", "RDS.25"]
package iacvet.rules.rds_default_username

import data.iacvet.lib

path := ["MasterUsername"]

default_names := {"admin", "administrator", "postgres", "root", "sa"}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	name := r.properties.MasterUsername
	is_string(name)
	lower(name) in default_names
	msg := sprintf("%s uses the default administrator username %q", [r.address, name])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	not r.properties.DBClusterIdentifier
	not r.properties.SourceDBInstanceIdentifier
	not r.properties.DBSnapshotIdentifier
	lib.is_unknown(r.properties.MasterUsername)
	msg := sprintf("%s: its administrator username is known only after apply", [r.address])
}
