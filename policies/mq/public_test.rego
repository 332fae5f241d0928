package iacvet.rules.mq_public_test

import data.iacvet.rules.mq_public

broker(props) := {"resources": [{"address": "Broker", "type": "AWS::AmazonMQ::Broker", "has_unknown": true, "properties": props}]}

test_fail if count(mq_public.deny) == 1 with input as broker({"PubliclyAccessible": true})

test_fail_string if count(mq_public.deny) == 1 with input as broker({"PubliclyAccessible": "True"})

test_pass if count(mq_public.deny) == 0 with input as broker({"PubliclyAccessible": false})

# Terraform's default: not public.
test_pass_default if count(mq_public.deny) == 0 with input as broker({"EngineType": "RabbitMQ"})

test_unknown if count(mq_public.unknown) == 1 with input as broker({"PubliclyAccessible": {"$unknown": true}})
