# METADATA
# title: Redshift cluster uses the default database name
# description: |
#   dev is the database name Redshift creates when none is given (Terraform's database_name and the console default to it), so it is the one name anyone trying the endpoint knows in advance.
# custom:
#   id: AWS-RS-006
#   severity: low
#   resource_types: [AWS::Redshift::Cluster]
#   remediation: Set DBName (database_name) to a name other than dev.
#   terraform: |
#     resource "aws_redshift_cluster" "warehouse" {
#       # ...
#       database_name = "sales"
#     }
#   cloudformation: |
#     Warehouse:
#       Type: AWS::Redshift::Cluster
#       Properties:
#         # ...
#         DBName: sales
#   cis: []
#   fsbp: ["Redshift.9"]
package iacvet.rules.redshift_default_database

import data.iacvet.lib

path := ["DBName"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	name := r.properties.DBName
	is_string(name)
	lower(name) == "dev"
	msg := sprintf("%s uses the default database name %q", [r.address, name])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: its database name is known only after apply", [r.address])
}
