# METADATA
# title: Directory Service administrator password is written in the code
# description: |
#   The password of a Simple AD or AWS Managed Microsoft AD directory's administrator, written as a literal in a template or Terraform configuration, is stored in version control and in the Terraform state or template history; whoever reads it administers the directory. Pass it from a secret (a dynamic reference, a NoEcho parameter, a sensitive variable).
# custom:
#   id: AWS-DS-100
#   severity: high
#   resource_types: [AWS::DirectoryService::SimpleAD, AWS::DirectoryService::MicrosoftAD]
#   remediation: Read the password from Secrets Manager or a sensitive variable instead of writing it in the code.
#   terraform: |
#     resource "aws_directory_service_directory" "corp" {
#       name     = "corp.example.com"
#       type     = "MicrosoftAD"
#       password = var.directory_admin_password # sensitive = true
#       vpc_settings {
#         vpc_id     = aws_vpc.main.id
#         subnet_ids = [aws_subnet.a.id, aws_subnet.b.id]
#       }
#     }
#   cloudformation: |
#     Corp:
#       Type: AWS::DirectoryService::MicrosoftAD
#       Properties:
#         Name: corp.example.com
#         Password: '{{resolve:secretsmanager:corp/ad-admin:SecretString:password}}'
#         VpcSettings:
#           VpcId: !Ref Vpc
#           SubnetIds: [!Ref SubnetA, !Ref SubnetB]
#   cis: []
#   fsbp: []
package iacvet.rules.directoryservice_password

import data.iacvet.lib

deny contains lib.finding(r, msg, ["Password"]) if {
	some r in input.resources
	r.type in {"AWS::DirectoryService::SimpleAD", "AWS::DirectoryService::MicrosoftAD"}
	lib.written_in_code(object.get(r.properties, ["Password"], null))
	msg := sprintf("%s sets the directory administrator password as a literal in the code (value masked); pass it from a secret instead", [r.address])
}
