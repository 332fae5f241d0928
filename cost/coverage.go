package cost

import (
	"strings"

	"github.com/iacvet/iacvet/model"
)

// FreeTypes lists the resource types that AWS does not bill on their own
// (canonical CloudFormation names and Terraform names of types that have no
// mapping): identity, network plumbing, policies and attachments, and
// configuration objects whose cost is billed on the resource they configure.
// The estimate lists them as free so that every resource is accounted for.
var FreeTypes = map[string]string{
	// IAM: no charge (https://aws.amazon.com/iam/: "IAM is a feature of your AWS account offered at no additional charge").
	"AWS::IAM::Role": "IAM", "AWS::IAM::Policy": "IAM", "AWS::IAM::ManagedPolicy": "IAM", "AWS::IAM::User": "IAM",
	"AWS::IAM::Group": "IAM", "AWS::IAM::InstanceProfile": "IAM", "AWS::IAM::UserToGroupAddition": "IAM",
	"AWS::IAM::ServiceLinkedRole": "IAM", "AWS::IAM::RolePolicy": "IAM", "AWS::IAM::UserPolicy": "IAM", "AWS::IAM::GroupPolicy": "IAM",
	"AWS::IAM::OIDCProvider": "IAM", "AWS::IAM::SAMLProvider": "IAM",
	"aws_iam_instance_profile": "IAM", "aws_iam_role_policy_attachment": "IAM", "aws_iam_policy_attachment": "IAM",
	"aws_iam_group_membership": "IAM", "aws_iam_user_group_membership": "IAM", "aws_iam_group_policy_attachment": "IAM",
	"aws_iam_service_linked_role": "IAM", "aws_iam_openid_connect_provider": "IAM", "aws_iam_saml_provider": "IAM",
	"aws_iam_account_password_policy": "IAM", "aws_iam_account_alias": "IAM", "aws_iam_role_policies_exclusive": "IAM",
	// VPC plumbing: VPCs, subnets, route tables, gateways to the internet,
	// security groups and network ACLs have no hourly charge.
	"AWS::EC2::VPC": "VPC", "AWS::EC2::Subnet": "VPC", "AWS::EC2::RouteTable": "VPC", "AWS::EC2::Route": "VPC",
	"AWS::EC2::SubnetRouteTableAssociation": "VPC", "AWS::EC2::InternetGateway": "VPC", "AWS::EC2::VPCGatewayAttachment": "VPC",
	"AWS::EC2::EgressOnlyInternetGateway": "VPC", "AWS::EC2::DHCPOptions": "VPC", "AWS::EC2::VPCDHCPOptionsAssociation": "VPC",
	"AWS::EC2::NetworkAcl": "VPC", "AWS::EC2::NetworkAclEntry": "VPC", "AWS::EC2::SubnetNetworkAclAssociation": "VPC",
	"AWS::EC2::VPCCidrBlock": "VPC", "AWS::EC2::SubnetCidrBlock": "VPC", "AWS::EC2::SecurityGroup": "VPC",
	"AWS::EC2::SecurityGroupIngress": "VPC", "AWS::EC2::SecurityGroupEgress": "VPC", "AWS::EC2::EIPAssociation": "VPC",
	"AWS::EC2::GatewayRouteTableAssociation": "VPC",
	"aws_route_table":                        "VPC", "aws_route": "VPC", "aws_route_table_association": "VPC", "aws_main_route_table_association": "VPC",
	"aws_default_route_table": "VPC", "aws_internet_gateway": "VPC", "aws_internet_gateway_attachment": "VPC",
	"aws_egress_only_internet_gateway": "VPC", "aws_vpc_dhcp_options": "VPC", "aws_vpc_dhcp_options_association": "VPC",
	"aws_default_vpc_dhcp_options": "VPC", "aws_network_acl": "VPC", "aws_network_acl_rule": "VPC", "aws_network_acl_association": "VPC",
	"aws_default_network_acl": "VPC", "aws_default_vpc": "VPC", "aws_default_subnet": "VPC", "aws_vpc_ipv4_cidr_block_association": "VPC",
	"aws_eip_association": "VPC", "aws_vpc_endpoint_route_table_association": "VPC",
	// S3 bucket configuration: billed as the bucket's storage and requests.
	"AWS::S3::BucketPolicy": "S3 bucket configuration",
	"aws_s3_bucket_policy":  "S3 bucket configuration", "aws_s3_bucket_public_access_block": "S3 bucket configuration",
	"aws_s3_bucket_acl": "S3 bucket configuration", "aws_s3_bucket_versioning": "S3 bucket configuration",
	"aws_s3_bucket_server_side_encryption_configuration": "S3 bucket configuration", "aws_s3_bucket_logging": "S3 bucket configuration",
	"aws_s3_bucket_ownership_controls": "S3 bucket configuration", "aws_s3_bucket_lifecycle_configuration": "S3 bucket configuration",
	"aws_s3_bucket_cors_configuration": "S3 bucket configuration", "aws_s3_bucket_website_configuration": "S3 bucket configuration",
	"aws_s3_bucket_notification": "S3 bucket configuration", "aws_s3_account_public_access_block": "S3 bucket configuration",
	// Policies, permissions and attachments of priced resources.
	"AWS::Lambda::Permission": "permission", "AWS::SQS::QueuePolicy": "policy", "AWS::SNS::TopicPolicy": "policy",
	"AWS::KMS::Alias": "alias", "AWS::Lambda::EventSourceMapping": "attachment", "AWS::EC2::VolumeAttachment": "attachment",
	"AWS::SNS::Subscription": "attachment", "AWS::Lambda::Alias": "alias", "AWS::Lambda::Version": "version",
	"aws_lambda_permission": "permission", "aws_sqs_queue_policy": "policy", "aws_sns_topic_policy": "policy",
	"aws_kms_alias": "alias", "aws_lambda_event_source_mapping": "attachment", "aws_volume_attachment": "attachment",
	"aws_sns_topic_subscription": "attachment", "aws_lambda_alias": "alias", "aws_autoscaling_attachment": "attachment",
	"aws_lb_target_group_attachment": "attachment", "aws_alb_target_group_attachment": "attachment",
	"aws_ecr_lifecycle_policy": "policy", "aws_ecr_repository_policy": "policy", "aws_cloudwatch_log_resource_policy": "policy",
	// Launch configuration objects: billed as the instances they launch.
	"AWS::EC2::LaunchTemplate": "launch configuration", "AWS::AutoScaling::LaunchConfiguration": "launch configuration",
	"AWS::EC2::KeyPair": "key pair", "aws_key_pair": "key pair",
	// Load balancer parts: billed on the load balancer.
	"AWS::ElasticLoadBalancingV2::Listener": "load balancer configuration", "AWS::ElasticLoadBalancingV2::ListenerRule": "load balancer configuration",
	"AWS::ElasticLoadBalancingV2::TargetGroup": "load balancer configuration", "AWS::ElasticLoadBalancingV2::ListenerCertificate": "load balancer configuration",
	"aws_load_balancer_policy": "load balancer configuration", "aws_load_balancer_listener_policy": "load balancer configuration",
	"aws_lb_ssl_negotiation_policy": "load balancer configuration", "aws_lb_listener_certificate": "load balancer configuration",
	// Database configuration: billed on the instances.
	"AWS::RDS::DBSubnetGroup": "database configuration", "AWS::RDS::DBParameterGroup": "database configuration",
	"AWS::RDS::DBClusterParameterGroup": "database configuration", "AWS::RDS::OptionGroup": "database configuration",
	"AWS::RDS::DBSecurityGroup": "database configuration", "AWS::ElastiCache::SubnetGroup": "database configuration",
	"AWS::ElastiCache::ParameterGroup": "database configuration",
	"aws_db_subnet_group":              "database configuration", "aws_db_parameter_group": "database configuration",
	"aws_rds_cluster_parameter_group": "database configuration", "aws_db_option_group": "database configuration",
	"aws_elasticache_subnet_group": "database configuration", "aws_elasticache_parameter_group": "database configuration",
	"aws_redshift_subnet_group": "database configuration", "aws_redshift_parameter_group": "database configuration",
	"aws_docdb_subnet_group": "database configuration", "aws_neptune_subnet_group": "database configuration",
	// CloudFormation's own bookkeeping.
	"AWS::CloudFormation::WaitConditionHandle": "CloudFormation", "AWS::CloudFormation::WaitCondition": "CloudFormation",
	"AWS::CloudFormation::Stack": "CloudFormation (its resources are listed on their own)", "AWS::CDK::Metadata": "CloudFormation",
}

// nonAWSPrefixes are Terraform providers that create nothing AWS bills.
var nonAWSPrefixes = []string{"random_", "null_", "tls_", "time_", "local_", "terraform_data", "archive_", "external", "http", "cloudinit_"}

// freeReason says why a resource is free, or "" when it is not known to be.
func freeReason(r *model.Resource) string {
	for _, t := range []string{r.Type, r.NativeType} {
		if why, ok := FreeTypes[t]; ok {
			return "no charge of its own (" + why + ")"
		}
	}
	if r.Type == typeDBCluster {
		return "no charge of its own (billed on its DB instances)"
	}
	t := r.NativeType
	if t == "" {
		t = r.Type
	}
	if !strings.HasPrefix(t, "aws_") && !strings.HasPrefix(t, "AWS::") && !strings.HasPrefix(t, "Custom::") && !strings.Contains(t, "::") {
		for _, p := range nonAWSPrefixes {
			if strings.HasPrefix(t, p) {
				return "not an AWS resource"
			}
		}
	}
	return ""
}

// account lists a resource that has no priced entry: free, or not priced.
func account(rep *model.CostReport, r *model.Resource) {
	u := model.UnpricedResource{Address: r.Address, Type: r.Type, Action: r.Action(), Location: r.Locate("")}
	if why := freeReason(r); why != "" {
		u.Reason = why
		rep.Free = append(rep.Free, u)
		return
	}
	u.Reason = "not priced by iacvet"
	rep.NotPriced = append(rep.NotPriced, u)
}
