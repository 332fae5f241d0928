package iacvet.rules.msk_public_access_test

import data.iacvet.rules.msk_public_access

cluster(t) := {"resources": [{"address": "Kafka", "type": "AWS::MSK::Cluster", "has_unknown": true, "properties": {"BrokerNodeGroupInfo": {"ConnectivityInfo": {"PublicAccess": {"Type": t}}}}}]}

test_fail if count(msk_public_access.deny) == 1 with input as cluster("SERVICE_PROVIDED_EIPS")

test_pass if count(msk_public_access.deny) == 0 with input as cluster("DISABLED")

test_pass_default if count(msk_public_access.deny) == 0 with input as {"resources": [{"address": "Kafka", "type": "AWS::MSK::Cluster", "properties": {"BrokerNodeGroupInfo": {}}}]}

test_unknown if count(msk_public_access.unknown) == 1 with input as cluster({"$unknown": true})
