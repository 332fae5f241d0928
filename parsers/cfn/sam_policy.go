package cfn

import (
	"strings"

	"github.com/iacvet/iacvet/model"
)

// policyTemplate returns the statements of a SAM policy template (from
// the translator's policy_templates.json) with its parameters filled in;
// a parameter that is not a known string makes the resource unknown.
// known is false for templates iacvet does not carry.
func policyTemplate(name string, params map[string]any) (stmts any, known bool) {
	t, ok := samPolicyTemplates[name]
	if !ok {
		return nil, false
	}
	var out []any
	for _, s := range t {
		var res []any
		for _, r := range s.resources {
			res = append(res, fillTemplate(r, params))
		}
		actions := make([]any, len(s.actions))
		for i, a := range s.actions {
			actions[i] = a
		}
		var resource any = res
		if len(res) == 1 {
			resource = res[0]
		}
		out = append(out, map[string]any{"Effect": "Allow", "Action": actions, "Resource": resource})
	}
	return out, true
}

// fillTemplate substitutes ${Param}, ${AWS::Partition} and the like; a
// parameter or pseudo parameter that is not a known string gives Unknown.
func fillTemplate(s string, params map[string]any) any {
	if s == "*" {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "${")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.Index(s[i:], "}")
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		name := s[i+2 : i+j]
		switch name {
		case "AWS::Partition":
			b.WriteString("aws")
		default:
			v, ok := params[name].(string)
			if !ok {
				return model.Unknown{}
			}
			b.WriteString(v)
		}
		s = s[i+j+1:]
	}
}

type templateStatement struct {
	actions   []string
	resources []string
}

const (
	ddbTable = "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}"
	s3Bucket = "arn:${AWS::Partition}:s3:::${BucketName}"
)

// samPolicyTemplates are the common SAM policy templates. Region and
// account are unknown unless given, so ARNs holding them are unknown;
// the actions, which rules judge, are exact.
var samPolicyTemplates = map[string][]templateStatement{
	"S3ReadPolicy": {{actions: []string{"s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:GetLifecycleConfiguration"},
		resources: []string{s3Bucket, s3Bucket + "/*"}}},
	"S3CrudPolicy": {{actions: []string{"s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:PutObject", "s3:PutObjectAcl", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration", "s3:DeleteObject"},
		resources: []string{s3Bucket, s3Bucket + "/*"}}},
	"S3WritePolicy": {{actions: []string{"s3:PutObject", "s3:PutObjectAcl", "s3:PutLifecycleConfiguration"},
		resources: []string{s3Bucket, s3Bucket + "/*"}}},
	"S3FullAccessPolicy": {{actions: []string{"s3:GetObject", "s3:GetObjectAcl", "s3:GetObjectVersion", "s3:PutObject", "s3:PutObjectAcl", "s3:DeleteObject", "s3:DeleteObjectTagging", "s3:DeleteObjectVersionTagging", "s3:GetObjectTagging", "s3:GetObjectVersionTagging", "s3:PutObjectTagging", "s3:PutObjectVersionTagging"},
		resources: []string{s3Bucket + "/*"}}, {actions: []string{"s3:ListBucket", "s3:GetBucketLocation", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration"}, resources: []string{s3Bucket}}},
	"DynamoDBCrudPolicy": {{actions: []string{"dynamodb:GetItem", "dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:Scan", "dynamodb:Query", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem", "dynamodb:BatchGetItem", "dynamodb:DescribeTable", "dynamodb:ConditionCheckItem"},
		resources: []string{ddbTable, ddbTable + "/index/*"}}},
	"DynamoDBReadPolicy": {{actions: []string{"dynamodb:GetItem", "dynamodb:Scan", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:DescribeTable"},
		resources: []string{ddbTable, ddbTable + "/index/*"}}},
	"DynamoDBWritePolicy": {{actions: []string{"dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem"},
		resources: []string{ddbTable, ddbTable + "/index/*"}}},
	"DynamoDBStreamReadPolicy": {{actions: []string{"dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"},
		resources: []string{ddbTable + "/stream/${StreamName}"}}, {actions: []string{"dynamodb:ListStreams"}, resources: []string{ddbTable + "/stream/*"}}},
	"SQSPollerPolicy": {{actions: []string{"sqs:ChangeMessageVisibility", "sqs:ChangeMessageVisibilityBatch", "sqs:DeleteMessage", "sqs:DeleteMessageBatch", "sqs:GetQueueAttributes", "sqs:ReceiveMessage"},
		resources: []string{"arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${QueueName}"}}},
	"SQSSendMessagePolicy": {{actions: []string{"sqs:SendMessage*"},
		resources: []string{"arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${QueueName}"}}},
	"SNSPublishMessagePolicy": {{actions: []string{"sns:Publish"},
		resources: []string{"arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${TopicName}"}}},
	"SNSCrudPolicy": {{actions: []string{"sns:ListSubscriptionsByTopic", "sns:CreateTopic", "sns:SetTopicAttributes", "sns:Subscribe", "sns:Publish"},
		resources: []string{"arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${TopicName}*"}}},
	"LambdaInvokePolicy": {{actions: []string{"lambda:InvokeFunction"},
		resources: []string{"arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${FunctionName}*"}}},
	"KinesisStreamReadPolicy": {{actions: []string{"kinesis:ListStreams", "kinesis:DescribeLimits"}, resources: []string{"arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/*"}},
		{actions: []string{"kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator"}, resources: []string{"arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${StreamName}"}}},
	"KinesisCrudPolicy": {{actions: []string{"kinesis:AddTagsToStream", "kinesis:CreateStream", "kinesis:DecreaseStreamRetentionPeriod", "kinesis:DeleteStream", "kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetShardIterator", "kinesis:IncreaseStreamRetentionPeriod", "kinesis:ListTagsForStream", "kinesis:MergeShards", "kinesis:PutRecord", "kinesis:PutRecords", "kinesis:SplitShard", "kinesis:RemoveTagsFromStream"},
		resources: []string{"arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${StreamName}"}}},
	"CloudWatchPutMetricPolicy": {{actions: []string{"cloudwatch:PutMetricData"}, resources: []string{"*"}}},
	"StepFunctionsExecutionPolicy": {{actions: []string{"states:StartExecution"},
		resources: []string{"arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${StateMachineName}"}}},
	"AWSSecretsManagerGetSecretValuePolicy": {{actions: []string{"secretsmanager:GetSecretValue"}, resources: []string{"${SecretArn}"}}},
	"SSMParameterReadPolicy": {{actions: []string{"ssm:DescribeParameters"}, resources: []string{"*"}},
		{actions: []string{"ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"}, resources: []string{"arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/${ParameterName}"}}},
	"KMSDecryptPolicy":           {{actions: []string{"kms:Decrypt"}, resources: []string{"arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${KeyId}"}}},
	"EventBridgePutEventsPolicy": {{actions: []string{"events:PutEvents"}, resources: []string{"arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/${EventBusName}"}}},
	"VPCAccessPolicy":            {{actions: []string{"ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DetachNetworkInterface"}, resources: []string{"*"}}},
}
