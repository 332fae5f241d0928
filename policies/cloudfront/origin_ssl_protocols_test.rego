package iacvet.rules.cloudfront_origin_ssl_protocols_test

import data.iacvet.rules.cloudfront_origin_ssl_protocols as rule

dist(protocols) := {"resources": [{
	"address": "App",
	"type": "AWS::CloudFront::Distribution",
	"partial": false,
	"has_unknown": false,
	"properties": {"DistributionConfig": {"Enabled": true, "Origins": [
		{"Id": "site", "DomainName": "example-site.s3.us-east-1.amazonaws.com", "S3OriginConfig": {}},
		{"Id": "app", "DomainName": "app.example.com", "CustomOriginConfig": {"OriginProtocolPolicy": "https-only", "OriginSSLProtocols": protocols}},
	]}},
}]}

test_sslv3_fails if {
	res := rule.deny with input as dist(["SSLv3", "TLSv1.2"])
	count(res) == 1
	some f in res
	f.path == ["DistributionConfig", "Origins", 1, "CustomOriginConfig", "OriginSSLProtocols", 0]
}

test_tls_passes if {
	count(rule.deny) == 0 with input as dist(["TLSv1.2"])
	count(rule.deny) == 0 with input as dist(["TLSv1", "TLSv1.1", "TLSv1.2"])
}

test_unknown if {
	inp := json.patch(dist([{"$unknown": true}]), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
