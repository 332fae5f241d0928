# METADATA
# title: Redshift master password is written in the code
# description: |
#   A master password written as a literal in a template or Terraform configuration is stored in version control and in the Terraform state or template history, where anyone who can read them can log in to the cluster. Let Redshift manage the password in Secrets Manager (ManageMasterPassword), or pass it from a secret.
# custom:
#   id: AWS-RS-100
#   severity: high
#   resource_types: [AWS::Redshift::Cluster]
#   remediation: Set manage_master_password = true (ManageMasterPassword) and remove the password, or read it from Secrets Manager.
#   terraform: |
#     resource "aws_redshift_cluster" "dw" {
#       cluster_identifier     = "dw"
#       node_type              = "ra3.xlplus"
#       master_username        = "admin"
#       manage_master_password = true
#     }
#   cloudformation: |
#     Dw:
#       Type: AWS::Redshift::Cluster
#       Properties:
#         ClusterType: single-node
#         NodeType: ra3.xlplus
#         DBName: dw
#         MasterUsername: admin
#         ManageMasterPassword: true
#   cis: []
#   fsbp: []
package iacvet.rules.redshift_master_password

import data.iacvet.lib

deny contains lib.finding(r, msg, ["MasterUserPassword"]) if {
	some r in input.resources
	r.type in {"AWS::Redshift::Cluster"}
	lib.written_in_code(object.get(r.properties, ["MasterUserPassword"], null))
	msg := sprintf("%s sets its master password as a literal in the code (value masked); pass it from a secret instead", [r.address])
}
