package iacvet.rules.autoscaling_launch_configuration_public_ip_test

import data.iacvet.rules.autoscaling_launch_configuration_public_ip

lc(v) := {"resources": [{"address": "Lc", "type": "AWS::AutoScaling::LaunchConfiguration", "has_unknown": true, "properties": {"ImageId": "ami-0abc", "AssociatePublicIpAddress": v}}]}

test_fail if count(autoscaling_launch_configuration_public_ip.deny) == 1 with input as lc(true)

test_pass if count(autoscaling_launch_configuration_public_ip.deny) == 0 with input as lc(false)

test_pass_unset if count(autoscaling_launch_configuration_public_ip.deny) == 0 with input as lc(null)

test_unknown if count(autoscaling_launch_configuration_public_ip.unknown) == 1 with input as lc({"$unknown": true})
