# METADATA
# title: Amplify app basic authentication credentials are written in the code
# description: |
#   Basic authentication credentials of an Amplify app (Terraform's basic_auth_credentials, CloudFormation's BasicAuthConfig Password) written as literals are stored in version control and in the Terraform state or template history, so the protection they give is only as private as the repository. Pass them from a secret.
# custom:
#   id: AWS-AMP-100
#   severity: high
#   resource_types: [AWS::Amplify::App]
#   remediation: Read the credentials from Secrets Manager or a sensitive variable instead of writing them in the code.
#   terraform: |
#     resource "aws_amplify_app" "site" {
#       name                   = "site"
#       enable_basic_auth      = true
#       basic_auth_credentials = base64encode("preview:${var.preview_password}") # sensitive = true
#     }
#   cloudformation: |
#     Site:
#       Type: AWS::Amplify::App
#       Properties:
#         Name: site
#         BasicAuthConfig:
#           EnableBasicAuth: true
#           Username: preview
#           Password: '{{resolve:secretsmanager:site/preview:SecretString:password}}' 
#   cis: []
#   fsbp: []
package iacvet.rules.amplify_basic_auth

import data.iacvet.lib

deny contains lib.finding(r, msg, ["BasicAuthConfig", "Password"]) if {
	some r in input.resources
	r.type in {"AWS::Amplify::App"}
	lib.written_in_code(object.get(r.properties, ["BasicAuthConfig", "Password"], null))
	msg := sprintf("%s sets its basic authentication credentials as a literal in the code (value masked); pass it from a secret instead", [r.address])
}
