# METADATA
# title: RDS database listens on its engine's default port
# description: |
#   A database on its engine's well-known port (3306 for MySQL, MariaDB and Aurora MySQL, 5432 for PostgreSQL, 1521 for Oracle, 1433 for SQL Server, 50000 for Db2) is the first thing automated scans and brute-force tools try. Leaving Port unset gives the default port. Instances of a cluster take the cluster's port.
# custom:
#   id: AWS-RDS-010
#   severity: low
#   resource_types: [AWS::RDS::DBInstance, AWS::RDS::DBCluster]
#   remediation: Set Port (port) to a port other than the engine's default, and update the clients and security groups.
#   terraform: |
#     resource "aws_db_instance" "main" {
#       engine = "postgres"
#       # ...
#       port   = 5532
#     }
#   cloudformation: |
#     Database:
#       Type: AWS::RDS::DBInstance
#       Properties:
#         Engine: postgres
#         # ...
#         Port: 5532
#   cis: []
#   fsbp: ["RDS.23"]
package iacvet.rules.rds_default_port

import data.iacvet.lib

path := ["Port"]

# default_port is the port an engine listens on when Port is not set.
default_port(engine) := 3306 if engine in {"mysql", "mariadb", "aurora", "aurora-mysql"}

default_port(engine) := 5432 if engine in {"postgres", "aurora-postgresql"}

default_port(engine) := 1521 if startswith(engine, "oracle-")

default_port(engine) := 1521 if startswith(engine, "custom-oracle-")

default_port(engine) := 1433 if startswith(engine, "sqlserver-")

default_port(engine) := 1433 if startswith(engine, "custom-sqlserver-")

default_port(engine) := 50000 if startswith(engine, "db2-")

engine(r) := lower(r.properties.Engine) if is_string(r.properties.Engine)

judged(r) if {
	r.type == "AWS::RDS::DBInstance"
	not r.properties.DBClusterIdentifier
}

judged(r) if r.type == "AWS::RDS::DBCluster"

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	judged(r)
	port := default_port(engine(r))
	lib.missing(r, path)
	msg := sprintf("%s listens on %s's default port %d (Port is not set)", [r.address, engine(r), port])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	judged(r)
	port := default_port(engine(r))
	lib.number(r.properties.Port) == port
	msg := sprintf("%s listens on %s's default port %d", [r.address, engine(r), port])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	judged(r)
	default_port(engine(r))
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: its port is known only after apply", [r.address])
}
