# METADATA
# title: Elastic Beanstalk environment does not apply managed platform updates
# description: |
#   Without managed actions, an environment keeps running the platform version (operating system, runtime, web server) it was created with until someone updates it by hand, so published security patches never reach its instances. Environments created through the API or infrastructure code have managed actions off unless aws:elasticbeanstalk:managedactions ManagedActionsEnabled is true; environments built from a saved configuration are not judged.
# custom:
#   id: AWS-EB-001
#   severity: medium
#   resource_types: [AWS::ElasticBeanstalk::Environment]
#   remediation: Enable managed actions with a weekly maintenance window and minor or patch update level.
#   terraform: |
#     resource "aws_elastic_beanstalk_environment" "web" {
#       setting {
#         namespace = "aws:elasticbeanstalk:managedactions"
#         name      = "ManagedActionsEnabled"
#         value     = "true"
#       }
#       setting {
#         namespace = "aws:elasticbeanstalk:managedactions"
#         name      = "PreferredStartTime"
#         value     = "Sun:02:00"
#       }
#       setting {
#         namespace = "aws:elasticbeanstalk:managedactions:platformupdate"
#         name      = "UpdateLevel"
#         value     = "minor"
#       }
#     }
#   cloudformation: |
#     Web:
#       Type: AWS::ElasticBeanstalk::Environment
#       Properties:
#         OptionSettings:
#           - Namespace: aws:elasticbeanstalk:managedactions
#             OptionName: ManagedActionsEnabled
#             Value: 'true'
#           - Namespace: aws:elasticbeanstalk:managedactions
#             OptionName: PreferredStartTime
#             Value: Sun:02:00
#           - Namespace: aws:elasticbeanstalk:managedactions:platformupdate
#             OptionName: UpdateLevel
#             Value: minor
#   cis: []
#   fsbp: ["ElasticBeanstalk.2"]
package iacvet.rules.elasticbeanstalk_managed_updates

import data.iacvet.lib.elasticbeanstalk as eb

ns := "aws:elasticbeanstalk:managedactions"

deny contains f if some f in eb.deny(ns, "ManagedActionsEnabled", "true", "does not apply managed platform updates")

unknown contains f if some f in eb.unknown(ns, "ManagedActionsEnabled", "true", "applies managed platform updates")
