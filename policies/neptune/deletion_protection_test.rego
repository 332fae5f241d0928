package iacvet.rules.neptune_deletion_protection_test

import data.iacvet.rules.neptune_deletion_protection

fail_input := {
 "resources": [
  {
   "address": "Cluster",
   "type": "AWS::Neptune::DBCluster",
   "name": "Cluster",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "DeletionProtection": false
   }
  }
 ]
}

test_fail if {
	count(neptune_deletion_protection.deny) == 1 with input as fail_input
}

default_input := {
 "resources": [
  {
   "address": "Cluster",
   "type": "AWS::Neptune::DBCluster",
   "name": "Cluster",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "StorageEncrypted": true
   }
  }
 ]
}

test_default if {
	count(neptune_deletion_protection.deny) == 1 with input as default_input
}

pass_input := {
 "resources": [
  {
   "address": "Cluster",
   "type": "AWS::Neptune::DBCluster",
   "name": "Cluster",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "DeletionProtection": "true"
   }
  }
 ]
}

test_pass if {
	count(neptune_deletion_protection.deny) == 0 with input as pass_input
	count(neptune_deletion_protection.unknown) == 0 with input as pass_input
}

unknown_input := {
 "resources": [
  {
   "address": "Cluster",
   "type": "AWS::Neptune::DBCluster",
   "name": "Cluster",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "DeletionProtection": {
     "$unknown": true
    }
   }
  }
 ]
}

test_unknown if {
	count(neptune_deletion_protection.deny) == 0 with input as unknown_input
	count(neptune_deletion_protection.unknown) == 1 with input as unknown_input
}
