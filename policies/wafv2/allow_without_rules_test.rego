package iacvet.rules.wafv2_allow_without_rules_test

import data.iacvet.rules.wafv2_allow_without_rules

acl(props) := {"resources": [{"address": "Acl", "type": "AWS::WAFv2::WebACL", "has_unknown": false, "properties": props}]}

test_fail if count(wafv2_allow_without_rules.deny) == 1 with input as acl({"DefaultAction": {"Allow": {}}})

test_fail_empty_rules if count(wafv2_allow_without_rules.deny) == 1 with input as acl({"DefaultAction": {"Allow": {}}, "Rules": []})

test_pass_rules if count(wafv2_allow_without_rules.deny) == 0 with input as acl({"DefaultAction": {"Allow": {}}, "Rules": [{"Name": "common", "Priority": 1}]})

test_pass_block if count(wafv2_allow_without_rules.deny) == 0 with input as acl({"DefaultAction": {"Block": {}}})

test_pass_unknown_rules if count(wafv2_allow_without_rules.deny) == 0 with input as acl({"DefaultAction": {"Allow": {}}, "Rules": {"$unknown": true}})
