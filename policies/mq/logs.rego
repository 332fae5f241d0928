# METADATA
# title: Amazon MQ broker does not publish its logs to CloudWatch Logs
# description: |
#   Without general and (for ActiveMQ) audit logs in CloudWatch Logs there is no record of
#   connections, management actions and authentication on the broker. ActiveMQ brokers need both;
#   RabbitMQ brokers have general logs only.
# custom:
#   id: AWS-MQ-080
#   severity: low
#   resource_types: [AWS::AmazonMQ::Broker]
#   remediation: Turn on general logs, and audit logs for ActiveMQ.
#   terraform: |
#     resource "aws_mq_broker" "events" {
#       logs {
#         general = true
#         audit   = true
#       }
#     }
#   cloudformation: |
#     Events:
#       Type: AWS::AmazonMQ::Broker
#       Properties:
#         Logs:
#           General: true
#           Audit: true
#   cis: []
#   fsbp: ["MQ.2"]
package iacvet.rules.mq_logs

import data.iacvet.lib

# kinds are the log kinds a broker's engine has.
kinds(r) := {"General", "Audit"} if lower(r.properties.EngineType) == "activemq"

kinds(r) := {"General"} if lower(r.properties.EngineType) == "rabbitmq"

logs(r) := object.get(r.properties, "Logs", {})

off(r) := {k |
	some k in kinds(r)
	v := object.get(logs(r), k, false)
	lib.known(v)
	not lib.is_true(v)
}

deny contains lib.finding(r, msg, "Logs") if {
	some r in input.resources
	lib.known(logs(r))
	missing := off(r)
	count(missing) > 0
	msg := sprintf("%s does not publish %s logs to CloudWatch Logs", [r.address, concat(" and ", [lower(k) | some k in sort(missing)])])
}

unknown contains lib.finding(r, msg, "Logs") if {
	some r in input.resources
	r.has_unknown
	some k in ["General", "Audit"]
	lib.unknown_at(r.properties, ["Logs", k])
	msg := sprintf("%s: which logs it publishes is known only after apply", [r.address])
}
