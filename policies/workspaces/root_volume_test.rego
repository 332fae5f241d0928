package iacvet.rules.workspaces_root_volume_test

import data.iacvet.rules.workspaces_root_volume

test_absent_fails if {
	count(workspaces_root_volume.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::WorkSpaces::Workspace", "partial": false, "has_unknown": false, "properties": {"BundleId": "wsb-0123456789", "DirectoryId": "d-0123456789", "UserName": "dev"}}]}
}

test_false_fails if {
	count(workspaces_root_volume.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::WorkSpaces::Workspace", "partial": false, "has_unknown": false, "properties": {"BundleId": "wsb-0123456789", "DirectoryId": "d-0123456789", "UserName": "dev", "RootVolumeEncryptionEnabled": false}}]}
	count(workspaces_root_volume.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::WorkSpaces::Workspace", "partial": false, "has_unknown": false, "properties": {"BundleId": "wsb-0123456789", "DirectoryId": "d-0123456789", "UserName": "dev", "RootVolumeEncryptionEnabled": "false"}}]}
}

test_true_passes if {
	count(workspaces_root_volume.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::WorkSpaces::Workspace", "partial": false, "has_unknown": false, "properties": {"BundleId": "wsb-0123456789", "DirectoryId": "d-0123456789", "UserName": "dev", "RootVolumeEncryptionEnabled": true}}]}
	count(workspaces_root_volume.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::WorkSpaces::Workspace", "partial": false, "has_unknown": false, "properties": {"BundleId": "wsb-0123456789", "DirectoryId": "d-0123456789", "UserName": "dev", "RootVolumeEncryptionEnabled": "true"}}]}
}

test_unknown if {
	inp := {"resources": [{"address": "R", "type": "AWS::WorkSpaces::Workspace", "partial": false, "has_unknown": true, "properties": {"BundleId": "wsb-0123456789", "DirectoryId": "d-0123456789", "UserName": "dev", "RootVolumeEncryptionEnabled": {"$unknown": true}}}]}
	count(workspaces_root_volume.deny) == 0 with input as inp
	count(workspaces_root_volume.unknown) == 1 with input as inp
}
