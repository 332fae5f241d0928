# METADATA
# title: RDS instance class not orderable for the engine in the region
# description: The DB instance class cannot be ordered for this engine in the region (RDS DescribeOrderableDBInstanceOptions), so creating the instance fails.
# custom:
#   id: AWS-LIVE-004
#   severity: high
#   resource_types: [AWS::RDS::DBInstance]
#   remediation: Choose a class orderable for the engine in the region (aws rds describe-orderable-db-instance-options --engine <engine> --region <region>).
#   terraform: |
#     resource "aws_db_instance" "db" {
#       engine         = "postgres"
#       instance_class = "db.t4g.micro"
#     }
#   cloudformation: |
#     Db:
#       Type: AWS::RDS::DBInstance
#       Properties:
#         Engine: postgres
#         DBInstanceClass: db.t4g.micro
package iacvet.rules.live_rds_orderable

import data.iacvet.lib
import data.iacvet.lib.live

deny contains lib.finding_with(r, msg, ["DBInstanceClass"], data.aws.provenance.rds.orderable[region][engine]) if {
	some r in input.resources
	r.type == "AWS::RDS::DBInstance"
	class := r.properties.DBInstanceClass
	live.known_name(class)
	live.known_name(r.properties.Engine)
	engine := lower(r.properties.Engine)
	region := live.region(r)
	classes := data.aws.rds.orderable[region][engine]
	not classes[class]
	msg := sprintf("DB instance class %s cannot be ordered for engine %s in region %s", [class, engine, region])
}
