# METADATA
# title: Redshift cluster has no audit logging
# description: |
#   Without audit logging (LoggingProperties on the cluster, the logging block or an aws_redshift_logging resource in Terraform) Redshift keeps no record of connections, user changes and queries outside the cluster's own system tables, which rotate within days.
# custom:
#   id: AWS-RS-081
#   severity: medium
#   resource_types: [AWS::Redshift::Cluster]
#   remediation: Turn on audit logging to CloudWatch Logs or to an S3 bucket.
#   terraform: |
#     resource "aws_redshift_logging" "warehouse" {
#       cluster_identifier   = aws_redshift_cluster.warehouse.id
#       log_destination_type = "cloudwatch"
#       log_exports          = ["connectionlog", "userlog", "useractivitylog"]
#     }
#   cloudformation: |
#     Warehouse:
#       Type: AWS::Redshift::Cluster
#       Properties:
#         # ...
#         LoggingProperties:
#           LogDestinationType: cloudwatch
#           LogExports: [connectionlog, userlog, useractivitylog]
#   cis: []
#   fsbp: ["Redshift.4"]
package iacvet.rules.redshift_audit_logging

import data.iacvet.lib

path := ["LoggingProperties"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.whole(r)
	lib.missing(r, path)
	msg := sprintf("%s has no audit logging", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.whole(r)
	logging := r.properties.LoggingProperties
	is_object(logging)
	not lib.unknown_at(r.properties, path)
	not destination(logging)
	msg := sprintf("%s has audit logging without a destination (no bucket, and not CloudWatch Logs)", [r.address])
}

destination(logging) if not lib.empty(lib.get(logging, "BucketName", null))

destination(logging) if lower(logging.LogDestinationType) == "cloudwatch"

destination(logging) if lib.is_unknown(logging.BucketName)

destination(logging) if lib.is_unknown(logging.LogDestinationType)

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.LoggingProperties)
	msg := sprintf("%s: whether it writes audit logs is known only after apply", [r.address])
}
