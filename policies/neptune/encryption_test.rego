package iacvet.rules.neptune_encryption_test

import data.iacvet.rules.neptune_encryption

test_absent_fails if {
	count(neptune_encryption.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::Neptune::DBCluster", "partial": false, "has_unknown": false, "properties": {"DBClusterIdentifier": "graph", "BackupRetentionPeriod": 7}}]}
}

test_false_fails if {
	count(neptune_encryption.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::Neptune::DBCluster", "partial": false, "has_unknown": false, "properties": {"DBClusterIdentifier": "graph", "BackupRetentionPeriod": 7, "StorageEncrypted": false}}]}
	count(neptune_encryption.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::Neptune::DBCluster", "partial": false, "has_unknown": false, "properties": {"DBClusterIdentifier": "graph", "BackupRetentionPeriod": 7, "StorageEncrypted": "false"}}]}
}

test_true_passes if {
	count(neptune_encryption.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::Neptune::DBCluster", "partial": false, "has_unknown": false, "properties": {"DBClusterIdentifier": "graph", "BackupRetentionPeriod": 7, "StorageEncrypted": true}}]}
	count(neptune_encryption.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::Neptune::DBCluster", "partial": false, "has_unknown": false, "properties": {"DBClusterIdentifier": "graph", "BackupRetentionPeriod": 7, "StorageEncrypted": "true"}}]}
}

test_unknown if {
	inp := {"resources": [{"address": "R", "type": "AWS::Neptune::DBCluster", "partial": false, "has_unknown": true, "properties": {"DBClusterIdentifier": "graph", "BackupRetentionPeriod": 7, "StorageEncrypted": {"$unknown": true}}}]}
	count(neptune_encryption.deny) == 0 with input as inp
	count(neptune_encryption.unknown) == 1 with input as inp
}

test_exempt_snapshot if {
	count(neptune_encryption.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::Neptune::DBCluster", "partial": false, "has_unknown": false, "properties": {"SnapshotIdentifier": "graph-final"}}]}
	count(neptune_encryption.unknown) == 0 with input as {"resources": [{"address": "R", "type": "AWS::Neptune::DBCluster", "partial": false, "has_unknown": true, "properties": {"SnapshotIdentifier": "graph-final", "StorageEncrypted": {"$unknown": true}}}]}
}

test_exempt_restore if {
	count(neptune_encryption.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::Neptune::DBCluster", "partial": false, "has_unknown": false, "properties": {"SourceDBClusterIdentifier": "graph-old", "RestoreType": "copy-on-write"}}]}
	count(neptune_encryption.unknown) == 0 with input as {"resources": [{"address": "R", "type": "AWS::Neptune::DBCluster", "partial": false, "has_unknown": true, "properties": {"SourceDBClusterIdentifier": "graph-old", "RestoreType": "copy-on-write", "StorageEncrypted": {"$unknown": true}}}]}
}
