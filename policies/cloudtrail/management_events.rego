# METADATA
# title: CloudTrail trail does not record all management events
# description: |
#   A trail that is stopped, or whose event selectors leave out management events or record only
#   reads or only writes, misses the API calls that change and inspect the account.
# custom:
#   id: AWS-CT-082
#   severity: medium
#   resource_types: [AWS::CloudTrail::Trail]
#   remediation: Keep the trail logging and record read and write management events.
#   terraform: |
#     resource "aws_cloudtrail" "main" {
#       enable_logging = true
#       event_selector {
#         read_write_type           = "All"
#         include_management_events = true
#       }
#     }
#   cloudformation: |
#     Trail:
#       Type: AWS::CloudTrail::Trail
#       Properties:
#         IsLogging: true
#         EventSelectors:
#           - ReadWriteType: All
#             IncludeManagementEvents: true
#   cis: ["3.1"]
#   fsbp: ["CloudTrail.1"]
package iacvet.rules.cloudtrail_management_events

import data.iacvet.lib

deny contains lib.finding(r, msg, ["IsLogging"]) if {
	some r in input.resources
	lib.is_false(object.get(r.properties, "IsLogging", true))
	msg := sprintf("%s is not logging", [r.address])
}

selectors(r) := s if {
	s := r.properties.EventSelectors
	is_array(s)
	count(s) > 0
}

management(sel) := lib.get(sel, "ReadWriteType", "All") if {
	not lib.is_false(object.get(sel, "IncludeManagementEvents", true))
}

recorded(r) := {lower(rw) | some sel in selectors(r); rw := management(sel); is_string(rw)}

deny contains lib.finding(r, msg, ["EventSelectors"]) if {
	some r in input.resources
	count(recorded(r)) == 0
	every sel in selectors(r) {
		lib.known(object.get(sel, "IncludeManagementEvents", true))
	}
	msg := sprintf("%s records no management events", [r.address])
}

deny contains lib.finding(r, msg, ["EventSelectors"]) if {
	some r in input.resources
	rec := recorded(r)
	count(rec) > 0
	not "all" in rec
	not rec == {"readonly", "writeonly"}
	msg := sprintf("%s records only %s management events", [r.address, concat(", ", sort(rec))])
}

# Advanced selectors record management events only in a selector for them.
advanced(r) := s if {
	s := r.properties.AdvancedEventSelectors
	is_array(s)
	count(s) > 0
}

deny contains lib.finding(r, msg, ["AdvancedEventSelectors"]) if {
	some r in input.resources
	sels := advanced(r)
	not selectors(r)
	every sel in sels {
		lib.known(sel)
		not manages(sel)
	}
	msg := sprintf("%s records no management events (no advanced event selector for them)", [r.address])
}

manages(sel) if {
	some f in lib.as_list(lib.get(sel, "FieldSelectors", []))
	f.Field == "eventCategory"
	"Management" in lib.as_list(lib.get(f, "Equals", []))
}

manages(sel) if lib.is_unknown(sel.FieldSelectors)

unknown contains lib.finding(r, msg, p) if {
	some r in input.resources
	r.has_unknown
	some p in [["IsLogging"], ["EventSelectors"], ["AdvancedEventSelectors"]]
	lib.unknown_at(r.properties, p)
	msg := sprintf("%s: which management events it records is known only after apply", [r.address])
}
