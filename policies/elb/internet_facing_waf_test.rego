package iacvet.rules.elb_internet_facing_waf_test

import data.iacvet.rules.elb_internet_facing_waf

lb(addr, props) := {"address": addr, "type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "properties": props}

assoc(arn) := {"address": "Assoc", "type": "AWS::WAFv2::WebACLAssociation", "properties": {"ResourceArn": arn, "WebACLArn": "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/x/1"}}

test_fail_default_scheme if count(elb_internet_facing_waf.deny) == 1 with input as {"resources": [lb("Alb", {"Subnets": ["subnet-0abc"]})]}

test_fail_other_associated if count(elb_internet_facing_waf.deny) == 1 with input as {"resources": [lb("aws_lb.a", {"Scheme": "internet-facing"}), lb("aws_lb.b", {}), assoc({"$ref": "aws_lb.b.arn", "$unknown": true})]}

test_pass_associated if count(elb_internet_facing_waf.deny) == 0 with input as {"resources": [lb("Alb", {}), assoc({"$ref": "Alb", "$unknown": true})]}

test_pass_internal_and_network if count(elb_internet_facing_waf.deny) == 0 with input as {"resources": [lb("Internal", {"Scheme": "internal"}), lb("Nlb", {"Type": "network"})]}

test_pass_undecided if count(elb_internet_facing_waf.deny) == 0 with input as {"resources": [lb("Alb", {}), assoc({"$unknown": true})]}
