package iacvet.rules.cloudfront_viewer_https_test

import data.iacvet.rules.cloudfront_viewer_https

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
     "DefaultCacheBehavior": {"TargetOriginId": "site", "ViewerProtocolPolicy": "redirect-to-https"},
     "CacheBehaviors": [{"PathPattern": "/legacy/*", "TargetOriginId": "site", "ViewerProtocolPolicy": "allow-all"}]
    }
   }
  }
 ]
}

pass_input := json.patch(fail_input, [{"op": "replace", "path": "/resources/0/properties/DistributionConfig/CacheBehaviors/0/ViewerProtocolPolicy", "value": "https-only"}])

default_input := json.patch(fail_input, [{"op": "replace", "path": "/resources/0/properties/DistributionConfig/DefaultCacheBehavior/ViewerProtocolPolicy", "value": "allow-all"}, {"op": "remove", "path": "/resources/0/properties/DistributionConfig/CacheBehaviors"}])

test_fail if {
	count(cloudfront_viewer_https.deny) > 0 with input as fail_input
}

test_fail_default if {
	some f in cloudfront_viewer_https.deny with input as default_input
	f.path == ["DistributionConfig", "DefaultCacheBehavior", "ViewerProtocolPolicy"]
}

test_pass if {
	count(cloudfront_viewer_https.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/DistributionConfig/CacheBehaviors/0/ViewerProtocolPolicy", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(cloudfront_viewer_https.deny) == 0 with input as unknown_input
	count(cloudfront_viewer_https.unknown) > 0 with input as unknown_input
}
