# METADATA
# title: OpenSearch domain does not publish audit logs
# description: |
#   Without audit logs there is no record of who signed in to the domain, what they read or changed
#   and which requests were refused. Audit logs need fine-grained access control.
# custom:
#   id: AWS-OS-081
#   severity: medium
#   resource_types: [AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain]
#   remediation: Enable fine-grained access control and publish AUDIT_LOGS to a CloudWatch Logs log group.
#   terraform: |
#     resource "aws_opensearch_domain" "search" {
#       log_publishing_options {
#         log_type                 = "AUDIT_LOGS"
#         cloudwatch_log_group_arn = aws_cloudwatch_log_group.search_audit.arn
#       }
#     }
#   cloudformation: |
#     Search:
#       Type: AWS::OpenSearchService::Domain
#       Properties:
#         LogPublishingOptions:
#           AUDIT_LOGS:
#             CloudWatchLogsLogGroupArn: !GetAtt SearchAuditLogs.Arn
#             Enabled: true
#   cis: []
#   fsbp: ["Opensearch.5", "ES.5"]
package iacvet.rules.opensearch_audit_logs

import data.iacvet.lib.opensearch_logs as logs

deny contains f if some f in logs.deny("AUDIT_LOGS", "audit")

unknown contains f if some f in logs.unknown("AUDIT_LOGS", "audit")
