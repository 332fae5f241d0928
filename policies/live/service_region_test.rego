package iacvet.rules.live_service_region_test

import data.iacvet.rules.live_fixtures as fx
import data.iacvet.rules.live_service_region as rule

test_service_not_in_region if {
	fs := rule.deny with input as {"resources": [
		{"address": "aws_eks_cluster.west", "type": "AWS::EKS::Cluster", "region": "eu-west-1", "properties": {}},
		{"address": "aws_eks_cluster.east", "type": "AWS::EKS::Cluster", "region": "us-east-1", "properties": {}},
		{"address": "aws_lambda_function.west", "type": "AWS::Lambda::Function", "region": "eu-west-1", "properties": {}},
		{"address": "aws_eks_cluster.unchecked", "type": "AWS::EKS::Cluster", "region": "ap-east-2", "properties": {}},
	]}
		with data.aws as fx.aws
	count(fs) == 1
	some f in fs
	f.resource == "aws_eks_cluster.west"
	f.msg == "AWS::EKS::Cluster (service eks) is not available in region eu-west-1"
}
