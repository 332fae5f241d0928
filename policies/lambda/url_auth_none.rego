# METADATA
# title: Lambda function URL accepts unauthenticated requests
# description: |
#   A function URL with AuthType NONE is a public HTTPS endpoint: anyone on the internet who learns the URL can invoke the function, with no IAM signature, as often as they like and at the owner's cost. Authentication is then entirely up to the function's code.
# custom:
#   id: AWS-LMB-060
#   severity: high
#   resource_types: [AWS::Lambda::Url]
#   remediation: Set AuthType (authorization_type) to AWS_IAM, or put the function behind API Gateway or CloudFront with an authorizer.
#   terraform: |
#     resource "aws_lambda_function_url" "api" {
#       function_name      = aws_lambda_function.api.function_name
#       authorization_type = "AWS_IAM"
#     }
#   cloudformation: |
#     ApiUrl:
#       Type: AWS::Lambda::Url
#       Properties:
#         TargetFunctionArn: !GetAtt Api.Arn
#         AuthType: AWS_IAM
#   cis: []
#   fsbp: []
package iacvet.rules.lambda_url_auth_none

import data.iacvet.lib

path := ["AuthType"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	auth := r.properties.AuthType
	is_string(auth)
	upper(auth) == "NONE"
	msg := sprintf("%s lets anyone on the internet invoke the function without authentication", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: its authentication type is known only after apply", [r.address])
}
