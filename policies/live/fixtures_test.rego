# Shared fixtures for the AWS-LIVE rule tests.
package iacvet.rules.live_fixtures

live := [{"source": "live", "what": "test", "age_seconds": 0}]

cached := [{"source": "cache", "what": "test", "age_seconds": 120}]

aws := {
	"default_region": "us-east-1",
	"ec2": {
		"instance_types": {"t3.micro": true, "p5.48xlarge": true, "u-24tb1.112xlarge": true, "m5.large": true},
		"offerings": {
			"us-east-1": {
				"region": {"t3.micro": true, "p5.48xlarge": true, "m5.large": true},
				"zones": {
					"us-east-1a": {"t3.micro": true, "m5.large": true},
					"us-east-1b": {"t3.micro": true, "p5.48xlarge": true},
				},
			},
			"eu-west-1": {"region": {"t3.micro": true}},
		},
		"subnets": {
			"subnet-a": {"zone": "us-east-1a", "region": "us-east-1", "missing": false, "provenance": cached},
			"subnet-gone": {"region": "us-east-1", "missing": true, "provenance": live},
		},
		"security_groups": {"us-east-1": {
			"sg-missing": {"missing": true, "ingress": [], "provenance": live},
			"sg-open": {"name": "legacy", "missing": false, "provenance": live, "ingress": [
				{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0"},
				{"IpProtocol": "tcp", "FromPort": 3300, "ToPort": 3400, "CidrIpv6": "::/0"},
			]},
			"sg-closed": {"name": "web", "missing": false, "provenance": live, "ingress": [
				{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "10.0.0.0/8"},
				{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"},
			]},
			"sg-all": {"name": "all", "missing": false, "provenance": live, "ingress": [{"IpProtocol": "-1", "CidrIp": "0.0.0.0/0"}]},
		}},
	},
	"rds": {"orderable": {"us-east-1": {"mysql": {"db.t3.micro": true, "db.r6g.large": true}}}},
	"ssm": {
		"services": {"us-east-1": {"eks": true, "lambda": true}, "eu-west-1": {"lambda": true}},
		"service_of": {"AWS::EKS::Cluster": "eks", "AWS::Lambda::Function": "lambda"},
	},
	"accessanalyzer": {"findings": {
		"aws_iam_policy.bad": [
			{"type": "ERROR", "issue_code": "INVALID_ACTION", "details": "The action s3:GetObjekt does not exist.", "path": ["PolicyDocument", "Statement", 0, "Action"], "provenance": live},
			{"type": "SUGGESTION", "issue_code": "EMPTY_ARRAY_ACTION", "details": "x", "path": ["PolicyDocument"], "provenance": live},
		],
		"aws_s3_bucket_policy.open": [{"type": "SECURITY_WARNING", "issue_code": "PASS_ROLE_WITH_STAR_IN_RESOURCE", "details": "too broad", "path": ["PolicyDocument", "Statement", 1], "provenance": live}],
		"aws_iam_policy.good": [],
	}},
	"provenance": {
		"ec2": {
			"instance_types": [{"source": "snapshot", "what": "sdk", "age_seconds": 0, "snapshot_date": "aws-sdk-go-v2/service/ec2 v1"}],
			"offerings": {"us-east-1": {"region": live, "zones": cached}, "eu-west-1": {"region": live}},
		},
		"rds": {"orderable": {"us-east-1": {"mysql": live}}},
		"ssm": {"services": {"us-east-1": live, "eu-west-1": live}},
	},
}

instance(name, props) := {"address": concat(".", ["aws_instance", name]), "type": "AWS::EC2::Instance", "region": "", "properties": props}

unknown_ref(addr) := {"$unknown": true, "$ref": addr}
