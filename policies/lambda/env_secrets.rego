# METADATA
# title: Lambda function environment holds a secret
# description: |
#   Environment variables of a function are shown in clear text to anyone allowed lambda:GetFunctionConfiguration, and they are kept in the template or the Terraform configuration and state. Finds variables with credential-looking names (PASSWORD, SECRET, TOKEN, API_KEY, ...) set to a literal that is not a reference or placeholder, and values of any variable shaped like a well-known secret (AWS access keys, private keys, tokens, credentials in URLs). Values from references, NoEcho parameters and sensitive variables are not literals in the code and pass. The finding names the variables, never their values.
# custom:
#   id: AWS-LMB-100
#   severity: high
#   resource_types: [AWS::Lambda::Function]
#   remediation: Keep the secret in Secrets Manager or SSM Parameter Store and read it at run time (the variable can hold its ARN or name).
#   terraform: |
#     resource "aws_lambda_function" "api" {
#       function_name = "api"
#       role          = aws_iam_role.api.arn
#       runtime       = "python3.12"
#       handler       = "app.handler"
#       filename      = "api.zip"
#       environment {
#         variables = {
#           DB_SECRET_ARN = aws_secretsmanager_secret.db.arn
#         }
#       }
#     }
#   cloudformation: |
#     Api:
#       Type: AWS::Lambda::Function
#       Properties:
#         Runtime: python3.12
#         Handler: app.handler
#         Role: !GetAtt ApiRole.Arn
#         Code: {S3Bucket: artifacts, S3Key: api.zip}
#         Environment:
#           Variables:
#             DB_SECRET_ARN: !Ref DbSecret
#   cis: []
#   fsbp: []
package iacvet.rules.lambda_env_secrets

import data.iacvet.lib

# secret_vars are the names of a function's variables that hold a secret.
secret_vars(r) := {name |
	vars := r.properties.Environment.Variables
	is_object(vars)
	some name, v in vars
	leaks(name, v)
}

leaks(name, v) if {
	lib.secret_name(name)
	lib.literal_secret(v)
}

leaks(name, v) if {
	lib.secret_name(name)
	lib.is_sensitive(v)
	v["$literal"] == true
}

leaks(_, v) if lib.has_secret(v)

deny contains lib.finding(r, msg, ["Environment", "Variables"]) if {
	some r in input.resources
	r.type == "AWS::Lambda::Function"
	names := secret_vars(r)
	count(names) > 0
	msg := sprintf("%s: environment variables %s hold secrets written in the code (values masked); read them from Secrets Manager or Parameter Store", [r.address, concat(", ", sort(names))])
}
