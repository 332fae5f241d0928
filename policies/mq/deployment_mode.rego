# METADATA
# title: Amazon MQ broker runs as a single instance
# description: |
#   A broker in SINGLE_INSTANCE mode (Terraform's default) runs in one availability zone: a zone outage, a host failure or a maintenance reboot stops message delivery. ActiveMQ brokers fail over in ACTIVE_STANDBY_MULTI_AZ mode, RabbitMQ brokers in CLUSTER_MULTI_AZ mode.
# custom:
#   id: AWS-MQ-081
#   severity: low
#   resource_types: [AWS::AmazonMQ::Broker]
#   remediation: Set DeploymentMode (deployment_mode) to ACTIVE_STANDBY_MULTI_AZ for ActiveMQ or CLUSTER_MULTI_AZ for RabbitMQ, with subnets in two zones.
#   terraform: |
#     resource "aws_mq_broker" "events" {
#       engine_type     = "ActiveMQ"
#       # ...
#       deployment_mode = "ACTIVE_STANDBY_MULTI_AZ"
#       subnet_ids      = [aws_subnet.private_a.id, aws_subnet.private_b.id]
#     }
#   cloudformation: |
#     Events:
#       Type: AWS::AmazonMQ::Broker
#       Properties:
#         EngineType: ACTIVEMQ
#         # ...
#         DeploymentMode: ACTIVE_STANDBY_MULTI_AZ
#         SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
#   cis: []
#   fsbp: ["MQ.5", "MQ.6"]
package iacvet.rules.mq_deployment_mode

import data.iacvet.lib

path := ["DeploymentMode"]

multi_az(r) := "ACTIVE_STANDBY_MULTI_AZ" if lower(r.properties.EngineType) == "activemq"

multi_az(r) := "CLUSTER_MULTI_AZ" if lower(r.properties.EngineType) == "rabbitmq"

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	mode := lib.get(r.properties, "DeploymentMode", "SINGLE_INSTANCE")
	is_string(mode)
	upper(mode) == "SINGLE_INSTANCE"
	msg := sprintf("%s runs as a single instance in one availability zone (use %s)", [r.address, multi_az(r)])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: its deployment mode is known only after apply", [r.address])
}
