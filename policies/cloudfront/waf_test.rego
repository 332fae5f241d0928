package iacvet.rules.cloudfront_waf_test

import data.iacvet.rules.cloudfront_waf

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

pass_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/DistributionConfig/WebACLId", "value": "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"}])

empty_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/DistributionConfig/WebACLId", "value": ""}])

test_fail if {
	count(cloudfront_waf.deny) > 0 with input as fail_input
}

test_fail_empty if {
	count(cloudfront_waf.deny) > 0 with input as empty_input
}

test_pass if {
	count(cloudfront_waf.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/DistributionConfig/WebACLId", "value": {"$unknown": true, "$ref": "aws_wafv2_web_acl.edge.arn"}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(cloudfront_waf.deny) == 0 with input as unknown_input
	count(cloudfront_waf.unknown) > 0 with input as unknown_input
}
