# METADATA
# title: RDS database does not publish its logs to CloudWatch Logs
# description: |
#   Database logs kept only on the instance rotate away quickly and are lost with it; published to
#   CloudWatch Logs they can be kept, searched and alarmed on. Checked per engine as Security Hub
#   does: instances publish the engine's audit, error and general logs (RDS.9); Aurora MySQL clusters
#   their audit log (RDS.34), Aurora PostgreSQL clusters their postgresql log (RDS.37). Instances of a
#   cluster are judged by their cluster.
# custom:
#   id: AWS-RDS-080
#   severity: low
#   resource_types: [AWS::RDS::DBInstance, AWS::RDS::DBCluster]
#   remediation: Export the engine's logs to CloudWatch Logs.
#   terraform: |
#     resource "aws_db_instance" "main" {
#       engine                          = "postgres"
#       enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
#     }
#   cloudformation: |
#     Database:
#       Type: AWS::RDS::DBInstance
#       Properties:
#         Engine: postgres
#         EnableCloudwatchLogsExports: [postgresql, upgrade]
#   cis: []
#   fsbp: ["RDS.9", "RDS.34", "RDS.37"]
package iacvet.rules.rds_log_exports

import data.iacvet.lib

path := ["EnableCloudwatchLogsExports"]

mysql_logs := {"audit", "error", "general", "slowquery"}

instance_logs(engine) := {"alert", "audit", "trace", "listener"} if startswith(engine, "oracle")

instance_logs(engine) := {"error", "agent"} if startswith(engine, "sqlserver")

instance_logs(engine) := {"postgresql", "upgrade"} if engine == "postgres"

instance_logs(engine) := mysql_logs if engine in {"mysql", "mariadb"}

cluster_logs(engine) := {"audit"} if engine in {"aurora", "aurora-mysql", "mysql"}

cluster_logs(engine) := {"postgresql"} if engine in {"aurora-postgresql", "postgres"}

required(r) := instance_logs(lower(r.properties.Engine)) if {
	r.type == "AWS::RDS::DBInstance"
	not r.properties.DBClusterIdentifier
}

required(r) := cluster_logs(lower(r.properties.Engine)) if r.type == "AWS::RDS::DBCluster"

exported(r) := {lower(x) | some x in lib.as_list(lib.get(r.properties, "EnableCloudwatchLogsExports", [])); is_string(x)}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	want := required(r)
	not lib.is_unknown(object.get(r.properties, "EnableCloudwatchLogsExports", null))
	missing := want - exported(r)
	count(missing) > 0
	msg := sprintf("%s does not publish its %s logs to CloudWatch Logs", [r.address, concat(", ", sort(missing))])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	required(r)
	lib.is_unknown(r.properties.EnableCloudwatchLogsExports)
	msg := sprintf("%s: which logs it publishes is known only after apply", [r.address])
}
