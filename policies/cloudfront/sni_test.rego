package iacvet.rules.cloudfront_sni_test

import data.iacvet.rules.cloudfront_sni as rule

dist(vc) := {"resources": [{
	"address": "Site",
	"type": "AWS::CloudFront::Distribution",
	"partial": false,
	"has_unknown": false,
	"properties": {"DistributionConfig": {"Enabled": true, "ViewerCertificate": vc}},
}]}

arn := "arn:aws:acm:us-east-1:111122223333:certificate/6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b"

test_vip_fails if {
	count(rule.deny) == 1 with input as dist({"AcmCertificateArn": arn, "SslSupportMethod": "vip"})
}

test_sni_passes if {
	count(rule.deny) == 0 with input as dist({"AcmCertificateArn": arn, "SslSupportMethod": "sni-only"})
	count(rule.deny) == 0 with input as dist({"IamCertificateId": "ASCACKCEVSQ6C2EXAMPLE", "SslSupportMethod": "static-ip"})
}

test_default_certificate_is_not_judged if {
	count(rule.deny) == 0 with input as dist({"CloudFrontDefaultCertificate": true, "SslSupportMethod": "vip"})
}

test_unknown if {
	inp := json.patch(dist({"AcmCertificateArn": arn, "SslSupportMethod": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
