package acme.tags_test

import data.acme.tags

test_untagged_bucket_denied if {
	count(tags.deny) == 1 with input as {"resources": [{"address": "b", "properties": {}}]}
}

test_owned_bucket_passes if {
	count(tags.deny) == 0 with input as {"resources": [{"address": "b", "properties": {"Tags": [{"Key": "owner", "Value": "x"}]}}]}
}
