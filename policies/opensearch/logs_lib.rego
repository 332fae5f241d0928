# METADATA
# title: iacvet OpenSearch log publishing helpers
# description: |
#   Whether an OpenSearch (or Elasticsearch) domain publishes one kind of
#   log: LogPublishingOptions[kind] with a log group and not disabled
#   (Enabled defaults to true when the option is given).
package iacvet.lib.opensearch_logs

import data.iacvet.lib

option(r, kind) := object.get(r.properties, ["LogPublishingOptions", kind], null)

publishes(r, kind) if {
	o := option(r, kind)
	is_object(o)
	enabled := object.get(o, "Enabled", true)
	lib.known(enabled)
	not lib.is_false(enabled)
	arn := lib.get(o, "CloudWatchLogsLogGroupArn", "")
	arn != ""
}

undecided(r, kind) if lib.unknown_at(r.properties, ["LogPublishingOptions", kind])

undecided(r, kind) if {
	some k in ["Enabled", "CloudWatchLogsLogGroupArn"]
	lib.is_unknown(object.get(option(r, kind), k, null))
}

deny(kind, name) := {lib.finding(r, msg, "LogPublishingOptions") |
	some r in input.resources
	lib.whole(r)
	not publishes(r, kind)
	not undecided(r, kind)
	msg := sprintf("%s does not publish %s logs (%s) to CloudWatch Logs", [r.address, name, kind])
}

unknown(kind, name) := {lib.finding(r, msg, "LogPublishingOptions") |
	some r in input.resources
	r.has_unknown
	not publishes(r, kind)
	undecided(r, kind)
	msg := sprintf("%s: whether it publishes %s logs is known only after apply", [r.address, name])
}
