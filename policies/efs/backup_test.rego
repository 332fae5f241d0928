package iacvet.rules.efs_backup_test

import data.iacvet.rules.efs_backup

none_input := {
 "resources": [
  {
   "address": "Fs",
   "type": "AWS::EFS::FileSystem",
   "name": "Fs",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Encrypted": true
   }
  }
 ]
}

test_none if {
	count(efs_backup.deny) == 1 with input as none_input
}

disabled_input := {
 "resources": [
  {
   "address": "Fs",
   "type": "AWS::EFS::FileSystem",
   "name": "Fs",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "BackupPolicy": {
     "Status": "DISABLED"
    }
   }
  }
 ]
}

test_disabled if {
	count(efs_backup.deny) == 1 with input as disabled_input
}

policy_input := {
 "resources": [
  {
   "address": "Fs",
   "type": "AWS::EFS::FileSystem",
   "name": "Fs",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "BackupPolicy": {
     "Status": "ENABLED"
    }
   }
  }
 ]
}

test_policy if {
	count(efs_backup.deny) == 0 with input as policy_input
	count(efs_backup.unknown) == 0 with input as policy_input
}

selection_ref_input := {
 "resources": [
  {
   "address": "Fs",
   "type": "AWS::EFS::FileSystem",
   "name": "Fs",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {}
  },
  {
   "address": "Sel",
   "type": "AWS::Backup::BackupSelection",
   "name": "Sel",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "BackupSelection": {
     "Resources": [
      {
       "$ref": "Fs.Arn",
       "$unknown": true
      }
     ]
    }
   }
  }
 ]
}

test_selection_ref if {
	count(efs_backup.deny) == 0 with input as selection_ref_input
	count(efs_backup.unknown) == 0 with input as selection_ref_input
}

selection_wildcard_input := {
 "resources": [
  {
   "address": "Fs",
   "type": "AWS::EFS::FileSystem",
   "name": "Fs",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {}
  },
  {
   "address": "Sel",
   "type": "AWS::Backup::BackupSelection",
   "name": "Sel",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "BackupSelection": {
     "Resources": [
      "arn:aws:elasticfilesystem:*:*:file-system/*"
     ]
    }
   }
  }
 ]
}

test_selection_wildcard if {
	count(efs_backup.deny) == 0 with input as selection_wildcard_input
	count(efs_backup.unknown) == 0 with input as selection_wildcard_input
}

selection_tag_input := {
 "resources": [
  {
   "address": "Fs",
   "type": "AWS::EFS::FileSystem",
   "name": "Fs",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "FileSystemTags": [
     {
      "Key": "backup",
      "Value": "daily"
     }
    ]
   }
  },
  {
   "address": "Sel",
   "type": "AWS::Backup::BackupSelection",
   "name": "Sel",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "BackupSelection": {
     "ListOfTags": [
      {
       "ConditionType": "STRINGEQUALS",
       "ConditionKey": "backup",
       "ConditionValue": "daily"
      }
     ]
    }
   }
  }
 ]
}

test_selection_tag if {
	count(efs_backup.deny) == 0 with input as selection_tag_input
	count(efs_backup.unknown) == 0 with input as selection_tag_input
}

other_tag_input := {
 "resources": [
  {
   "address": "Fs",
   "type": "AWS::EFS::FileSystem",
   "name": "Fs",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "FileSystemTags": [
     {
      "Key": "backup",
      "Value": "none"
     }
    ]
   }
  },
  {
   "address": "Sel",
   "type": "AWS::Backup::BackupSelection",
   "name": "Sel",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "BackupSelection": {
     "ListOfTags": [
      {
       "ConditionType": "STRINGEQUALS",
       "ConditionKey": "backup",
       "ConditionValue": "daily"
      }
     ]
    }
   }
  }
 ]
}

test_other_tag if {
	count(efs_backup.deny) == 1 with input as other_tag_input
}

unknown_input := {
 "resources": [
  {
   "address": "Fs",
   "type": "AWS::EFS::FileSystem",
   "name": "Fs",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {}
  },
  {
   "address": "Sel",
   "type": "AWS::Backup::BackupSelection",
   "name": "Sel",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "BackupSelection": {
     "Resources": {
      "$unknown": true
     }
    }
   }
  }
 ]
}

test_unknown if {
	count(efs_backup.deny) == 0 with input as unknown_input
	count(efs_backup.unknown) == 1 with input as unknown_input
}
