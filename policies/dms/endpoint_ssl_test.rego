package iacvet.rules.dms_endpoint_ssl_test

import data.iacvet.rules.dms_endpoint_ssl

res(props) := {"resources": [{
	"address": "Source", "type": "AWS::DMS::Endpoint", "name": "Source", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"EndpointType": "source", "ServerName": "db.internal", "Port": 5432}, props),
}]}

test_fail_none if {
	count(dms_endpoint_ssl.deny) == 1 with input as res({"EngineName": "postgres", "SslMode": "none"})
}

test_fail_default if {
	count(dms_endpoint_ssl.deny) == 1 with input as res({"EngineName": "mysql"})
}

test_pass_require if {
	count(dms_endpoint_ssl.deny) == 0 with input as res({"EngineName": "postgres", "SslMode": "require"})
}

test_pass_verify if {
	count(dms_endpoint_ssl.deny) == 0 with input as res({"EngineName": "oracle", "SslMode": "verify-ca"})
}

test_pass_s3 if {
	count(dms_endpoint_ssl.deny) == 0 with input as res({"EngineName": "s3"})
}

test_unknown if {
	inp := json.patch(res({"EngineName": "postgres", "SslMode": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(dms_endpoint_ssl.deny) == 0 with input as inp
	count(dms_endpoint_ssl.unknown) == 1 with input as inp
}
