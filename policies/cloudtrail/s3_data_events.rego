# METADATA
# title: No multi-region trail records S3 object-level events
# description: |
#   Management events do not include reads and writes of S3 objects; without data events for all
#   buckets there is no record of who downloaded, overwrote or deleted data. Checked on every
#   multi-region trail; a trail passes when it, or another multi-region trail of the input, records
#   S3 data events (read and write) for all buckets, through basic or advanced event selectors.
# custom:
#   id: AWS-CT-081
#   severity: medium
#   resource_types: [AWS::CloudTrail::Trail]
#   remediation: Add an event selector that records S3 data events for all buckets (arn:aws:s3).
#   terraform: |
#     resource "aws_cloudtrail" "main" {
#       event_selector {
#         read_write_type           = "All"
#         include_management_events = true
#         data_resource {
#           type   = "AWS::S3::Object"
#           values = ["arn:aws:s3"]
#         }
#       }
#     }
#   cloudformation: |
#     Trail:
#       Type: AWS::CloudTrail::Trail
#       Properties:
#         EventSelectors:
#           - ReadWriteType: All
#             IncludeManagementEvents: true
#             DataResources:
#               - Type: AWS::S3::Object
#                 Values: [arn:aws:s3]
#   cis: ["3.8", "3.9"]
#   fsbp: ["S3.22", "S3.23"]
package iacvet.rules.cloudtrail_s3_data_events

import data.iacvet.lib

trails contains t if {
	some t in input.resources
	lib.is_true(object.get(t.properties, "IsMultiRegionTrail", false))
}

# all_buckets holds for a data resource value that names every bucket.
all_buckets(v) if {
	is_string(v)
	regex.match(`^arn:aws[a-z-]*:s3(:::)?$`, v)
}

access(rw) := {"read", "write"} if lower(rw) == "all"

access(rw) := {"read"} if lower(rw) == "readonly"

access(rw) := {"write"} if lower(rw) == "writeonly"

basic(t) := {a |
	some sel in lib.as_list(lib.get(t.properties, "EventSelectors", []))
	some dr in lib.as_list(lib.get(sel, "DataResources", []))
	dr.Type == "AWS::S3::Object"
	some v in lib.as_list(lib.get(dr, "Values", []))
	all_buckets(v)
	some a in access(lib.get(sel, "ReadWriteType", "All"))
}

field(sel, name) := [f | some f in lib.as_list(lib.get(sel, "FieldSelectors", [])); f.Field == name]

equals(sel, name, value) if {
	some f in field(sel, name)
	value in lib.as_list(lib.get(f, "Equals", []))
}

# An advanced selector for S3 data events of all buckets: no condition on
# anything but the category, the type and readOnly.
advanced_access(sel) := {"read", "write"} if {
	count(field(sel, "readOnly")) == 0
} else := {"read"} if {
	equals(sel, "readOnly", "true")
} else := {"write"} if {
	equals(sel, "readOnly", "false")
}

advanced(t) := {a |
	some sel in lib.as_list(lib.get(t.properties, "AdvancedEventSelectors", []))
	equals(sel, "eventCategory", "Data")
	equals(sel, "resources.type", "AWS::S3::Object")
	every f in lib.as_list(lib.get(sel, "FieldSelectors", [])) {
		f.Field in {"eventCategory", "resources.type", "readOnly"}
	}
	some a in advanced_access(sel)
}

recorded := {a |
	some t in trails
	both := basic(t) | advanced(t)
	some a in both
}

undecided if {
	some t in trails
	some k in ["EventSelectors", "AdvancedEventSelectors"]
	lib.unknown_at(t.properties, [k])
}

missing := {"read", "write"} - recorded

deny contains lib.finding(t, msg, "") if {
	not undecided
	count(missing) > 0
	some t in trails
	lib.whole(t)
	msg := sprintf("%s: no multi-region trail records S3 %s data events for all buckets", [t.address, concat(" and ", sort(missing))])
}

unknown contains lib.finding(t, msg, "") if {
	undecided
	count(missing) > 0
	some t in trails
	msg := sprintf("%s: whether a trail records S3 data events is known only after apply", [t.address])
}
