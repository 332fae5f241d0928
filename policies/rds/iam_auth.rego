# METADATA
# title: RDS database does not use IAM authentication
# description: |
#   With IAM database authentication, short-lived tokens replace long-lived database passwords for MySQL, MariaDB, PostgreSQL and Aurora.
# custom:
#   id: AWS-RDS-005
#   severity: low
#   resource_types: [AWS::RDS::DBInstance, AWS::RDS::DBCluster]
#   remediation: Enable IAM database authentication.
#   terraform: |
#     resource "aws_db_instance" "main" {
#       iam_database_authentication_enabled = true
#     }
#   cloudformation: |
#     Database:
#       Type: AWS::RDS::DBInstance
#       Properties:
#         EnableIAMDatabaseAuthentication: true
#   cis: []
#   fsbp: ["RDS.10", "RDS.12"]
package iacvet.rules.rds_iam_auth

import data.iacvet.lib

path := ["EnableIAMDatabaseAuthentication"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	supported(r)
	lib.missing(r, path)
	msg := sprintf("%s does not enable IAM database authentication", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	supported(r)
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s does not enable IAM database authentication", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	supported(r)
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}

in_cluster(r) if {
	r.type == "AWS::RDS::DBInstance"
	r.properties.DBClusterIdentifier
}

# supported holds for databases that can use IAM authentication: MySQL,
# PostgreSQL, Aurora (not Aurora Serverless v1), and MariaDB 10.6 and later
# (the default version is later).
supported(r) if {
	not in_cluster(r)
	not serverless_v1(r)
	regex.match(`^(aurora|mysql|postgres)`, r.properties.Engine)
}

supported(r) if {
	not in_cluster(r)
	r.properties.Engine == "mariadb"
	mariadb_supports(object.get(r.properties, "EngineVersion", null))
}

serverless_v1(r) if lower(r.properties.EngineMode) == "serverless"

mariadb_supports(null)

mariadb_supports(v) if {
	is_string(v)
	parts := split(v, ".")
	[to_number(parts[0]), to_number(parts[1])] >= [10, 6]
}
