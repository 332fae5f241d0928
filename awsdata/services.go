package awsdata

// ServiceOf maps a canonical resource type to the service name AWS
// publishes in SSM under /aws/service/global-infrastructure/regions/<region>/services.
// Only regional services that are not available everywhere are listed; the
// rule AWS-LIVE-007 declares exactly these types (a test keeps them equal).
var ServiceOf = map[string]string{
	"AWS::AppRunner::Service":              "apprunner",
	"AWS::Athena::WorkGroup":               "athena",
	"AWS::Batch::ComputeEnvironment":       "batch",
	"AWS::Cognito::UserPool":               "cognito-idp",
	"AWS::DocDB::DBCluster":                "docdb",
	"AWS::DynamoDB::Table":                 "dynamodb",
	"AWS::ECR::Repository":                 "ecr",
	"AWS::ECS::Cluster":                    "ecs",
	"AWS::EFS::FileSystem":                 "efs",
	"AWS::EKS::Cluster":                    "eks",
	"AWS::EKS::Nodegroup":                  "eks",
	"AWS::EMR::Cluster":                    "emr",
	"AWS::ElastiCache::CacheCluster":       "elasticache",
	"AWS::ElastiCache::ReplicationGroup":   "elasticache",
	"AWS::Elasticsearch::Domain":           "es",
	"AWS::FSx::FileSystem":                 "fsx",
	"AWS::Glue::Job":                       "glue",
	"AWS::Kinesis::Stream":                 "kinesis",
	"AWS::KinesisFirehose::DeliveryStream": "firehose",
	"AWS::Lambda::Function":                "lambda",
	"AWS::MSK::Cluster":                    "kafka",
	"AWS::Neptune::DBCluster":              "neptune",
	"AWS::OpenSearchService::Domain":       "es",
	"AWS::RDS::DBCluster":                  "rds",
	"AWS::RDS::DBInstance":                 "rds",
	"AWS::Redshift::Cluster":               "redshift",
	"AWS::SageMaker::NotebookInstance":     "sagemaker",
	"AWS::SecretsManager::Secret":          "secretsmanager",
	"AWS::StepFunctions::StateMachine":     "stepfunctions",
	"AWS::Transfer::Server":                "transfer",
}
