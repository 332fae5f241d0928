# METADATA
# title: DocumentDB master password is written in the code
# description: |
#   A master password written as a literal in a template or Terraform configuration is stored in version control and in the Terraform state or template history, where anyone who can read them can log in to the cluster. Let DocumentDB manage the password in Secrets Manager (ManageMasterUserPassword), or pass it from a secret.
# custom:
#   id: AWS-DOCDB-100
#   severity: high
#   resource_types: [AWS::DocDB::DBCluster]
#   remediation: Set manage_master_user_password = true (ManageMasterUserPassword) and remove the password, or read it from Secrets Manager.
#   terraform: |
#     resource "aws_docdb_cluster" "docs" {
#       cluster_identifier          = "docs"
#       master_username             = "docs"
#       manage_master_user_password = true
#       storage_encrypted           = true
#     }
#   cloudformation: |
#     Docs:
#       Type: AWS::DocDB::DBCluster
#       Properties:
#         DBClusterIdentifier: docs
#         MasterUsername: docs
#         ManageMasterUserPassword: true
#         StorageEncrypted: true
#   cis: []
#   fsbp: []
package iacvet.rules.docdb_master_password

import data.iacvet.lib

deny contains lib.finding(r, msg, ["MasterUserPassword"]) if {
	some r in input.resources
	r.type in {"AWS::DocDB::DBCluster"}
	lib.written_in_code(object.get(r.properties, ["MasterUserPassword"], null))
	msg := sprintf("%s sets its master password as a literal in the code (value masked); pass it from a secret instead", [r.address])
}
