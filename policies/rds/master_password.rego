# METADATA
# title: RDS master password is written in the code
# description: |
#   A master password written as a literal in a template or a Terraform configuration is stored in version control, in every copy of the repository and in the Terraform state or CloudFormation template history, where anyone who can read them can log in to the database. Let RDS manage the password in Secrets Manager (ManageMasterUserPassword), or pass it from a secret (a dynamic reference, a NoEcho parameter, a sensitive variable). Covers DB instances and clusters.
# custom:
#   id: AWS-RDS-100
#   severity: high
#   resource_types: [AWS::RDS::DBInstance, AWS::RDS::DBCluster]
#   remediation: Set manage_master_user_password = true (ManageMasterUserPassword) and remove the password, or read it from Secrets Manager.
#   terraform: |
#     resource "aws_db_instance" "app" {
#       identifier                  = "app"
#       engine                      = "postgres"
#       instance_class              = "db.t3.micro"
#       allocated_storage           = 20
#       username                    = "app"
#       manage_master_user_password = true
#     }
#   cloudformation: |
#     App:
#       Type: AWS::RDS::DBInstance
#       Properties:
#         Engine: postgres
#         DBInstanceClass: db.t3.micro
#         AllocatedStorage: "20"
#         MasterUsername: app
#         ManageMasterUserPassword: true
#   cis: []
#   fsbp: []
package iacvet.rules.rds_master_password

import data.iacvet.lib

deny contains lib.finding(r, msg, ["MasterUserPassword"]) if {
	some r in input.resources
	r.type in {"AWS::RDS::DBInstance", "AWS::RDS::DBCluster"}
	lib.written_in_code(r.properties.MasterUserPassword)
	msg := sprintf("%s sets its master password as a literal in the code (value masked); let RDS manage it in Secrets Manager or pass it from a secret", [r.address])
}
