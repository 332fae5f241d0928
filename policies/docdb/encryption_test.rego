package iacvet.rules.docdb_encryption_test

import data.iacvet.rules.docdb_encryption

test_absent_fails if {
	count(docdb_encryption.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::DocDB::DBCluster", "partial": false, "has_unknown": false, "properties": {"DBClusterIdentifier": "docs", "MasterUsername": "admin"}}]}
}

test_false_fails if {
	count(docdb_encryption.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::DocDB::DBCluster", "partial": false, "has_unknown": false, "properties": {"DBClusterIdentifier": "docs", "MasterUsername": "admin", "StorageEncrypted": false}}]}
	count(docdb_encryption.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::DocDB::DBCluster", "partial": false, "has_unknown": false, "properties": {"DBClusterIdentifier": "docs", "MasterUsername": "admin", "StorageEncrypted": "false"}}]}
}

test_true_passes if {
	count(docdb_encryption.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::DocDB::DBCluster", "partial": false, "has_unknown": false, "properties": {"DBClusterIdentifier": "docs", "MasterUsername": "admin", "StorageEncrypted": true}}]}
	count(docdb_encryption.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::DocDB::DBCluster", "partial": false, "has_unknown": false, "properties": {"DBClusterIdentifier": "docs", "MasterUsername": "admin", "StorageEncrypted": "true"}}]}
}

test_unknown if {
	inp := {"resources": [{"address": "R", "type": "AWS::DocDB::DBCluster", "partial": false, "has_unknown": true, "properties": {"DBClusterIdentifier": "docs", "MasterUsername": "admin", "StorageEncrypted": {"$unknown": true}}}]}
	count(docdb_encryption.deny) == 0 with input as inp
	count(docdb_encryption.unknown) == 1 with input as inp
}

test_exempt_snapshot if {
	count(docdb_encryption.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::DocDB::DBCluster", "partial": false, "has_unknown": false, "properties": {"SnapshotIdentifier": "docs-final"}}]}
	count(docdb_encryption.unknown) == 0 with input as {"resources": [{"address": "R", "type": "AWS::DocDB::DBCluster", "partial": false, "has_unknown": true, "properties": {"SnapshotIdentifier": "docs-final", "StorageEncrypted": {"$unknown": true}}}]}
}

test_exempt_restore if {
	count(docdb_encryption.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::DocDB::DBCluster", "partial": false, "has_unknown": false, "properties": {"SourceDBClusterIdentifier": "docs-old", "UseLatestRestorableTime": true}}]}
	count(docdb_encryption.unknown) == 0 with input as {"resources": [{"address": "R", "type": "AWS::DocDB::DBCluster", "partial": false, "has_unknown": true, "properties": {"SourceDBClusterIdentifier": "docs-old", "UseLatestRestorableTime": true, "StorageEncrypted": {"$unknown": true}}}]}
}
