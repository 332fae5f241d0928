# METADATA
# title: Lambda permission lets anyone invoke the function
# description: |
#   A permission with principal * and no source account, ARN or organization condition lets any AWS account invoke the function.
# custom:
#   id: AWS-LMB-003
#   severity: critical
#   resource_types: [AWS::Lambda::Permission]
#   remediation: Name the calling service or account as principal and restrict it with SourceArn/SourceAccount.
#   terraform: |
#     resource "aws_lambda_permission" "s3" {
#       principal      = "s3.amazonaws.com"
#       source_arn     = aws_s3_bucket.uploads.arn
#       source_account = "111122223333"
#     }
#   cloudformation: |
#     Permission:
#       Type: AWS::Lambda::Permission
#       Properties:
#         Principal: s3.amazonaws.com
#         SourceAccount: !Ref AWS::AccountId
#   cis: []
#   fsbp: ["Lambda.1"]
package iacvet.rules.lambda_public_permission

import data.iacvet.lib

restricted(p) if not lib.empty(lib.get(p, "SourceAccount", null))

restricted(p) if not lib.empty(lib.get(p, "SourceArn", null))

restricted(p) if not lib.empty(lib.get(p, "PrincipalOrgID", null))

# Function URLs with IAM auth are not public.
restricted(p) if p.FunctionUrlAuthType == "AWS_IAM"

deny contains lib.finding(r, msg, "Principal") if {
	some r in input.resources
	r.properties.Principal == "*"
	not restricted(r.properties)
	msg := sprintf("Lambda permission %s lets any principal invoke the function", [r.address])
}

unknown contains lib.finding(r, msg, "Principal") if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.Principal)
	msg := sprintf("Lambda permission %s: the principal is known only after apply", [r.address])
}
