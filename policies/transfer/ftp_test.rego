package iacvet.rules.transfer_ftp_test

import data.iacvet.rules.transfer_ftp as rule

server(props) := {"resources": [{
	"address": "Partners",
	"type": "AWS::Transfer::Server",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"EndpointType": "VPC"}, props),
}]}

test_ftp_fails if {
	res := rule.deny with input as server({"Protocols": ["SFTP", "FTP"]})
	count(res) == 1
	some f in res
	f.path == ["Protocols", 1]
}

test_secure_passes if {
	count(rule.deny) == 0 with input as server({})
	count(rule.deny) == 0 with input as server({"Protocols": ["SFTP", "FTPS"]})
}

test_unknown if {
	inp := json.patch(server({"Protocols": [{"$unknown": true}]}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
