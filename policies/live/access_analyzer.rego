# METADATA
# title: IAM Access Analyzer reports an error or security warning in a policy
# description: IAM Access Analyzer policy validation (ValidatePolicy) found an error (a part of the policy does not work) or a security warning (the policy grants more access than is usually intended).
# custom:
#   id: AWS-LIVE-008
#   severity: medium
#   resource_types: [AWS::IAM::Policy, AWS::IAM::ManagedPolicy, AWS::IAM::Role, AWS::IAM::User, AWS::IAM::Group, AWS::S3::BucketPolicy, AWS::KMS::Key, AWS::SQS::QueuePolicy]
#   remediation: Fix the statement the finding points at; the finding's issue code links to AWS's policy check reference.
#   terraform: |
#     data "aws_iam_policy_document" "read" {
#       statement {
#         actions   = ["s3:GetObject"]
#         resources = ["${aws_s3_bucket.data.arn}/*"]
#       }
#     }
#   cloudformation: |
#     PolicyDocument:
#       Version: "2012-10-17"
#       Statement:
#         - Effect: Allow
#           Action: s3:GetObject
#           Resource: !Sub "${DataBucket.Arn}/*"
#   fsbp: []
package iacvet.rules.live_access_analyzer

import data.iacvet.lib

severity := {"ERROR": "medium", "SECURITY_WARNING": "high"}

label := {"ERROR": "error", "SECURITY_WARNING": "security warning"}

deny contains object.union(lib.finding_with(r, msg, f.path, f.provenance), {"severity": severity[f.type]}) if {
	some r in input.resources
	some f in data.aws.accessanalyzer.findings[r.address]
	severity[f.type]
	msg := sprintf("IAM Access Analyzer %s %s: %s", [label[f.type], f.issue_code, f.details])
}
