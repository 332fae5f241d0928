# METADATA
# title: OpenSearch domain does not publish error logs
# description: |
#   Without error logs (ES_APPLICATION_LOGS) published to CloudWatch Logs, the errors and warnings of the domain's nodes (failed shard allocations, rejected queries, misconfigured plugins) stay inside the domain where no one can search or alarm on them. A domain publishes them when its LogPublishingOptions hold ES_APPLICATION_LOGS with a log group and not Enabled false.
# custom:
#   id: AWS-OS-080
#   severity: low
#   resource_types: [AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain]
#   remediation: Publish the domain's error logs to a CloudWatch Logs group (whose resource policy lets OpenSearch write to it).
#   terraform: |
#     resource "aws_opensearch_domain" "search" {
#       log_publishing_options {
#         log_type                 = "ES_APPLICATION_LOGS"
#         cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
#       }
#     }
#   cloudformation: |
#     Search:
#       Type: AWS::OpenSearchService::Domain
#       Properties:
#         LogPublishingOptions:
#           ES_APPLICATION_LOGS:
#             Enabled: true
#             CloudWatchLogsLogGroupArn: !GetAtt SearchLogs.Arn
#   cis: []
#   fsbp: ["Opensearch.4"]
package iacvet.rules.opensearch_error_logs

import data.iacvet.lib.opensearch_logs as logs

deny contains f if some f in logs.deny("ES_APPLICATION_LOGS", "error")

unknown contains f if some f in logs.unknown("ES_APPLICATION_LOGS", "error")
