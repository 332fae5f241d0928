# METADATA
# title: AWS Config recorder does not record all resource types
# description: |
#   A configuration recorder limited to chosen resource types, or one that leaves out the global IAM
#   types (the default), keeps no history of the changes it does not record: new resource types,
#   IAM users, roles, groups and policies. CIS asks for all supported types including global ones.
# custom:
#   id: AWS-CFG-080
#   severity: medium
#   resource_types: [AWS::Config::ConfigurationRecorder]
#   remediation: Record all supported resource types, including global resource types.
#   terraform: |
#     resource "aws_config_configuration_recorder" "main" {
#       role_arn = aws_iam_role.config.arn
#       recording_group {
#         all_supported                 = true
#         include_global_resource_types = true
#       }
#     }
#   cloudformation: |
#     Recorder:
#       Type: AWS::Config::ConfigurationRecorder
#       Properties:
#         RoleARN: !GetAtt ConfigRole.Arn
#         RecordingGroup:
#           AllSupported: true
#           IncludeGlobalResourceTypes: true
#   cis: ["3.3"]
#   fsbp: ["Config.1"]
package iacvet.rules.config_recorder

import data.iacvet.lib

group(r) := object.get(r.properties, "RecordingGroup", {})

strategy(r) := object.get(object.get(group(r), "RecordingStrategy", {}), "UseOnly", null)

# partial names why a recorder records only some types.
partial(r) := ["RecordingGroup", "AllSupported"] if {
	lib.is_false(object.get(group(r), "AllSupported", true))
} else := ["RecordingGroup", "RecordingStrategy", "UseOnly"] if {
	s := strategy(r)
	is_string(s)
	s != "ALL_SUPPORTED_RESOURCE_TYPES"
}

deny contains lib.finding(r, msg, p) if {
	some r in input.resources
	p := partial(r)
	msg := sprintf("%s records only chosen resource types, not all supported ones", [r.address])
}

deny contains lib.finding(r, msg, ["RecordingGroup", "IncludeGlobalResourceTypes"]) if {
	some r in input.resources
	not partial(r)
	v := object.get(group(r), "IncludeGlobalResourceTypes", false)
	lib.known(v)
	not lib.is_true(v)
	msg := sprintf("%s does not record global resource types (IAM users, roles, groups and policies)", [r.address])
}

unknown contains lib.finding(r, msg, "RecordingGroup") if {
	some r in input.resources
	r.has_unknown
	some p in [["RecordingGroup"], ["RecordingGroup", "AllSupported"], ["RecordingGroup", "IncludeGlobalResourceTypes"], ["RecordingGroup", "RecordingStrategy", "UseOnly"]]
	lib.unknown_at(r.properties, p)
	msg := sprintf("%s: which resource types it records is known only after apply", [r.address])
}
