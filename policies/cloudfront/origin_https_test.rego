package iacvet.rules.cloudfront_origin_https_test

import data.iacvet.rules.cloudfront_origin_https

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
     "Origins": [
      {"Id": "site", "DomainName": "example-site.s3.us-east-1.amazonaws.com", "OriginAccessControlId": "E2QWRUHAPOMQZL", "S3OriginConfig": {"OriginAccessIdentity": ""}},
      {"Id": "api", "DomainName": "api-1234567890.us-east-1.elb.amazonaws.com", "CustomOriginConfig": {"HTTPPort": "80", "HTTPSPort": "443", "OriginProtocolPolicy": "http-only", "OriginSSLProtocols": ["TLSv1.2"]}}
     ],
     "DefaultCacheBehavior": {"TargetOriginId": "site", "ViewerProtocolPolicy": "redirect-to-https"},
     "CacheBehaviors": [{"PathPattern": "/api/*", "TargetOriginId": "api", "ViewerProtocolPolicy": "https-only"}]
    }
   }
  }
 ]
}

policy := "/resources/0/properties/DistributionConfig/Origins/1/CustomOriginConfig/OriginProtocolPolicy"

api_viewer := "/resources/0/properties/DistributionConfig/CacheBehaviors/0/ViewerProtocolPolicy"

pass_input := json.patch(fail_input, [{"op": "replace", "path": policy, "value": "https-only"}])

# match-viewer is safe behind HTTPS-only viewers ...
match_https_input := json.patch(fail_input, [{"op": "replace", "path": policy, "value": "match-viewer"}])

# ... but forwards plain HTTP when a behavior targeting the origin allows it.
match_http_input := json.patch(match_https_input, [{"op": "replace", "path": api_viewer, "value": "allow-all"}])

# A behavior allowing HTTP to another origin does not matter.
match_other_input := json.patch(match_https_input, [{"op": "replace", "path": "/resources/0/properties/DistributionConfig/DefaultCacheBehavior/ViewerProtocolPolicy", "value": "allow-all"}])

test_fail if {
	some f in cloudfront_origin_https.deny with input as fail_input
	f.path == ["DistributionConfig", "Origins", 1, "CustomOriginConfig", "OriginProtocolPolicy"]
}

test_fail_match_viewer if {
	count(cloudfront_origin_https.deny) > 0 with input as match_http_input
}

# An origin group target may send HTTP viewers to the match-viewer origin.
match_group_input := json.patch(match_https_input, [
	{"op": "replace", "path": api_viewer, "value": "allow-all"},
	{"op": "replace", "path": "/resources/0/properties/DistributionConfig/CacheBehaviors/0/TargetOriginId", "value": "api-group"},
])

test_fail_origin_group if {
	count(cloudfront_origin_https.deny) > 0 with input as match_group_input
}

test_pass if {
	count(cloudfront_origin_https.deny) == 0 with input as pass_input
	count(cloudfront_origin_https.deny) == 0 with input as match_https_input
	count(cloudfront_origin_https.deny) == 0 with input as match_other_input
}

unknown_input := json.patch(fail_input, [{"op": "replace", "path": policy, "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

unknown_viewer_input := json.patch(match_https_input, [{"op": "replace", "path": api_viewer, "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(cloudfront_origin_https.deny) == 0 with input as unknown_input
	count(cloudfront_origin_https.unknown) > 0 with input as unknown_input
	count(cloudfront_origin_https.deny) == 0 with input as unknown_viewer_input
	count(cloudfront_origin_https.unknown) > 0 with input as unknown_viewer_input
}
