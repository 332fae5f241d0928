package iacvet.rules.ec2_client_vpn_logging_test

import data.iacvet.rules.ec2_client_vpn_logging

res(props) := {"resources": [{
	"address": "Staff", "type": "AWS::EC2::ClientVpnEndpoint", "name": "Staff", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"ClientCidrBlock": "10.100.0.0/22", "ServerCertificateArn": "arn:aws:acm:us-east-1:111122223333:certificate/abc"}, props),
}]}

test_fail_off if {
	count(ec2_client_vpn_logging.deny) == 1 with input as res({"ConnectionLogOptions": {"Enabled": "false"}})
}

test_fail_missing if {
	count(ec2_client_vpn_logging.deny) == 1 with input as res({})
}

test_pass if {
	count(ec2_client_vpn_logging.deny) == 0 with input as res({"ConnectionLogOptions": {"Enabled": true, "CloudwatchLogGroup": "vpn"}})
}

test_unknown if {
	inp := json.patch(res({"ConnectionLogOptions": {"Enabled": {"$unknown": true}}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(ec2_client_vpn_logging.deny) == 0 with input as inp
	count(ec2_client_vpn_logging.unknown) == 1 with input as inp
}
