package iacvet.rules.kms_policy_public_test

import data.iacvet.rules.kms_policy_public

doc(principal, condition) := {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": principal, "Action": "kms:Decrypt", "Resource": "*", "Condition": condition}]}

res(d) := {"resources": [{"address": "P", "type": "AWS::KMS::Key", "has_unknown": false, "partial": false, "properties": object.union({"Description": "app"}, {"KeyPolicy": d})}]}

test_public_principal_fails if {
	count(kms_policy_public.deny) == 1 with input as res(doc("*", {}))
	count(kms_policy_public.deny) == 1 with input as res(doc({"AWS": ["arn:aws:iam::111122223333:root", "*"]}, {}))
}

test_spoofable_referer_still_fails if {
	count(kms_policy_public.deny) == 1 with input as res(doc({"AWS": "*"}, {"StringLike": {"aws:Referer": "https://www.example.com/*"}}))
}

test_json_string_document_fails if {
	count(kms_policy_public.deny) == 1 with input as res(json.marshal(doc("*", {})))
}

test_restricting_condition_passes if {
	count(kms_policy_public.deny) == 0 with input as res(doc("*", {"StringEquals": {"aws:SourceAccount": "111122223333"}}))
	count(kms_policy_public.deny) == 0 with input as res(doc("*", {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}))
}

test_weak_condition_fails if {
	count(kms_policy_public.deny) == 1 with input as res(doc("*", {"StringEqualsIfExists": {"aws:SourceAccount": "111122223333"}}))
	count(kms_policy_public.deny) == 1 with input as res(doc("*", {"StringLike": {"aws:SourceAccount": "*"}}))
}

test_named_principal_passes if {
	count(kms_policy_public.deny) == 0 with input as res(doc({"AWS": "arn:aws:iam::111122223333:root"}, {}))
}

test_unknown_document if {
	inp := json.patch(res({"$unknown": true}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(kms_policy_public.deny) == 0 with input as inp
	count(kms_policy_public.unknown) == 1 with input as inp
}

test_unknown_condition_value if {
	inp := json.patch(res(doc("*", {"StringEquals": {"aws:SourceAccount": {"$unknown": true}}})), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(kms_policy_public.deny) == 0 with input as inp
	count(kms_policy_public.unknown) == 1 with input as inp
}
