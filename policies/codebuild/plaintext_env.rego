# METADATA
# title: CodeBuild project passes credentials as plaintext environment variables
# description: |
#   Plaintext environment variables of a CodeBuild project are shown to anyone who can read the project and in build logs that print the environment, and they are kept in the template or the Terraform configuration and state. Finds PLAINTEXT variables (the default type) with credential-looking names (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, PASSWORD, TOKEN, ...) set to a literal, and values of any plaintext variable shaped like a well-known secret. Variables of type PARAMETER_STORE or SECRETS_MANAGER hold a name, not the secret, and pass. The finding names the variables, never their values.
# custom:
#   id: AWS-CB-100
#   severity: high
#   resource_types: [AWS::CodeBuild::Project]
#   remediation: Store the value in Secrets Manager or Parameter Store and declare the variable with type SECRETS_MANAGER or PARAMETER_STORE.
#   terraform: |
#     resource "aws_codebuild_project" "app" {
#       environment {
#         compute_type = "BUILD_GENERAL1_SMALL"
#         image        = "aws/codebuild/standard:7.0"
#         type         = "LINUX_CONTAINER"
#         environment_variable {
#           name  = "NPM_TOKEN"
#           type  = "SECRETS_MANAGER"
#           value = "ci/npm:token"
#         }
#       }
#     }
#   cloudformation: |
#     App:
#       Type: AWS::CodeBuild::Project
#       Properties:
#         Environment:
#           ComputeType: BUILD_GENERAL1_SMALL
#           Image: aws/codebuild/standard:7.0
#           Type: LINUX_CONTAINER
#           EnvironmentVariables:
#             - Name: NPM_TOKEN
#               Type: SECRETS_MANAGER
#               Value: ci/npm:token
#   cis: []
#   fsbp: ["CodeBuild.2"]
package iacvet.rules.codebuild_plaintext_env

import data.iacvet.lib

# AWS's own credential variables: a value under these names is a credential
# whatever it looks like.
aws_credential_names := {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"}

plaintext(v) if not v.Type

plaintext(v) if upper(v.Type) == "PLAINTEXT"

secret_vars(r) := {v.Name |
	vars := r.properties.Environment.EnvironmentVariables
	is_array(vars)
	some v in vars
	is_object(v)
	plaintext(v)
	leaks(v)
}

leaks(v) if {
	upper(v.Name) in aws_credential_names
	lib.written_in_code(v.Value)
}

leaks(v) if {
	lib.secret_name(v.Name)
	lib.literal_secret(v.Value)
}

leaks(v) if {
	lib.secret_name(v.Name)
	lib.is_sensitive(v.Value)
	v.Value["$literal"] == true
}

leaks(v) if lib.has_secret(v.Value)

deny contains lib.finding(r, msg, ["Environment", "EnvironmentVariables"]) if {
	some r in input.resources
	r.type == "AWS::CodeBuild::Project"
	names := secret_vars(r)
	count(names) > 0
	msg := sprintf("%s passes %s as plaintext environment variables written in the code (values masked); use type SECRETS_MANAGER or PARAMETER_STORE", [r.address, concat(", ", sort(names))])
}
