# METADATA
# title: WAF web ACL has no logging configuration
# description: |
#   Without logging a web ACL keeps no record of the requests it blocked or allowed, so attacks and
#   false positives cannot be investigated.
# custom:
#   id: AWS-WAF-080
#   severity: low
#   resource_types: [AWS::WAFv2::WebACL, AWS::WAFv2::LoggingConfiguration]
#   remediation: Add a logging configuration that sends the web ACL's logs to CloudWatch Logs, S3 or Firehose.
#   terraform: |
#     resource "aws_wafv2_web_acl_logging_configuration" "main" {
#       resource_arn            = aws_wafv2_web_acl.main.arn
#       log_destination_configs = [aws_cloudwatch_log_group.waf.arn]
#     }
#   cloudformation: |
#     WebAclLogging:
#       Type: AWS::WAFv2::LoggingConfiguration
#       Properties:
#         ResourceArn: !GetAtt WebAcl.Arn
#         LogDestinationConfigs: [!GetAtt WafLogs.Arn]
#   cis: []
#   fsbp: ["WAF.11"]
package iacvet.rules.wafv2_logging

import data.iacvet.lib
import data.iacvet.lib.targets

logged := targets.addresses("AWS::WAFv2::LoggingConfiguration", "ResourceArn")

undecided := targets.undecided("AWS::WAFv2::LoggingConfiguration", "ResourceArn")

unlogged contains r if {
	some r in input.resources
	r.type == "AWS::WAFv2::WebACL"
	lib.whole(r)
	not r.address in logged
}

deny contains lib.finding(r, msg, "") if {
	not undecided
	some r in unlogged
	msg := sprintf("%s has no logging configuration", [r.address])
}

unknown contains lib.finding(r, msg, "") if {
	undecided
	some r in unlogged
	msg := sprintf("%s: whether a logging configuration covers it is known only after apply", [r.address])
}
