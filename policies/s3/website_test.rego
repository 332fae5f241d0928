package iacvet.rules.s3_website_test

import data.iacvet.rules.s3_website

bucket(w) := {"resources": [{"address": "Site", "type": "AWS::S3::Bucket", "properties": {"WebsiteConfiguration": w}}]}

test_fail if count(s3_website.deny) == 1 with input as bucket({"IndexDocument": "index.html", "ErrorDocument": "error.html"})

test_pass_redirect_only if count(s3_website.deny) == 0 with input as bucket({"RedirectAllRequestsTo": {"HostName": "www.example.com", "Protocol": "https"}})

test_pass_no_website if count(s3_website.deny) == 0 with input as {"resources": [{"address": "Data", "type": "AWS::S3::Bucket", "properties": {}}]}
