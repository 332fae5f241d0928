package iacvet.rules.redshift_cmk_test

import data.iacvet.rules.redshift_cmk

test_no_key_fails if {
	count(redshift_cmk.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::Redshift::Cluster", "partial": false, "has_unknown": false, "properties": {"NodeType": "ra3.xlplus", "ClusterType": "single-node"}}]}
}

test_aws_managed_key_fails if {
	count(redshift_cmk.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::Redshift::Cluster", "partial": false, "has_unknown": false, "properties": {"NodeType": "ra3.xlplus", "ClusterType": "single-node", "KmsKeyId": "alias/aws/redshift"}}]}
}

test_cmk_passes if {
	count(redshift_cmk.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::Redshift::Cluster", "partial": false, "has_unknown": false, "properties": {"NodeType": "ra3.xlplus", "ClusterType": "single-node", "KmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"}}]}
	count(redshift_cmk.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::Redshift::Cluster", "partial": false, "has_unknown": true, "properties": {"NodeType": "ra3.xlplus", "ClusterType": "single-node", "KmsKeyId": {"$unknown": true, "$ref": "aws_kms_key.k.arn"}}}]}
}

test_unknown if {
	inp := {"resources": [{"address": "R", "type": "AWS::Redshift::Cluster", "partial": false, "has_unknown": true, "properties": {"NodeType": "ra3.xlplus", "ClusterType": "single-node", "KmsKeyId": {"$unknown": true}}}]}
	count(redshift_cmk.deny) == 0 with input as inp
	count(redshift_cmk.unknown) == 1 with input as inp
}

test_exempt_unencrypted if {
	count(redshift_cmk.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::Redshift::Cluster", "partial": false, "has_unknown": false, "properties": {"NodeType": "ra3.xlplus", "Encrypted": false}}]}
}
