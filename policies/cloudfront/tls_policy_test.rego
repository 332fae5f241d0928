package iacvet.rules.cloudfront_tls_policy_test

import data.iacvet.rules.cloudfront_tls_policy

fail_input := {
 "resources": [
  {
   "address": "Site",
   "type": "AWS::CloudFront::Distribution",
   "name": "Site",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "DistributionConfig": {
     "Enabled": "true",
     "Aliases": ["www.example.com"],
     "Origins": [{"Id": "site", "DomainName": "example-site.s3.us-east-1.amazonaws.com", "OriginAccessControlId": "E2QWRUHAPOMQZL", "S3OriginConfig": {"OriginAccessIdentity": ""}}],
     "DefaultCacheBehavior": {"TargetOriginId": "site", "ViewerProtocolPolicy": "redirect-to-https"},
     "ViewerCertificate": {
      "AcmCertificateArn": "arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-1234-1234-123456789012",
      "SslSupportMethod": "sni-only",
      "MinimumProtocolVersion": "TLSv1.1_2016"
     }
    }
   }
  }
 ]
}

cert := "/resources/0/properties/DistributionConfig/ViewerCertificate"

pass_input := json.patch(fail_input, [{"op": "replace", "path": concat("", [cert, "/MinimumProtocolVersion"]), "value": "TLSv1.2_2021"}])

# TLS 1.2 with the 2019 cipher suites is still below the recommended policy.
fail_2019_input := json.patch(fail_input, [{"op": "replace", "path": concat("", [cert, "/MinimumProtocolVersion"]), "value": "TLSv1.2_2019"}])

# CloudFront applies TLSv1 when a custom certificate has no policy.
fail_default_version_input := json.patch(fail_input, [{"op": "remove", "path": concat("", [cert, "/MinimumProtocolVersion"])}])

# The default *.cloudfront.net certificate always uses TLSv1: not judged.
default_cert_input := json.patch(fail_input, [
	{"op": "remove", "path": "/resources/0/properties/DistributionConfig/Aliases"},
	{"op": "replace", "path": cert, "value": {"CloudFrontDefaultCertificate": "true", "MinimumProtocolVersion": "TLSv1"}},
])

# Terraform spells absent certificates as empty strings.
tf_default_cert_input := json.patch(fail_input, [{"op": "replace", "path": cert, "value": {"AcmCertificateArn": "", "IamCertificateId": "", "CloudFrontDefaultCertificate": true, "MinimumProtocolVersion": "TLSv1", "SslSupportMethod": ""}}])

# A certificate known only after apply is still a custom certificate.
ref_cert_input := json.patch(fail_input, [
	{"op": "replace", "path": concat("", [cert, "/AcmCertificateArn"]), "value": {"$unknown": true, "$ref": "aws_acm_certificate.site.arn"}},
	{"op": "add", "path": "/resources/0/has_unknown", "value": true},
])

test_fail if {
	count(cloudfront_tls_policy.deny) > 0 with input as fail_input
}

test_fail_2019 if {
	count(cloudfront_tls_policy.deny) > 0 with input as fail_2019_input
}

test_fail_default_version if {
	count(cloudfront_tls_policy.deny) > 0 with input as fail_default_version_input
}

test_fail_ref_cert if {
	count(cloudfront_tls_policy.deny) > 0 with input as ref_cert_input
}

test_pass if {
	count(cloudfront_tls_policy.deny) == 0 with input as pass_input
}

test_pass_tls13 if {
	inp := json.patch(fail_input, [{"op": "replace", "path": concat("", [cert, "/MinimumProtocolVersion"]), "value": "TLSv1.3_2025"}])
	count(cloudfront_tls_policy.deny) == 0 with input as inp
}

test_pass_default_cert if {
	count(cloudfront_tls_policy.deny) == 0 with input as default_cert_input
	count(cloudfront_tls_policy.deny) == 0 with input as tf_default_cert_input
}

unknown_input := json.patch(fail_input, [{"op": "replace", "path": concat("", [cert, "/MinimumProtocolVersion"]), "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(cloudfront_tls_policy.deny) == 0 with input as unknown_input
	count(cloudfront_tls_policy.unknown) > 0 with input as unknown_input
}
