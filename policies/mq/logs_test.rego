package iacvet.rules.mq_logs_test

import data.iacvet.rules.mq_logs

none_input := {
 "resources": [
  {
   "address": "B",
   "type": "AWS::AmazonMQ::Broker",
   "name": "B",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "EngineType": "ACTIVEMQ"
   }
  }
 ]
}

test_none if {
	count(mq_logs.deny) == 1 with input as none_input
}

no_audit_input := {
 "resources": [
  {
   "address": "B",
   "type": "AWS::AmazonMQ::Broker",
   "name": "B",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "EngineType": "ActiveMQ",
    "Logs": {
     "General": true
    }
   }
  }
 ]
}

test_no_audit if {
	count(mq_logs.deny) == 1 with input as no_audit_input
}

rabbit_off_input := {
 "resources": [
  {
   "address": "B",
   "type": "AWS::AmazonMQ::Broker",
   "name": "B",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "EngineType": "RABBITMQ",
    "Logs": {
     "General": "false"
    }
   }
  }
 ]
}

test_rabbit_off if {
	count(mq_logs.deny) == 1 with input as rabbit_off_input
}

rabbit_pass_input := {
 "resources": [
  {
   "address": "B",
   "type": "AWS::AmazonMQ::Broker",
   "name": "B",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "EngineType": "RabbitMQ",
    "Logs": {
     "General": true
    }
   }
  }
 ]
}

test_rabbit_pass if {
	count(mq_logs.deny) == 0 with input as rabbit_pass_input
	count(mq_logs.unknown) == 0 with input as rabbit_pass_input
}

pass_input := {
 "resources": [
  {
   "address": "B",
   "type": "AWS::AmazonMQ::Broker",
   "name": "B",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "EngineType": "ACTIVEMQ",
    "Logs": {
     "General": true,
     "Audit": "true"
    }
   }
  }
 ]
}

test_pass if {
	count(mq_logs.deny) == 0 with input as pass_input
	count(mq_logs.unknown) == 0 with input as pass_input
}

unknown_input := {
 "resources": [
  {
   "address": "B",
   "type": "AWS::AmazonMQ::Broker",
   "name": "B",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "EngineType": "ACTIVEMQ",
    "Logs": {
     "General": true,
     "Audit": {
      "$unknown": true
     }
    }
   }
  }
 ]
}

test_unknown if {
	count(mq_logs.deny) == 0 with input as unknown_input
	count(mq_logs.unknown) == 1 with input as unknown_input
}
