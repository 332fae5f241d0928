package iacvet.rules.cloudfront_logging_test

import data.iacvet.rules.cloudfront_logging

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
     "Origins": [{"Id": "site", "DomainName": "example-site.s3.us-east-1.amazonaws.com", "OriginAccessControlId": "E2QWRUHAPOMQZL", "S3OriginConfig": {"OriginAccessIdentity": ""}}],
     "DefaultCacheBehavior": {"TargetOriginId": "site", "ViewerProtocolPolicy": "redirect-to-https"}
    }
   }
  }
 ]
}

pass_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/DistributionConfig/Logging", "value": {"Bucket": "example-logs.s3.amazonaws.com", "Prefix": "cloudfront/site/"}}])

empty_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/DistributionConfig/Logging", "value": {"Bucket": "", "Prefix": "cloudfront/site/"}}])

test_fail if {
	count(cloudfront_logging.deny) > 0 with input as fail_input
}

test_fail_empty if {
	count(cloudfront_logging.deny) > 0 with input as empty_input
}

test_pass if {
	count(cloudfront_logging.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/DistributionConfig/Logging", "value": {"Bucket": {"$unknown": true, "$ref": "aws_s3_bucket.logs.bucket_domain_name"}}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(cloudfront_logging.deny) == 0 with input as unknown_input
	count(cloudfront_logging.unknown) > 0 with input as unknown_input
}
