package iacvet.rules.dynamodb_deletion_protection_test

import data.iacvet.rules.dynamodb_deletion_protection

fail_input := {
 "resources": [
  {
   "address": "Orders",
   "type": "AWS::DynamoDB::Table",
   "name": "Orders",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "TableName": "orders",
    "BillingMode": "PAY_PER_REQUEST",
    "KeySchema": [
     {
      "AttributeName": "id",
      "KeyType": "HASH"
     }
    ],
    "AttributeDefinitions": [
     {
      "AttributeName": "id",
      "AttributeType": "S"
     }
    ]
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Orders",
   "type": "AWS::DynamoDB::Table",
   "name": "Orders",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "TableName": "orders",
    "BillingMode": "PAY_PER_REQUEST",
    "KeySchema": [
     {
      "AttributeName": "id",
      "KeyType": "HASH"
     }
    ],
    "AttributeDefinitions": [
     {
      "AttributeName": "id",
      "AttributeType": "S"
     }
    ],
    "DeletionProtectionEnabled": true
   }
  }
 ]
}

test_fail if {
	count(dynamodb_deletion_protection.deny) > 0 with input as fail_input
}

test_pass if {
	count(dynamodb_deletion_protection.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/DeletionProtectionEnabled", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(dynamodb_deletion_protection.deny) == 0 with input as unknown_input
	count(dynamodb_deletion_protection.unknown) > 0 with input as unknown_input
}
