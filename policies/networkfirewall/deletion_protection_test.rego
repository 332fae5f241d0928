package iacvet.rules.networkfirewall_deletion_protection_test

import data.iacvet.rules.networkfirewall_deletion_protection

default_input := {
 "resources": [
  {
   "address": "Fw",
   "type": "AWS::NetworkFirewall::Firewall",
   "name": "Fw",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "FirewallName": "edge"
   }
  }
 ]
}

test_default if {
	count(networkfirewall_deletion_protection.deny) == 1 with input as default_input
}

off_input := {
 "resources": [
  {
   "address": "Fw",
   "type": "AWS::NetworkFirewall::Firewall",
   "name": "Fw",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "DeleteProtection": false
   }
  }
 ]
}

test_off if {
	count(networkfirewall_deletion_protection.deny) == 1 with input as off_input
}

pass_input := {
 "resources": [
  {
   "address": "Fw",
   "type": "AWS::NetworkFirewall::Firewall",
   "name": "Fw",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "DeleteProtection": "true"
   }
  }
 ]
}

test_pass if {
	count(networkfirewall_deletion_protection.deny) == 0 with input as pass_input
	count(networkfirewall_deletion_protection.unknown) == 0 with input as pass_input
}

unknown_input := {
 "resources": [
  {
   "address": "Fw",
   "type": "AWS::NetworkFirewall::Firewall",
   "name": "Fw",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "DeleteProtection": {
     "$unknown": true
    }
   }
  }
 ]
}

test_unknown if {
	count(networkfirewall_deletion_protection.deny) == 0 with input as unknown_input
	count(networkfirewall_deletion_protection.unknown) == 1 with input as unknown_input
}
