package iacvet.rules.elb_classic_acm_certificate_test

import data.iacvet.rules.elb_classic_acm_certificate as rule

lb(cert) := {"resources": [
	{
		"address": "Web",
		"type": "AWS::ElasticLoadBalancing::LoadBalancer",
		"partial": false,
		"has_unknown": false,
		"properties": {"Listeners": [
			{"InstancePort": "80", "InstanceProtocol": "HTTP", "LoadBalancerPort": "80", "Protocol": "HTTP"},
			{"InstancePort": "80", "InstanceProtocol": "HTTP", "LoadBalancerPort": "443", "Protocol": "HTTPS", "SSLCertificateId": cert},
		]},
	},
	{
		"address": "LegacyCert",
		"type": "AWS::IAM::ServerCertificate",
		"partial": false,
		"has_unknown": false,
		"properties": {"ServerCertificateName": "legacy"},
	},
]}

test_iam_arn_fails if {
	res := rule.deny with input as lb("arn:aws:iam::111122223333:server-certificate/web-2024")
	count(res) == 1
	some f in res
	f.path == ["Listeners", 1, "SSLCertificateId"]
}

test_iam_reference_fails if {
	count(rule.deny) == 1 with input as lb({"$unknown": true, "$ref": "LegacyCert.Arn"})
}

test_acm_passes if {
	count(rule.deny) == 0 with input as lb("arn:aws:acm:us-east-1:111122223333:certificate/6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b")
	count(rule.deny) == 0 with input as lb({"$unknown": true, "$ref": "aws_acm_certificate.web"})
	count(rule.unknown) == 0 with input as lb({"$unknown": true, "$ref": "aws_acm_certificate.web"})
}

test_unknown if {
	inp := json.patch(lb({"$unknown": true}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
