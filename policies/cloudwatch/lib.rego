# METADATA
# title: iacvet CIS monitoring helpers
# description: |
#   Helpers for the CIS AWS Foundations section 4 rules (AWS-CW-080..094):
#   for every multi-region trail that sends its events to a CloudWatch Logs
#   log group, whether a metric filter on that group matches a control's
#   pattern and an alarm with an action watches the filter's metric.
#   A filter matches when its pattern, without whitespace and quotes,
#   contains every term of the control's CIS pattern as one condition.
package iacvet.lib.cis_monitoring

import data.iacvet.lib

# trails are the multi-region, logging trails that deliver to CloudWatch Logs.
trails contains t if {
	some t in input.resources
	t.type == "AWS::CloudTrail::Trail"
	lib.is_true(object.get(t.properties, "IsMultiRegionTrail", false))
	not lib.is_false(object.get(t.properties, "IsLogging", true))
	g := object.get(t.properties, "CloudWatchLogsLogGroupArn", null)
	g != null
	g != ""
}

filters contains f if {
	some f in input.resources
	f.type == "AWS::Logs::MetricFilter"
}

alarms contains a if {
	some a in input.resources
	a.type == "AWS::CloudWatch::Alarm"
}

log_groups contains g if {
	some g in input.resources
	g.type == "AWS::Logs::LogGroup"
}

# group_name is the log group name in a log group ARN
# (arn:aws:logs:REGION:ACCOUNT:log-group:NAME, optionally ending in :*).
group_name(arn) := name if {
	parts := split(arn, ":")
	count(parts) >= 7
	parts[5] == "log-group"
	name := parts[6]
}

# ref_address is the resource address a reference names ("$ref" is the
# address, or the address with an attribute in hand-written inputs).
ref_addresses(v) := {ref, trimmed} if {
	lib.is_unknown(v)
	ref := v["$ref"]
	is_string(ref)
	ref != ""
	parts := split(ref, ".")
	trimmed := concat(".", array.slice(parts, 0, count(parts) - 1))
}

# group_keys are the keys ("addr:..." and "name:...") identifying the log
# group a value names: a reference to a log group resource, a name, or an
# ARN.
group_keys(v) := ((ref_keys(v) | ref_name_keys(v)) | literal_keys(v)) | literal_addr_keys(v)

ref_keys(v) := {concat("", ["addr:", a]) | some a in ref_addresses(v)}

ref_name_keys(v) := {concat("", ["name:", name]) |
	some a in ref_addresses(v)
	some g in log_groups
	g.address == a
	name := g.properties.LogGroupName
	is_string(name)
}

# literal_names are the names a literal value may be: itself, or the name in
# an ARN.
literal_names(v) := {group_name(v)} if is_string(v)

literal_names(v) := {v} if {
	is_string(v)
	not group_name(v)
	not startswith(v, "arn:")
}

literal_keys(v) := {concat("", ["name:", n]) | some n in literal_names(v)}

literal_addr_keys(v) := {concat("", ["addr:", g.address]) |
	some n in literal_names(v)
	some g in log_groups
	g.properties.LogGroupName == n
}

# undecided_group holds for a log group value known only after apply and not
# traceable to a resource: it may be any group.
undecided_group(v) if {
	lib.is_unknown(v)
	not traced(v)
}

traced(v) if {
	is_string(v["$ref"])
	v["$ref"] != ""
}

# conditions are the conditions of a filter pattern: the pattern without
# whitespace and quotes, split at parentheses, braces, && and ||.
conditions(pattern) := {c |
	flat := regex.replace(pattern, `[\s"]`, "")
	some c in regex.split(`[(){}]|&&|\|\|`, flat)
	c != ""
}

# matches: the filter's pattern has every term; may_match also when the
# pattern is known only after apply.
matches(f, terms) if {
	p := f.properties.FilterPattern
	is_string(p)
	conds := conditions(p)
	every t in terms {
		t in conds
	}
}

may_match(f, terms) if matches(f, terms)

may_match(f, _) if lib.is_unknown(f.properties.FilterPattern)

on_group(f, t) if {
	count(group_keys(f.properties.LogGroupName) & group_keys(t.properties.CloudWatchLogsLogGroupArn)) > 0
}

may_be_on_group(f, t) if on_group(f, t)

may_be_on_group(f, _) if undecided_group(f.properties.LogGroupName)

may_be_on_group(_, t) if undecided_group(t.properties.CloudWatchLogsLogGroupArn)

# metrics are the [namespace, name] pairs a filter publishes.
metrics(f) := {[m.MetricNamespace, m.MetricName] |
	some m in lib.as_list(object.get(f.properties, "MetricTransformations", []))
	is_string(m.MetricNamespace)
	is_string(m.MetricName)
}

unknown_metric(f) if {
	some m in lib.as_list(object.get(f.properties, "MetricTransformations", []))
	some k in ["MetricNamespace", "MetricName"]
	lib.is_unknown(object.get(m, k, null))
}

unknown_metric(f) if lib.is_unknown(object.get(f.properties, "MetricTransformations", null))

watches(a, f) if [a.properties.Namespace, a.properties.MetricName] in metrics(f)

may_watch(a, f) if watches(a, f)

may_watch(a, f) if {
	some k in ["Namespace", "MetricName"]
	lib.is_unknown(object.get(a.properties, k, null))
}

may_watch(_, f) if unknown_metric(f)

# notifies: the alarm has an action and its actions are not turned off.
notifies(a) if {
	count(lib.as_list(lib.get(a.properties, "AlarmActions", []))) > 0
	not lib.is_false(object.get(a.properties, "ActionsEnabled", true))
}

may_notify(a) if notifies(a)

may_notify(a) if {
	lib.is_unknown(object.get(a.properties, "AlarmActions", null))
	not lib.is_false(object.get(a.properties, "ActionsEnabled", true))
}

may_notify(a) if {
	count(lib.as_list(lib.get(a.properties, "AlarmActions", []))) > 0
	lib.is_unknown(object.get(a.properties, "ActionsEnabled", null))
}

covered(t, terms) if {
	some f in filters
	on_group(f, t)
	matches(f, terms)
	some a in alarms
	watches(a, f)
	notifies(a)
}

may_be_covered(t, terms) if {
	some f in filters
	may_be_on_group(f, t)
	may_match(f, terms)
	some a in alarms
	may_watch(a, f)
	may_notify(a)
}

# gap says what is missing for a trail, most basic first.
gap(t, terms) := "no metric filter on its log group matches the pattern" if {
	not any_filter(t, terms)
} else := sprintf("no alarm watches the metric of %s", [concat(", ", sorted_addresses(matching_filters(t, terms)))]) if {
	not any_alarm(t, terms)
} else := sprintf("alarm %s has no enabled alarm action", [concat(", ", sorted_addresses(silent_alarms(t, terms)))])

matching_filters(t, terms) := {f |
	some f in filters
	on_group(f, t)
	matches(f, terms)
}

any_filter(t, terms) if count(matching_filters(t, terms)) > 0

watching_alarms(t, terms) := {a |
	some f in matching_filters(t, terms)
	some a in alarms
	watches(a, f)
}

any_alarm(t, terms) if count(watching_alarms(t, terms)) > 0

silent_alarms(t, terms) := {a | some a in watching_alarms(t, terms); not notifies(a)}

sorted_addresses(rs) := sort([r.address | some r in rs])

# deny is the findings of one control: name is its description, cis its
# CIS id, terms the conditions its pattern must have.
deny(name, cis, terms) := {lib.finding(t, msg, "") |
	some t in trails
	not may_be_covered(t, terms)
	msg := sprintf("%s does not alarm on %s (CIS %s): %s", [t.address, name, cis, gap(t, terms)])
}

unknown(name, cis, terms) := {lib.finding(t, msg, "") |
	some t in trails
	may_be_covered(t, terms)
	not covered(t, terms)
	msg := sprintf("%s: whether an alarm watches %s (CIS %s) is known only after apply", [t.address, name, cis])
}
