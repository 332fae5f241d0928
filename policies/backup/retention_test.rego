package iacvet.rules.backup_retention_test

import data.iacvet.rules.backup_retention

short_input := {
 "resources": [
  {
   "address": "Plan",
   "type": "AWS::Backup::BackupPlan",
   "name": "Plan",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "BackupPlan": {
     "BackupPlanName": "p",
     "BackupPlanRule": [
      {
       "RuleName": "daily",
       "TargetBackupVault": "Default",
       "ScheduleExpression": "cron(0 5 * * ? *)",
       "Lifecycle": {
        "DeleteAfterDays": 35
       }
      },
      {
       "RuleName": "hourly",
       "TargetBackupVault": "Default",
       "ScheduleExpression": "cron(0 5 * * ? *)",
       "Lifecycle": {
        "DeleteAfterDays": 1
       }
      }
     ]
    }
   }
  }
 ]
}

test_short if {
	count(backup_retention.deny) == 1 with input as short_input
}

pass_input := {
 "resources": [
  {
   "address": "Plan",
   "type": "AWS::Backup::BackupPlan",
   "name": "Plan",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "BackupPlan": {
     "BackupPlanName": "p",
     "BackupPlanRule": [
      {
       "RuleName": "daily",
       "TargetBackupVault": "Default",
       "ScheduleExpression": "cron(0 5 * * ? *)",
       "Lifecycle": {
        "DeleteAfterDays": "35"
       }
      }
     ]
    }
   }
  }
 ]
}

test_pass if {
	count(backup_retention.deny) == 0 with input as pass_input
	count(backup_retention.unknown) == 0 with input as pass_input
}

forever_input := {
 "resources": [
  {
   "address": "Plan",
   "type": "AWS::Backup::BackupPlan",
   "name": "Plan",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "BackupPlan": {
     "BackupPlanName": "p",
     "BackupPlanRule": [
      {
       "RuleName": "keep",
       "TargetBackupVault": "Default"
      }
     ]
    }
   }
  }
 ]
}

test_forever if {
	count(backup_retention.deny) == 0 with input as forever_input
	count(backup_retention.unknown) == 0 with input as forever_input
}

unknown_input := {
 "resources": [
  {
   "address": "Plan",
   "type": "AWS::Backup::BackupPlan",
   "name": "Plan",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "BackupPlan": {
     "BackupPlanName": "p",
     "BackupPlanRule": [
      {
       "RuleName": "daily",
       "TargetBackupVault": "Default",
       "ScheduleExpression": "cron(0 5 * * ? *)",
       "Lifecycle": {
        "DeleteAfterDays": {
         "$unknown": true
        }
       }
      }
     ]
    }
   }
  }
 ]
}

test_unknown if {
	count(backup_retention.deny) == 0 with input as unknown_input
	count(backup_retention.unknown) == 1 with input as unknown_input
}
