# METADATA
# title: Glue job has no security configuration
# description: |
#   A Glue job without a security configuration writes its CloudWatch logs and job bookmarks without KMS encryption and its S3 output with only the bucket's default encryption. A security configuration sets S3, CloudWatch Logs and job bookmark encryption for every run of the job.
# custom:
#   id: AWS-GLUE-042
#   severity: low
#   resource_types: [AWS::Glue::Job]
#   remediation: Attach a Glue security configuration that encrypts S3 data, CloudWatch logs and job bookmarks with KMS.
#   terraform: |
#     resource "aws_glue_job" "etl" {
#       security_configuration = aws_glue_security_configuration.kms.name
#     }
#   cloudformation: |
#     Etl:
#       Type: AWS::Glue::Job
#       Properties:
#         SecurityConfiguration: !Ref GlueSecurityConfiguration
#   cis: []
#   fsbp: []
package iacvet.rules.glue_job_security_configuration

import data.iacvet.lib

path := ["SecurityConfiguration"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("Glue job %s has no security configuration (logs and bookmarks are not encrypted with KMS)", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("Glue job %s: its security configuration is known only after apply", [r.address])
}
