# METADATA
# title: Elastic Beanstalk environment uses basic health reporting
# description: |
#   Basic health reporting only reflects the load balancer's health checks, so failing requests, rising latency and instance problems (CPU, disk, application errors) do not change the environment's health until instances drop out. Enhanced health reporting, which managed platform updates also need, is used only when aws:elasticbeanstalk:healthreporting:system SystemType is enhanced; environments built from a saved configuration are not judged.
# custom:
#   id: AWS-EB-081
#   severity: low
#   resource_types: [AWS::ElasticBeanstalk::Environment]
#   remediation: Set the environment's health reporting system type to enhanced.
#   terraform: |
#     resource "aws_elastic_beanstalk_environment" "web" {
#       setting {
#         namespace = "aws:elasticbeanstalk:healthreporting:system"
#         name      = "SystemType"
#         value     = "enhanced"
#       }
#     }
#   cloudformation: |
#     Web:
#       Type: AWS::ElasticBeanstalk::Environment
#       Properties:
#         OptionSettings:
#           - Namespace: aws:elasticbeanstalk:healthreporting:system
#             OptionName: SystemType
#             Value: enhanced
#   cis: []
#   fsbp: ["ElasticBeanstalk.1"]
package iacvet.rules.elasticbeanstalk_enhanced_health

import data.iacvet.lib.elasticbeanstalk as eb

ns := "aws:elasticbeanstalk:healthreporting:system"

deny contains f if some f in eb.deny(ns, "SystemType", "enhanced", "uses basic health reporting")

unknown contains f if some f in eb.unknown(ns, "SystemType", "enhanced", "uses enhanced health reporting")
