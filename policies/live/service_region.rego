# METADATA
# title: Service not available in the region
# description: The resource belongs to an AWS service that is not available in the region it is deployed to (SSM public parameters /aws/service/global-infrastructure/regions/<region>/services).
# custom:
#   id: AWS-LIVE-007
#   severity: high
#   resource_types: [AWS::AppRunner::Service, AWS::Athena::WorkGroup, AWS::Batch::ComputeEnvironment, AWS::Cognito::UserPool, AWS::DocDB::DBCluster, AWS::DynamoDB::Table, AWS::ECR::Repository, AWS::ECS::Cluster, AWS::EFS::FileSystem, AWS::EKS::Cluster, AWS::EKS::Nodegroup, AWS::EMR::Cluster, AWS::ElastiCache::CacheCluster, AWS::ElastiCache::ReplicationGroup, AWS::Elasticsearch::Domain, AWS::FSx::FileSystem, AWS::Glue::Job, AWS::Kinesis::Stream, AWS::KinesisFirehose::DeliveryStream, AWS::Lambda::Function, AWS::MSK::Cluster, AWS::Neptune::DBCluster, AWS::OpenSearchService::Domain, AWS::RDS::DBCluster, AWS::RDS::DBInstance, AWS::Redshift::Cluster, AWS::SageMaker::NotebookInstance, AWS::SecretsManager::Secret, AWS::StepFunctions::StateMachine, AWS::Transfer::Server]
#   remediation: Deploy the resource to a region where the service is available, or use a provider configured for such a region.
#   terraform: |
#     provider "aws" {
#       alias  = "main"
#       region = "eu-west-1"
#     }
#     resource "aws_apprunner_service" "app" {
#       provider = aws.main
#     }
#   cloudformation: |
#     # Deploy the stack to a region that offers the service:
#     # aws cloudformation deploy --region eu-west-1 ...
package iacvet.rules.live_service_region

import data.iacvet.lib
import data.iacvet.lib.live

deny contains lib.finding_with(r, msg, [], data.aws.provenance.ssm.services[region]) if {
	some r in input.resources
	service := data.aws.ssm.service_of[r.type]
	region := live.region(r)
	available := data.aws.ssm.services[region]
	not available[service]
	msg := sprintf("%s (service %s) is not available in region %s", [r.type, service, region])
}
