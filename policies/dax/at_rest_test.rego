package iacvet.rules.dax_at_rest_test

import data.iacvet.rules.dax_at_rest

test_absent_fails if {
	count(dax_at_rest.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::DAX::Cluster", "partial": false, "has_unknown": false, "properties": {"NodeType": "dax.t3.small", "ReplicationFactor": 3}}]}
}

test_false_fails if {
	count(dax_at_rest.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::DAX::Cluster", "partial": false, "has_unknown": false, "properties": {"NodeType": "dax.t3.small", "ReplicationFactor": 3, "SSESpecification": {"SSEEnabled": false}}}]}
	count(dax_at_rest.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::DAX::Cluster", "partial": false, "has_unknown": false, "properties": {"NodeType": "dax.t3.small", "ReplicationFactor": 3, "SSESpecification": {"SSEEnabled": "false"}}}]}
}

test_true_passes if {
	count(dax_at_rest.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::DAX::Cluster", "partial": false, "has_unknown": false, "properties": {"NodeType": "dax.t3.small", "ReplicationFactor": 3, "SSESpecification": {"SSEEnabled": true}}}]}
	count(dax_at_rest.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::DAX::Cluster", "partial": false, "has_unknown": false, "properties": {"NodeType": "dax.t3.small", "ReplicationFactor": 3, "SSESpecification": {"SSEEnabled": "true"}}}]}
}

test_unknown if {
	inp := {"resources": [{"address": "R", "type": "AWS::DAX::Cluster", "partial": false, "has_unknown": true, "properties": {"NodeType": "dax.t3.small", "ReplicationFactor": 3, "SSESpecification": {"SSEEnabled": {"$unknown": true}}}}]}
	count(dax_at_rest.deny) == 0 with input as inp
	count(dax_at_rest.unknown) == 1 with input as inp
}
