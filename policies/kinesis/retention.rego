# METADATA
# title: Kinesis data stream keeps records for less than 7 days
# description: |
#   A stream that keeps its records for less than 168 hours (AWS's default is 24 when RetentionPeriodHours is not set) loses them before a consumer that failed over a weekend, or an investigation, can read them again.
# custom:
#   id: AWS-KIN-080
#   severity: medium
#   resource_types: [AWS::Kinesis::Stream]
#   remediation: Set RetentionPeriodHours (retention_period) to 168 or more.
#   terraform: |
#     resource "aws_kinesis_stream" "events" {
#       # ...
#       retention_period = 168
#     }
#   cloudformation: |
#     Events:
#       Type: AWS::Kinesis::Stream
#       Properties:
#         # ...
#         RetentionPeriodHours: 168
#   cis: []
#   fsbp: ["Kinesis.3"]
package iacvet.rules.kinesis_retention

import data.iacvet.lib

path := ["RetentionPeriodHours"]

minimum := 168

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s keeps records for 24 hours (RetentionPeriodHours is not set), less than %d", [r.address, minimum])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	hours := lib.number(r.properties.RetentionPeriodHours)
	hours < minimum
	msg := sprintf("%s keeps records for %v hours, less than %d", [r.address, hours, minimum])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: its retention period is known only after apply", [r.address])
}
