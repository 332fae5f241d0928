# METADATA
# title: DMS endpoint does not use SSL
# description: |
#   A DMS endpoint of a database engine with SslMode none (the default when it is not set) moves the replicated data and the database credentials between the replication instance and the database in the clear.
# custom:
#   id: AWS-DMS-040
#   severity: medium
#   resource_types: [AWS::DMS::Endpoint]
#   remediation: Set SslMode (ssl_mode) to require, or to verify-ca or verify-full with the database's CA certificate imported into DMS.
#   terraform: |
#     resource "aws_dms_endpoint" "source" {
#       # ...
#       ssl_mode = "require"
#     }
#   cloudformation: |
#     Source:
#       Type: AWS::DMS::Endpoint
#       Properties:
#         # ...
#         SslMode: require
#   cis: []
#   fsbp: ["DMS.9"]
package iacvet.rules.dms_endpoint_ssl

import data.iacvet.lib

path := ["SslMode"]

# ssl_engines are the engines whose endpoints take SslMode; object stores,
# streams and search engines secure their connections otherwise.
ssl_engines := {
	"aurora", "aurora-postgresql", "aurora-serverless", "aurora-postgresql-serverless", "azuredb",
	"azure-sql-managed-instance", "babelfish", "db2", "db2-zos", "docdb", "mariadb", "mongodb",
	"mysql", "oracle", "postgres", "sqlserver", "sybase",
}

judged(r) if lower(r.properties.EngineName) in ssl_engines

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	judged(r)
	lib.missing(r, path)
	msg := sprintf("%s connects to %s without SSL (SslMode is not set)", [r.address, r.properties.EngineName])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	judged(r)
	mode := r.properties.SslMode
	is_string(mode)
	lower(mode) == "none"
	msg := sprintf("%s connects to %s without SSL", [r.address, r.properties.EngineName])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	judged(r)
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it uses SSL is known only after apply", [r.address])
}
