# METADATA
# title: DMS endpoint password is written in the code
# description: |
#   A database password written as a literal in a DMS endpoint is stored in version control and in the Terraform state or template history. Give the endpoint a Secrets Manager secret (secrets_manager_arn, or the engine settings' SecretsManagerSecretId) or pass the password from a secret.
# custom:
#   id: AWS-DMS-100
#   severity: high
#   resource_types: [AWS::DMS::Endpoint]
#   remediation: Remove the password and point the endpoint at a Secrets Manager secret with an access role.
#   terraform: |
#     resource "aws_dms_endpoint" "source" {
#       endpoint_id                     = "orders-source"
#       endpoint_type                   = "source"
#       engine_name                     = "postgres"
#       database_name                   = "orders"
#       secrets_manager_arn             = aws_secretsmanager_secret.orders_db.arn
#       secrets_manager_access_role_arn = aws_iam_role.dms_secrets.arn
#     }
#   cloudformation: |
#     Source:
#       Type: AWS::DMS::Endpoint
#       Properties:
#         EndpointIdentifier: orders-source
#         EndpointType: source
#         EngineName: postgres
#         DatabaseName: orders
#         PostgreSqlSettings:
#           SecretsManagerSecretId: !Ref OrdersDbSecret
#           SecretsManagerAccessRoleArn: !GetAtt DmsSecretsRole.Arn
#   cis: []
#   fsbp: []
package iacvet.rules.dms_endpoint_password

import data.iacvet.lib

deny contains lib.finding(r, msg, ["Password"]) if {
	some r in input.resources
	r.type in {"AWS::DMS::Endpoint"}
	lib.written_in_code(object.get(r.properties, ["Password"], null))
	msg := sprintf("%s sets the database password as a literal in the code (value masked); pass it from a secret instead", [r.address])
}
