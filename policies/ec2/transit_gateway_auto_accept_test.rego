package iacvet.rules.ec2_transit_gateway_auto_accept_test

import data.iacvet.rules.ec2_transit_gateway_auto_accept

tgw(v) := {"resources": [{"address": "Tgw", "type": "AWS::EC2::TransitGateway", "has_unknown": true, "properties": {"AutoAcceptSharedAttachments": v}}]}

test_fail if count(ec2_transit_gateway_auto_accept.deny) == 1 with input as tgw("enable")

test_pass if count(ec2_transit_gateway_auto_accept.deny) == 0 with input as tgw("disable")

test_pass_default if count(ec2_transit_gateway_auto_accept.deny) == 0 with input as {"resources": [{"address": "Tgw", "type": "AWS::EC2::TransitGateway", "properties": {}}]}

test_unknown if count(ec2_transit_gateway_auto_accept.unknown) == 1 with input as tgw({"$unknown": true})
