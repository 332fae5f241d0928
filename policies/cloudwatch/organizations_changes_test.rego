package iacvet.rules.cloudwatch_organizations_changes_test

import data.iacvet.rules.cloudwatch_organizations_changes

pass_input := {
 "resources": [
  {
   "address": "Trail",
   "type": "AWS::CloudTrail::Trail",
   "name": "Trail",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "IsLogging": true,
    "IsMultiRegionTrail": true,
    "S3BucketName": "example-trail-logs",
    "CloudWatchLogsLogGroupArn": {
     "$ref": "TrailLogs",
     "$unknown": true
    }
   }
  },
  {
   "address": "TrailLogs",
   "type": "AWS::Logs::LogGroup",
   "name": "TrailLogs",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "LogGroupName": "cloudtrail/management"
   }
  },
  {
   "address": "Filter",
   "type": "AWS::Logs::MetricFilter",
   "name": "Filter",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "LogGroupName": "cloudtrail/management",
    "FilterPattern": "{ ($.eventName=AcceptHandshake)||($.eventName=AttachPolicy)||($.eventName=CreateAccount)||($.eventName=CreateOrganizationalUnit)||($.eventName=CreatePolicy)||($.eventName=DeclineHandshake)||($.eventName=DeleteOrganization)||($.eventName=DeleteOrganizationalUnit)||($.eventName=DeletePolicy)||($.eventName=DetachPolicy)||($.eventName=DisablePolicyType)||($.eventName=EnablePolicyType)||($.eventName=InviteAccountToOrganization)||($.eventName=LeaveOrganization)||($.eventName=MoveAccount)||($.eventName=RemoveAccountFromOrganization)||($.eventName=UpdatePolicy)||($.eventName=UpdateOrganizationalUnit) }",
    "MetricTransformations": [
     {
      "MetricName": "OrganizationsChanges",
      "MetricNamespace": "CISBenchmark",
      "MetricValue": "1"
     }
    ]
   }
  },
  {
   "address": "Alarm",
   "type": "AWS::CloudWatch::Alarm",
   "name": "Alarm",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "MetricName": "OrganizationsChanges",
    "Namespace": "CISBenchmark",
    "AlarmActions": [
     "arn:aws:sns:us-east-1:111122223333:security-alarms"
    ]
   }
  }
 ]
}

# The filter counts another control's events.
fail_input := json.patch(pass_input, [{"op": "replace", "path": "/resources/2/properties/FilterPattern", "value": "{($.errorCode =\"*UnauthorizedOperation\") || ($.errorCode =\"AccessDenied*\") && ($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") && ($.eventName!=\"HeadBucket\")}"}])

# The alarm notifies no one.
silent_input := json.patch(pass_input, [{"op": "remove", "path": "/resources/3/properties/AlarmActions"}])

# The alarm watches a metric of another namespace.
elsewhere_input := json.patch(pass_input, [{"op": "replace", "path": "/resources/3/properties/Namespace", "value": "Other"}])

# A single-region trail is another rule's concern (AWS-CT-001).
single_region_input := json.patch(fail_input, [{"op": "replace", "path": "/resources/0/properties/IsMultiRegionTrail", "value": false}])

# The filter's pattern is known only after apply.
unknown_input := json.patch(pass_input, [{"op": "replace", "path": "/resources/2/properties/FilterPattern", "value": {"$unknown": true}}])

test_pass if {
	count(cloudwatch_organizations_changes.deny) == 0 with input as pass_input
	count(cloudwatch_organizations_changes.unknown) == 0 with input as pass_input
}

test_fail if {
	count(cloudwatch_organizations_changes.deny) == 1 with input as fail_input
}

test_silent_alarm if {
	some f in cloudwatch_organizations_changes.deny with input as silent_input
	contains(f.msg, "has no enabled alarm action")
}

test_other_namespace if {
	some f in cloudwatch_organizations_changes.deny with input as elsewhere_input
	contains(f.msg, "no alarm watches")
}

test_single_region if {
	count(cloudwatch_organizations_changes.deny) == 0 with input as single_region_input
}

test_unknown if {
	count(cloudwatch_organizations_changes.deny) == 0 with input as unknown_input
	count(cloudwatch_organizations_changes.unknown) == 1 with input as unknown_input
}
