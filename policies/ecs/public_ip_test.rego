package iacvet.rules.ecs_public_ip_test

import data.iacvet.rules.ecs_public_ip

svc(v) := {"resources": [{"address": "Svc", "type": "AWS::ECS::Service", "has_unknown": true, "properties": {"NetworkConfiguration": {"AwsvpcConfiguration": {"AssignPublicIp": v}}}}]}

test_fail if count(ecs_public_ip.deny) == 1 with input as svc("ENABLED")

test_fail_bool if count(ecs_public_ip.deny) == 1 with input as svc(true)

test_pass if count(ecs_public_ip.deny) == 0 with input as svc("DISABLED")

test_pass_default if count(ecs_public_ip.deny) == 0 with input as {"resources": [{"address": "Svc", "type": "AWS::ECS::Service", "properties": {"LaunchType": "EC2"}}]}

test_unknown if count(ecs_public_ip.unknown) == 1 with input as svc({"$unknown": true})
