# METADATA
# title: Elastic Beanstalk environment does not stream logs to CloudWatch Logs
# description: |
#   Without log streaming, an environment's application and web server logs stay on its instances, where they are lost when Auto Scaling replaces an instance and can only be read by bundling them on request. They are streamed to CloudWatch Logs when aws:elasticbeanstalk:cloudwatch:logs StreamLogs is true (it is false by default); environments built from a saved configuration are not judged.
# custom:
#   id: AWS-EB-080
#   severity: low
#   resource_types: [AWS::ElasticBeanstalk::Environment]
#   remediation: Turn on StreamLogs with a retention period, and give the instance profile permission to write the logs.
#   terraform: |
#     resource "aws_elastic_beanstalk_environment" "web" {
#       setting {
#         namespace = "aws:elasticbeanstalk:cloudwatch:logs"
#         name      = "StreamLogs"
#         value     = "true"
#       }
#       setting {
#         namespace = "aws:elasticbeanstalk:cloudwatch:logs"
#         name      = "RetentionInDays"
#         value     = "365"
#       }
#     }
#   cloudformation: |
#     Web:
#       Type: AWS::ElasticBeanstalk::Environment
#       Properties:
#         OptionSettings:
#           - Namespace: aws:elasticbeanstalk:cloudwatch:logs
#             OptionName: StreamLogs
#             Value: 'true'
#           - Namespace: aws:elasticbeanstalk:cloudwatch:logs
#             OptionName: RetentionInDays
#             Value: '365'
#   cis: []
#   fsbp: ["ElasticBeanstalk.3"]
package iacvet.rules.elasticbeanstalk_log_streaming

import data.iacvet.lib.elasticbeanstalk as eb

ns := "aws:elasticbeanstalk:cloudwatch:logs"

deny contains f if some f in eb.deny(ns, "StreamLogs", "true", "does not stream its logs to CloudWatch Logs")

unknown contains f if some f in eb.unknown(ns, "StreamLogs", "true", "streams its logs to CloudWatch Logs")
