package iacvet.rules.redshift_snapshot_retention_test

import data.iacvet.rules.redshift_snapshot_retention

off_input := {
 "resources": [
  {
   "address": "W",
   "type": "AWS::Redshift::Cluster",
   "name": "W",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "AutomatedSnapshotRetentionPeriod": 0
   }
  }
 ]
}

test_off if {
	count(redshift_snapshot_retention.deny) == 1 with input as off_input
}

short_input := {
 "resources": [
  {
   "address": "W",
   "type": "AWS::Redshift::Cluster",
   "name": "W",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "AutomatedSnapshotRetentionPeriod": "3"
   }
  }
 ]
}

test_short if {
	count(redshift_snapshot_retention.deny) == 1 with input as short_input
}

default_input := {
 "resources": [
  {
   "address": "W",
   "type": "AWS::Redshift::Cluster",
   "name": "W",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "NodeType": "ra3.xlplus"
   }
  }
 ]
}

test_default if {
	count(redshift_snapshot_retention.deny) == 1 with input as default_input
}

pass_input := {
 "resources": [
  {
   "address": "W",
   "type": "AWS::Redshift::Cluster",
   "name": "W",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "AutomatedSnapshotRetentionPeriod": 35
   }
  }
 ]
}

test_pass if {
	count(redshift_snapshot_retention.deny) == 0 with input as pass_input
	count(redshift_snapshot_retention.unknown) == 0 with input as pass_input
}

unknown_input := {
 "resources": [
  {
   "address": "W",
   "type": "AWS::Redshift::Cluster",
   "name": "W",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "AutomatedSnapshotRetentionPeriod": {
     "$unknown": true
    }
   }
  }
 ]
}

test_unknown if {
	count(redshift_snapshot_retention.deny) == 0 with input as unknown_input
	count(redshift_snapshot_retention.unknown) == 1 with input as unknown_input
}
