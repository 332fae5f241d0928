# METADATA
# title: Lambda function uses a deprecated runtime
# description: |
#   Deprecated runtimes get no security patches, and functions on them can eventually no longer be updated.
# custom:
#   id: AWS-LMB-001
#   severity: medium
#   resource_types: [AWS::Lambda::Function]
#   remediation: Move the function to a supported runtime.
#   terraform: |
#     resource "aws_lambda_function" "api" {
#       runtime = "nodejs20.x"
#     }
#   cloudformation: |
#     Api:
#       Type: AWS::Lambda::Function
#       Properties:
#         Runtime: nodejs20.x
#   cis: []
#   fsbp: ["Lambda.2"]
package iacvet.rules.lambda_runtime

import data.iacvet.lib

# Runtimes past their deprecation date (AWS Lambda runtime deprecation policy).
deprecated := {
	"nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x",
	"python2.7", "python3.6", "python3.7", "python3.8",
	"ruby2.5", "ruby2.7", "ruby3.2",
	"java8",
	"go1.x",
	"dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet5.0", "dotnet6", "dotnet7",
	"provided",
}

deny contains lib.finding(r, msg, "Runtime") if {
	some r in input.resources
	runtime := r.properties.Runtime
	runtime in deprecated
	msg := sprintf("Lambda function %s uses the deprecated runtime %s", [r.address, runtime])
}

unknown contains lib.finding(r, msg, "Runtime") if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.Runtime)
	msg := sprintf("Lambda function %s: the runtime is known only after apply", [r.address])
}
