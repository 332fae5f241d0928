package iacvet.rules.s3_policy_public_test

import data.iacvet.rules.s3_policy_public

fail_input := {
 "resources": [
  {
   "address": "DataPolicy",
   "type": "AWS::S3::BucketPolicy",
   "name": "DataPolicy",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Bucket": "example-data",
    "PolicyDocument": {
     "Version": "2012-10-17",
     "Statement": [
      {
       "Sid": "Public",
       "Effect": "Allow",
       "Principal": "*",
       "Action": "s3:GetObject",
       "Resource": "arn:aws:s3:::example-data/*"
      }
     ]
    }
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "DataPolicy",
   "type": "AWS::S3::BucketPolicy",
   "name": "DataPolicy",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Bucket": "example-data",
    "PolicyDocument": {
     "Version": "2012-10-17",
     "Statement": [
      {
       "Sid": "DenyInsecure",
       "Effect": "Deny",
       "Principal": "*",
       "Action": "s3:*",
       "Resource": [
        "arn:aws:s3:::example-data",
        "arn:aws:s3:::example-data/*"
       ],
       "Condition": {
        "Bool": {
         "aws:SecureTransport": "false"
        }
       }
      }
     ]
    }
   }
  }
 ]
}

test_fail if {
	count(s3_policy_public.deny) > 0 with input as fail_input
}

test_pass if {
	count(s3_policy_public.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/PolicyDocument", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(s3_policy_public.deny) == 0 with input as unknown_input
	count(s3_policy_public.unknown) > 0 with input as unknown_input
}

with_condition(c) := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/PolicyDocument/Statement/0/Condition", "value": c}])

test_spoofable_referer_still_public if {
	count(s3_policy_public.deny) == 1 with input as with_condition({"StringLike": {"aws:Referer": "https://example.com/*"}})
}

test_source_vpce_restricts if {
	count(s3_policy_public.deny) == 0 with input as with_condition({"StringEquals": {"aws:SourceVpce": "vpce-0123456789abcdef0"}})
}

test_json_string_document if {
	doc := json.marshal(fail_input.resources[0].properties.PolicyDocument)
	count(s3_policy_public.deny) == 1 with input as json.patch(fail_input, [{"op": "replace", "path": "/resources/0/properties/PolicyDocument", "value": doc}])
}
