package iacvet.rules.cloudfront_custom_certificate_test

import data.iacvet.rules.cloudfront_custom_certificate as rule

dist(config) := {"resources": [{
	"address": "Site",
	"type": "AWS::CloudFront::Distribution",
	"partial": false,
	"has_unknown": false,
	"properties": {"DistributionConfig": object.union({"Enabled": true}, config)},
}]}

test_absent_fails if {
	count(rule.deny) == 1 with input as dist({})
}

test_default_certificate_fails if {
	count(rule.deny) == 1 with input as dist({"ViewerCertificate": {"CloudFrontDefaultCertificate": true}})
	count(rule.deny) == 1 with input as dist({"ViewerCertificate": {"CloudFrontDefaultCertificate": "true", "AcmCertificateArn": "", "IamCertificateId": ""}})
}

test_acm_passes if {
	count(rule.deny) == 0 with input as dist({"ViewerCertificate": {"AcmCertificateArn": "arn:aws:acm:us-east-1:111122223333:certificate/6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b", "SslSupportMethod": "sni-only"}})
}

test_iam_passes if {
	count(rule.deny) == 0 with input as dist({"ViewerCertificate": {"IamCertificateId": "ASCACKCEVSQ6C2EXAMPLE", "SslSupportMethod": "sni-only"}})
}

test_reference_passes if {
	inp := json.patch(dist({"ViewerCertificate": {"AcmCertificateArn": {"$unknown": true, "$ref": "aws_acm_certificate.site"}, "SslSupportMethod": "sni-only"}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 0 with input as inp
}

test_unknown if {
	inp := json.patch(dist({"ViewerCertificate": {"AcmCertificateArn": {"$unknown": true}}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
