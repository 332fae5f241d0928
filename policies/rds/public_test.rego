package iacvet.rules.rds_public_test

import data.iacvet.rules.rds_public

fail_input := {
 "resources": [
  {
   "address": "Db",
   "type": "AWS::RDS::DBInstance",
   "name": "Db",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Engine": "postgres",
    "DBInstanceClass": "db.t3.micro",
    "PubliclyAccessible": "true"
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Db",
   "type": "AWS::RDS::DBInstance",
   "name": "Db",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Engine": "postgres",
    "DBInstanceClass": "db.t3.micro",
    "PubliclyAccessible": false
   }
  }
 ]
}

test_fail if {
	count(rds_public.deny) > 0 with input as fail_input
}

test_pass if {
	count(rds_public.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/PubliclyAccessible", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(rds_public.deny) == 0 with input as unknown_input
	count(rds_public.unknown) > 0 with input as unknown_input
}
